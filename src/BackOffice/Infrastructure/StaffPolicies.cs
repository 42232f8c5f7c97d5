namespace UtilityPortal.BackOffice.Infrastructure;

/// <summary>Authorization policy names. Both include the two-factor enrolment requirement.</summary>
public static class StaffPolicies
{
    public const string Staff = "Staff";
    public const string Administrator = "Administrator";
}
