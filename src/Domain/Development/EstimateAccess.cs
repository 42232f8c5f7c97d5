using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Development;

/// <summary>
/// Who may see and change estimates: a contractor only their own (any other reads as not found, like an unknown one),
/// staff any; every staff member works the worksheet, SpecialistII and above issue, revise and convert.
/// </summary>
internal static class EstimateAccess
{
    private static readonly string[] Issuers = [StaffRoles.SpecialistII, StaffRoles.SpecialistIII, StaffRoles.Supervisor, StaffRoles.Administrator];

    public static void RequireStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only staff prepare estimates.");
        }
    }

    public static void RequireIssuer(Actor actor)
    {
        if (!actor.Roles.Overlaps(Issuers))
        {
            throw new DomainException(ErrorCodes.Forbidden, "Estimates are issued, revised and converted by a SpecialistII or above.");
        }
    }

    public static void RequireContractor(Actor actor)
    {
        if (actor.IsStaff || !actor.IsInRole(PublicRoles.Contractor))
        {
            throw new DomainException(ErrorCodes.Forbidden, "Estimates are requested and accepted by a signed-in contractor.");
        }
    }

    /// <summary>The estimate with its worksheet and versions, tracked, if the actor may see it.</summary>
    public static async Task<ContractorEstimate> LoadAsync(UtilityDbContext db, Actor actor, Guid id, CancellationToken ct)
    {
        var estimate = await db.ContractorEstimates
            .Include(e => e.ExtraLines)
            .Include(e => e.Versions).ThenInclude(v => v.Lines)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == id, ct);
        return estimate is not null && (actor.IsStaff || estimate.ContractorUserId == actor.UserId)
            ? estimate
            : throw DomainException.NotFound("Estimate");
    }
}
