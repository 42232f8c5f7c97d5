using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Autopay;

/// <summary>One autopay charge as the resident sees it.</summary>
public sealed record AutopayChargeRow(DateOnly DueOn, Money Amount, AutopayChargeStatus Status, PaymentStatus? PaymentStatus, string? ReceiptNumber, string? FailureReason);

/// <summary>
/// An account's autopay: on (<see cref="AutopayStatus.Active"/>), waiting for the gateway
/// (<see cref="AutopayStatus.PendingSetup"/>) or off (null status), with the latest charges, and whether bills go by e-mail.
/// </summary>
public sealed record AutopayState(Guid AccountId, string AccountNumber, AutopayStatus? Status, Tender? Method, DateTimeOffset? Since, bool Paperless,
    IReadOnlyList<AutopayChargeRow> RecentCharges)
{
    public bool IsOn => Status == AutopayStatus.Active;
}

/// <summary>A setup waiting on the gateway's page, as the sandbox's demo page needs it.</summary>
public sealed record AutopaySetupView(Guid EnrollmentId, string AccountNumber, string SetupSessionId, string Gateway, AutopayStatus Status, Tender Method);

/// <summary>Reads an account's autopay and bill delivery preference, after checking the caller may see the account.</summary>
public sealed class GetAutopay(UtilityDbContext db, AccountAccess access)
{
    public const int RecentCharges = 6;

    public async Task<AutopayState> HandleAsync(Actor actor, string accountNumber, CancellationToken ct = default)
    {
        var accountId = await access.RequireAccountAsync(actor, accountNumber, ct);
        return (await ForAccountsAsync([accountId], RecentCharges, ct))[accountId];
    }

    /// <summary>The resident's own setup session; anyone else's, or an unknown one, is not found.</summary>
    public async Task<AutopaySetupView> SetupAsync(Actor actor, Guid enrollmentId, CancellationToken ct = default)
    {
        var found = await db.AutopayEnrollments.AsNoTracking()
            .Where(e => e.Id == enrollmentId && e.EnrolledBy == actor.UserId && e.SetupSessionId != null)
            .Join(db.ServiceAccounts, e => e.ServiceAccountId, a => a.Id, (e, a) => new { e.Id, a.Number, e.SetupSessionId, e.Gateway, e.Status, e.Method })
            .SingleOrDefaultAsync(ct) ?? throw DomainException.NotFound("Autopay setup");
        return new AutopaySetupView(found.Id, found.Number.Value, found.SetupSessionId!, found.Gateway, found.Status, found.Method);
    }

    /// <summary>Several accounts in a fixed number of queries (the GraphQL batch loader); the caller has authorized them.</summary>
    public async Task<IReadOnlyDictionary<Guid, AutopayState>> ForAccountsAsync(IReadOnlyCollection<Guid> accountIds, int recentCharges,
        CancellationToken ct = default)
    {
        var accounts = await db.ServiceAccounts.AsNoTracking()
            .Where(a => accountIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Number, a.PaperlessSince })
            .ToListAsync(ct);

        // The live enrolment of each account: the active one, else the newest setup still waiting.
        var enrollments = (await db.AutopayEnrollments.AsNoTracking()
                .Where(e => accountIds.Contains(e.ServiceAccountId) && e.Status != AutopayStatus.Cancelled)
                .ToListAsync(ct))
            .GroupBy(e => e.ServiceAccountId)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Status == AutopayStatus.Active ? 0 : 1).ThenByDescending(e => e.CreatedAt).First());

        var charges = recentCharges <= 0
            ? []
            : (await (from c in db.AutopayCharges.AsNoTracking()
                      where accountIds.Contains(c.ServiceAccountId)
                      join p in db.Payments on c.PaymentId equals p.Id into paid
                      from p in paid.DefaultIfEmpty()
                      select new { c.ServiceAccountId, c.CreatedAt, Row = new AutopayChargeRow(c.DueOn, c.Amount, c.Status, p == null ? null : p.Status,
                          p == null ? null : p.ReceiptNumber, p != null && p.FailureReason != null ? p.FailureReason : c.FailureReason) })
                .ToListAsync(ct));

        return accounts.ToDictionary(a => a.Id, a =>
        {
            var enrollment = enrollments.GetValueOrDefault(a.Id);
            return new AutopayState(a.Id, a.Number.Value, enrollment?.Status, enrollment?.Method, enrollment?.ActivatedAt ?? enrollment?.CreatedAt,
                a.PaperlessSince is not null,
                charges.Where(c => c.ServiceAccountId == a.Id).OrderByDescending(c => c.CreatedAt).Take(recentCharges).Select(c => c.Row).ToList());
        });
    }
}
