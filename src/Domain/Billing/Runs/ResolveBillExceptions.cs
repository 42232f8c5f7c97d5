using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Runs;

/// <param name="ExceptionIds">One or more open exceptions (up to 500), e.g. a page of the queue accepted at once.</param>
/// <param name="Note">Why; required to hold a bill, kept with every resolution.</param>
/// <param name="EstimatedGallons">For <see cref="BillExceptionResolution.Estimate"/>: the gallons to bill; default the account's 12-month average for the period.</param>
public sealed record ResolveBillExceptionsInput(IReadOnlyList<Guid> ExceptionIds, BillExceptionResolution Resolution, string? Note = null, long? EstimatedGallons = null);

/// <param name="ReReadRequests">The re-read requests created (one per bill).</param>
public sealed record ResolveBillExceptionsResult(int Resolved, IReadOnlyList<Guid> HeldBills, IReadOnlyList<Guid> RepricedBills, IReadOnlyList<Guid> ReReadRequests);

/// <summary>
/// A specialist settles review exceptions: accept (the bill stands), re-read (a pending re-read request; the bill is
/// held until it is recalculated), estimate (the bill is priced on an estimate instead of its reads) or hold (the bill
/// stays out of its run). Only bills not yet approved can be resolved; everything is saved together or not at all.
/// </summary>
public sealed class ResolveBillExceptions(UtilityDbContext db, RateScheduleCatalog catalog, TimeProvider clock)
{
    public const int MaxPerCall = 500;

    public async Task<ResolveBillExceptionsResult> HandleAsync(Actor actor, ResolveBillExceptionsInput input, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        var ids = input.ExceptionIds?.Distinct().ToList() ?? [];
        if (ids.Count is 0 or > MaxPerCall)
        {
            throw new DomainException(ErrorCodes.Invalid, $"Choose 1 to {MaxPerCall} exceptions.", nameof(input.ExceptionIds));
        }

        if (!Enum.IsDefined(input.Resolution))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose accept, re-read, estimate or hold.", nameof(input.Resolution));
        }

        if (input.Resolution == BillExceptionResolution.Hold && string.IsNullOrWhiteSpace(input.Note))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say why the bill is held.", nameof(input.Note));
        }

        if (input.EstimatedGallons is < 0)
        {
            throw new DomainException(ErrorCodes.Invalid, "Estimated gallons cannot be negative.", nameof(input.EstimatedGallons));
        }

        var exceptions = await db.BillExceptions.Where(e => ids.Contains(e.Id)).ToListAsync(ct);
        if (exceptions.Count != ids.Count)
        {
            throw DomainException.NotFound("Exception");
        }

        var billIds = exceptions.Select(e => e.BillId).Distinct().ToList();
        var bills = await db.Bills.Include(b => b.Lines).Include(b => b.Reads).AsSplitQuery().Where(b => billIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var now = clock.GetUtcNow();
        var held = new List<Guid>();
        var repriced = new List<Guid>();
        var requests = new List<Guid>();
        foreach (var group in exceptions.GroupBy(e => e.BillId))
        {
            var bill = bills[group.Key];
            if (bill.Status is not (BillStatus.Draft or BillStatus.Held))
            {
                throw new DomainException(ErrorCodes.Conflict, $"The bill is already {bill.Status.ToString().ToLowerInvariant()}; its exceptions can no longer change.", nameof(input.ExceptionIds));
            }

            foreach (var exception in group)
            {
                exception.Resolve(input.Resolution, actor.Name, now, input.Note);
            }

            switch (input.Resolution)
            {
                case BillExceptionResolution.Hold:
                    bill.Hold(input.Note!);
                    held.Add(bill.Id);
                    break;
                case BillExceptionResolution.ReRead:
                    var first = group.First();
                    var meter = bill.Reads.Count == 1 ? bill.Reads[0].MeterId : (Guid?)null;
                    var request = new ReReadRequest(bill.ServiceAccountId, meter, bill.Id, first.Id, first.Reason, actor.Name, now);
                    db.ReReadRequests.Add(request);
                    requests.Add(request.Id);
                    bill.Hold(string.IsNullOrWhiteSpace(input.Note) ? "Waiting for a re-read." : $"Waiting for a re-read: {input.Note.Trim()}");
                    held.Add(bill.Id);
                    break;
                case BillExceptionResolution.Estimate:
                    var gallons = input.EstimatedGallons ?? bill.AverageGallons
                        ?? throw new DomainException(ErrorCodes.Invalid, "The account has too little history to estimate from; enter the gallons to bill.", nameof(input.EstimatedGallons));
                    var schedule = await catalog.RequireAsync(new ScheduleRef(bill.ScheduleCode, bill.ScheduleVersion), ct);
                    var (facts, priced) = BillDrafter.Estimate(bill, schedule.Schedule, gallons);
                    bill.Reprice(facts, schedule.Ref, priced, estimated: true);
                    repriced.Add(bill.Id);
                    break;
            }
        }

        await db.SaveChangesAsync(ct);
        return new ResolveBillExceptionsResult(exceptions.Count, held, repriced, requests);
    }
}
