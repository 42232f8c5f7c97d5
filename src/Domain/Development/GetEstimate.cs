using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Development;

/// <param name="Worksheet">While the worksheet is open: the lines the schedule in effect computes now, before the extra lines.</param>
/// <param name="WorksheetProblem">Why the worksheet cannot be computed (say, the schedule dropped the meter size).</param>
/// <param name="AccountNumber">The pending account carrying the fees, once accepted.</param>
/// <param name="FeesDue">What is still owed on that account.</param>
public sealed record EstimateDetails(
    ContractorEstimate Estimate,
    string? ScheduleCode,
    ConnectionEstimate? Worksheet,
    string? WorksheetProblem,
    string? AccountNumber,
    Money? FeesDue)
{
    public bool FeesPaid => FeesDue is { } due && !due.IsPositive;
}

/// <summary>One estimate with its versions: a contractor sees only their own (any other is not found), staff any.</summary>
public sealed class GetEstimate(UtilityDbContext db, RateScheduleCatalog catalog, TimeProvider clock)
{
    public async Task<EstimateDetails> HandleAsync(Actor actor, Guid estimateId, CancellationToken ct = default)
    {
        var estimate = await EstimateAccess.LoadAsync(db, actor, estimateId, ct);
        db.ChangeTracker.Clear();
        string? code = null;
        ConnectionEstimate? worksheet = null;
        string? problem = null;
        if (estimate.IsWorksheetOpen || estimate.Status == EstimateStatus.Requested)
        {
            try
            {
                var schedule = await PreviewEstimate.ScheduleAsync(catalog, clock, null, ct);
                code = schedule.Ref.Code;
                worksheet = EstimateCalculator.Calculate(schedule.Schedule, EstimateWorksheet.FactsOf(estimate));
            }
            catch (DomainException ex)
            {
                problem = ex.Message;
            }
        }

        string? number = null;
        Money? due = null;
        if (estimate.ServiceAccountId is { } accountId)
        {
            number = (await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Number).SingleAsync(ct)).Value;
            due = (await db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == accountId).Select(e => e.Amount).ToListAsync(ct)).Sum();
        }

        return new EstimateDetails(estimate, code, worksheet, problem, number, due);
    }
}
