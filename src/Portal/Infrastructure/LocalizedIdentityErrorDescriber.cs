using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace UtilityPortal.Portal.Infrastructure;

/// <summary>Identity's own messages (password rules, expired links) in the reader's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Something went wrong. Please try again.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "That is not your current password.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "This link is not valid or has expired. Ask for a new one.");

    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = l["Use at least {0} characters for your password.", length] };

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Your password needs at least one digit (0-9).");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Your password needs at least one lowercase letter (a-z).");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Your password needs at least one uppercase letter (A-Z).");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Your password needs at least one character that is not a letter or digit.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new() { Code = nameof(PasswordRequiresUniqueChars), Description = l["Your password needs at least {0} different characters.", uniqueChars] };

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Enter a valid e-mail address, for example name@example.com.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Enter a valid e-mail address, for example name@example.com.");

    private IdentityError Error(string code, string english) => new() { Code = code, Description = l[english] };
}
