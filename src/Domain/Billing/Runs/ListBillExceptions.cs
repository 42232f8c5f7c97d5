using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Runs;

/// <param name="RunId">The run's queue; null for exceptions of on-demand bills and rebills too.</param>
/// <param name="Status">Open (the queue) by default.</param>
public sealed record ListBillExceptionsInput(Guid? RunId, BillExceptionStatus? Status = BillExceptionStatus.Open, BillExceptionKind? Kind = null,
    Guid? BillId = null, int Skip = 0, int Take = 50);

public sealed record BillExceptionPage(IReadOnlyList<BillExceptionView> Items, int Total);

/// <summary>The exceptions queue: a page of a run's exceptions (open ones by default), oldest first, each with its reason and history.</summary>
public sealed class ListBillExceptions(UtilityDbContext db)
{
    public async Task<BillExceptionPage> HandleAsync(Actor actor, ListBillExceptionsInput input, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        var query = db.BillExceptions.AsNoTracking();
        query = input.RunId is { } run ? query.Where(e => e.BillRunId == run) : query;
        query = input.Status is { } status ? query.Where(e => e.Status == status) : query;
        query = input.Kind is { } kind ? query.Where(e => e.Kind == kind) : query;
        query = input.BillId is { } bill ? query.Where(e => e.BillId == bill) : query;
        var total = await query.CountAsync(ct);
        var page = query.OrderBy(e => e.Id).Skip(Math.Max(0, input.Skip)).Take(Math.Clamp(input.Take, 1, 500));
        var items = await BillQueries.ExceptionsAsync(db, page, ct);
        return new BillExceptionPage(items.OrderBy(e => e.Id).ToList(), total);
    }
}
