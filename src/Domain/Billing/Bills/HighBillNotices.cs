using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Billing.Bills;

/// <summary>
/// Tells customers about their high bills before those bills are issued: for each high-bill exception not yet
/// notified, the notifications port is called and the exception records when. Approval waits until every high bill
/// of a run has been notified, so a customer always hears before the bill arrives.
/// </summary>
public sealed class HighBillNotices(UtilityDbContext db, IHighBillNotifier notifier, TimeProvider clock)
{
    /// <summary>Notifies the high bills among <paramref name="billIds"/> (all of a run's when null); returns how many are still not notified.</summary>
    public async Task<int> SendAsync(Guid? runId, IReadOnlyCollection<Guid>? billIds, CancellationToken ct = default)
    {
        var query = db.BillExceptions.AsNoTracking().Where(e => e.Kind == BillExceptionKind.High && e.NotifiedAt == null);
        query = runId is { } run ? query.Where(e => e.BillRunId == run) : query;
        query = billIds is not null ? query.Where(e => billIds.Contains(e.BillId)) : query;
        var pending = await query
            .Join(db.Bills.Where(b => b.Status == BillStatus.Draft || b.Status == BillStatus.Held || b.Status == BillStatus.Approved),
                e => e.BillId, b => b.Id, (e, b) => new { e.Id, e.ServiceAccountId, e.BillId, e.Gallons, e.AverageGallons, b.CurrentCharges, b.PeriodEnd })
            .ToListAsync(ct);
        var failed = 0;
        foreach (var e in pending)
        {
            var notice = new HighBillNotice(e.ServiceAccountId, e.BillId, e.CurrentCharges, e.Gallons, e.AverageGallons ?? 0, e.PeriodEnd);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                // The notifier saves its outbox rows through this context; the exception is marked in the same transaction.
                await notifier.NotifyAsync(notice, ct);
                var now = clock.GetUtcNow();
                await db.BillExceptions.Where(x => x.Id == e.Id && x.NotifiedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.NotifiedAt, now), ct);
                await transaction.CommitAsync(ct);
            }
            catch (Exception ex) when (ex is DbUpdateException or DomainException or HttpRequestException or InvalidOperationException)
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                failed++;
            }
        }

        return failed;
    }
}
