namespace UtilityPortal.Domain.Identity;

/// <summary>Staff roles follow the customer relations career path, lowest first.</summary>
public static class StaffRoles
{
    public const string SpecialistI = nameof(SpecialistI);
    public const string SpecialistII = nameof(SpecialistII);
    public const string SpecialistIII = nameof(SpecialistIII);
    public const string Supervisor = nameof(Supervisor);
    public const string Administrator = nameof(Administrator);

    public static readonly IReadOnlyList<string> All = [SpecialistI, SpecialistII, SpecialistIII, Supervisor, Administrator];

    /// <summary>Comma-separated for [Authorize(Roles = ...)].</summary>
    public const string AnyStaff = "SpecialistI,SpecialistII,SpecialistIII,Supervisor,Administrator";

    /// <summary>Roles whose holders must use two-factor sign-in outside Development.</summary>
    public static readonly IReadOnlyList<string> RequireTwoFactor = [Supervisor, Administrator];
}

/// <summary>Roles for people outside the utility.</summary>
public static class PublicRoles
{
    public const string Resident = nameof(Resident);
    public const string Contractor = nameof(Contractor);
}
