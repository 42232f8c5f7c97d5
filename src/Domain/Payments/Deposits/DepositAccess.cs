using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Deposits;

/// <summary>Who may do what with deposits: staff require them, SpecialistII and above refund, a Supervisor (or Administrator) waives.</summary>
internal static class DepositAccess
{
    private static readonly string[] Refunders = [StaffRoles.SpecialistII, StaffRoles.SpecialistIII, StaffRoles.Supervisor, StaffRoles.Administrator];

    public static void RequireStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only staff manage deposits.");
        }
    }

    public static void RequireSupervisor(Actor actor)
    {
        if (!actor.IsInRole(StaffRoles.Supervisor) && !actor.IsInRole(StaffRoles.Administrator))
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only a Supervisor may waive a deposit.");
        }
    }

    public static void RequireRefunder(Actor actor)
    {
        if (!actor.Roles.Overlaps(Refunders))
        {
            throw new DomainException(ErrorCodes.Forbidden, "Refunds are made by a SpecialistII or above.");
        }
    }
}
