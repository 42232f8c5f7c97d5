using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Lockbox;

/// <summary>Who works the lockbox: any staff member imports files and works the suspense queue (cash posting is a specialist's daily task).</summary>
internal static class LockboxAccess
{
    public static void RequireStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only staff work the lockbox.");
        }
    }
}
