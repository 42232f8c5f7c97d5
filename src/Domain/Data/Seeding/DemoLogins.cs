using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Data.Seeding;

/// <summary>A sign-in that exists only in a Development database seeded with the demo city.</summary>
public sealed record DemoLogin(string Email, string DisplayName, UserKind Kind, string Role);

/// <summary>
/// The demo sign-ins, all with <see cref="Password"/> and a confirmed e-mail. They are created only when the
/// environment is Development; no other environment ever gets them.
/// </summary>
public static class DemoLogins
{
    public const string Password = "Demo-pass-2026!";

    /// <summary>Maria Lopez: linked to her home (Owner) and a house she rents (Tenant).</summary>
    public static DemoLogin Resident { get; } = new("resident@example.com", "Maria Lopez", UserKind.Resident, PublicRoles.Resident);

    public static DemoLogin Contractor { get; } = new("contractor@example.com", "Dale Whitfield (Whitfield Site Works)", UserKind.Contractor, PublicRoles.Contractor);

    public static DemoLogin SpecialistI { get; } = new("specialist1@example.com", "Ana Ruiz", UserKind.Staff, StaffRoles.SpecialistI);

    public static DemoLogin SpecialistII { get; } = new("specialist2@example.com", "Marcus Bell", UserKind.Staff, StaffRoles.SpecialistII);

    public static DemoLogin SpecialistIII { get; } = new("specialist3@example.com", "Priya Natarajan", UserKind.Staff, StaffRoles.SpecialistIII);

    public static DemoLogin Supervisor { get; } = new("supervisor@example.com", "Carmen Delgado", UserKind.Staff, StaffRoles.Supervisor);

    public static DemoLogin Administrator { get; } = new("admin@example.com", "Tom Okafor", UserKind.Staff, StaffRoles.Administrator);

    public static IReadOnlyList<DemoLogin> All { get; } = [Resident, Contractor, SpecialistI, SpecialistII, SpecialistIII, Supervisor, Administrator];
}
