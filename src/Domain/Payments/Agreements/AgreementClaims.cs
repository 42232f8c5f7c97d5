using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Payments.Agreements;

/// <summary>
/// Takes active agreements not yet reviewed today for one worker, in one conditional UPDATE, so two nodes never review
/// the same agreement at once. The condition is checked again on each row as it is written: on PostgreSQL and SQL Server
/// a second claim waiting on a row re-reads it after the first commits and finds it taken; SQLite has one writer at a
/// time. A claim whose node died lapses after <see cref="AgreementOptions.ClaimTimeout"/>.
/// </summary>
internal static class AgreementClaims
{
    public static async Task<IReadOnlyList<Guid>> ClaimAsync(UtilityDbContext db, int batchSize, DateOnly today, DateTimeOffset now, TimeSpan timeout,
        CancellationToken ct)
    {
        now = now.ToUniversalTime();
        var token = Guid.NewGuid();
        var until = now + timeout;
        var due = Due(db, today, now).OrderBy(a => a.ReviewedOn).ThenBy(a => a.Id).Take(batchSize).Select(a => a.Id);
        await Due(db, today, now)
            .Where(a => due.Contains(a.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ClaimToken, token).SetProperty(a => a.ClaimedUntil, until), ct);
        return await db.PaymentAgreements.AsNoTracking().Where(a => a.ClaimToken == token).Select(a => a.Id).ToListAsync(ct);
    }

    /// <summary>Whether anything waits: a read, so an idle node polls without taking SQLite's write lock.</summary>
    public static Task<bool> AnyDueAsync(UtilityDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct) =>
        Due(db, today, now.ToUniversalTime()).AnyAsync(ct);

    private static IQueryable<PaymentAgreement> Due(UtilityDbContext db, DateOnly today, DateTimeOffset now) =>
        db.PaymentAgreements.Where(a => a.Status == PaymentAgreementStatus.Active
            && (a.ReviewedOn == null || a.ReviewedOn < today)
            && (a.ClaimedUntil == null || a.ClaimedUntil < now));
}
