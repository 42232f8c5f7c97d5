using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Lockbox;

/// <summary>A suspense item as the queue shows it.</summary>
public sealed record SuspenseItemView(
    Guid Id,
    Guid BatchId,
    string FileName,
    int LineNumber,
    string RawLine,
    string AccountText,
    Money Amount,
    string CheckNumber,
    DateOnly PaidOn,
    string? Remitter,
    SuspenseReason Reason,
    SuspenseStatus Status,
    DateTimeOffset? ResolvedAt,
    string? ResolvedBy,
    string? AppliedAccountNumber,
    string? Note);

/// <param name="Status">Which items; the open ones by default.</param>
/// <param name="BatchId">Only one batch's items.</param>
public sealed record ListSuspenseItemsInput(SuspenseStatus? Status = SuspenseStatus.Open, Guid? BatchId = null)
{
    public const int MaxItems = 500;
}

/// <summary>The suspense queue: lockbox lines waiting for a specialist, oldest first; and one item for the apply page.</summary>
public sealed class ListSuspenseItems(UtilityDbContext db)
{
    public async Task<IReadOnlyList<SuspenseItemView>> ListAsync(Actor actor, ListSuspenseItemsInput input, CancellationToken ct = default)
    {
        LockboxAccess.RequireStaff(actor);
        var items = db.SuspenseItems.AsNoTracking();
        if (input.Status is { } status)
        {
            items = items.Where(s => s.Status == status);
        }

        if (input.BatchId is { } batchId)
        {
            items = items.Where(s => s.LockboxBatchId == batchId);
        }

        return await ProjectAsync(items.OrderBy(s => s.PaidOn).ThenBy(s => s.LockboxBatchId).ThenBy(s => s.LineNumber).Take(ListSuspenseItemsInput.MaxItems), ct);
    }

    public async Task<SuspenseItemView> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        LockboxAccess.RequireStaff(actor);
        return (await ProjectAsync(db.SuspenseItems.AsNoTracking().Where(s => s.Id == id), ct)).SingleOrDefault()
            ?? throw DomainException.NotFound("Suspense item");
    }

    private async Task<List<SuspenseItemView>> ProjectAsync(IQueryable<SuspenseItem> items, CancellationToken ct)
    {
        var batches = db.Set<LockboxBatch>();
        var rows = await items.Join(batches, s => s.LockboxBatchId, b => b.Id, (s, b) => new { Item = s, b.FileName }).ToListAsync(ct);
        var appliedTo = rows.Where(r => r.Item.AppliedAccountId is not null).Select(r => r.Item.AppliedAccountId!.Value).Distinct().ToList();
        var numbers = appliedTo.Count == 0
            ? []
            : await db.ServiceAccounts.AsNoTracking().Where(a => appliedTo.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Number.Value, ct);
        // Ordered here: the join may drop the query's order.
        return rows.OrderBy(r => r.Item.PaidOn).ThenBy(r => r.Item.LockboxBatchId).ThenBy(r => r.Item.LineNumber)
            .Select(r => new SuspenseItemView(r.Item.Id, r.Item.LockboxBatchId, r.FileName, r.Item.LineNumber, r.Item.RawLine, r.Item.AccountText,
                r.Item.Amount, r.Item.CheckNumber, r.Item.PaidOn, r.Item.Remitter, r.Item.Reason, r.Item.Status, r.Item.ResolvedAt, r.Item.ResolvedBy,
                r.Item.AppliedAccountId is { } id ? numbers.GetValueOrDefault(id) : null, r.Item.Note))
            .ToList();
    }
}
