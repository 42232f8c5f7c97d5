using System.Globalization;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Collections;

/// <summary>Who may do what in collections: staff work the lists and flags; a Supervisor writes balances off.</summary>
internal static class CollectionsAccess
{
    public static void RequireStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Collections are for utility staff.");
        }
    }

    public static void RequireSupervisor(Actor actor)
    {
        if (!actor.IsInRole(StaffRoles.Supervisor))
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only a Supervisor may write a balance off to bad debt.");
        }
    }
}

/// <summary>Amounts in audit rows: invariant, so the trail reads the same whatever the server's culture.</summary>
internal static class AuditText
{
    public static string Of(Money amount) => amount.Amount.ToString("0.00", CultureInfo.InvariantCulture);
}
