using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing;

/// <summary>Who may do what in billing: staff run bills and work exceptions; a Supervisor adopts rate schedules.</summary>
internal static class BillingAccess
{
    public static void RequireStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Billing is for utility staff.");
        }
    }
}
