using Microsoft.AspNetCore.Identity;

namespace UtilityPortal.Domain.Identity;

public enum UserKind
{
    Resident = 1,
    Contractor = 2,
    Staff = 3,
}

/// <summary>A person who signs in: a resident or contractor on the Portal, or a staff member on the BackOffice.</summary>
public sealed class UtilityUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public UserKind Kind { get; set; } = UserKind.Resident;

    public string PreferredLanguage { get; set; } = Accounts.Languages.English;
}
