using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Adjustments;

/// <summary>
/// Who may approve which request (docs/decisions/0013-adjustments.md): never the maker; a Supervisor or
/// Administrator any amount; a specialist up to their own limit and, for a staff-made request, only within the
/// maker's limit too, since a request above the maker's limit waits for a Supervisor.
/// </summary>
public static class ApprovalPolicy
{
    private static readonly string[] Unlimited = [StaffRoles.Supervisor, StaffRoles.Administrator];

    /// <summary>The most the actor may approve, or null for no limit; zero when they hold no approving role.</summary>
    public static Money? LimitOf(IReadOnlySet<string> roles, AdjustmentOptions options)
    {
        if (Unlimited.Any(roles.Contains))
        {
            return null;
        }

        var limits = options.ApprovalLimits.Where(l => roles.Contains(l.Key)).Select(l => l.Value).ToList();
        return new Money(limits.Count == 0 ? 0m : limits.Max());
    }

    /// <summary>Why the actor may not approve the request, or null when they may.</summary>
    public static string? Refusal(Actor actor, AdjustmentRequest request, AdjustmentOptions options)
    {
        if (!actor.IsStaff)
        {
            return "Adjustments are approved by utility staff.";
        }

        if (actor.UserId == request.RequestedByUserId)
        {
            return "Nobody approves their own request; another person must approve it.";
        }

        var limit = LimitOf(actor.Roles, options);
        if (limit is null)
        {
            return null;
        }

        if (request.Amount > limit.Value)
        {
            return $"{request.Amount} is above your approval limit of {limit.Value}; a Supervisor must approve it.";
        }

        return request.MakerLimit is { } m && request.Amount.Amount > m
            ? $"{request.Amount} is above the maker's limit of {new Money(m)}; a Supervisor must approve it."
            : null;
    }
}
