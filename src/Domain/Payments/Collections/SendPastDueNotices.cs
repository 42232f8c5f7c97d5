using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Domain.Payments.Collections;

/// <param name="Noticed">Bills noticed by this run.</param>
/// <param name="Checked">Bills past their due date and not noticed before that this run looked at (paid ones included).</param>
public sealed record PastDueNoticeRun(int Checked, int Noticed);

/// <summary>
/// Writes one past-due notice per posted bill whose due date has passed while it is still unpaid (what it asked for,
/// less every payment and other credit on the account since it was issued): an e-mail, and a text where the customer
/// consented and has not opted out, through the outbox, in the customer's language, to the account's own customer (a
/// tenant's notice goes to the tenant). Accounts under a bankruptcy hold get none. The unique bill id of
/// <see cref="PastDueNotice"/> and the outbox keys make a bill noticed once, whoever runs this and however often.
/// </summary>
public sealed class SendPastDueNotices(UtilityDbContext db, QuietHours quietHours, TimeProvider clock, IOptions<CollectionsOptions> options)
{
    public const string Purpose = "PastDue";

    /// <summary>Bills handled per transaction.</summary>
    internal const int SetSize = 500;

    public Task<PastDueNoticeRun> HandleAsync(Actor actor, CancellationToken ct = default)
    {
        CollectionsAccess.RequireStaff(actor);
        return RunAsync(ct);
    }

    /// <summary>The background job's entry: the same work without a person asking.</summary>
    internal async Task<PastDueNoticeRun> RunAsync(CancellationToken ct)
    {
        var today = BillingTime.Today(clock);
        var from = today.AddDays(-options.Value.NoticeLookbackDays);
        var notices = db.PastDueNotices;
        var billIds = await db.Bills.AsNoTracking()
            .Where(b => b.Status == BillStatus.Posted && b.DueOn < today && b.DueOn >= from)
            .Where(b => !notices.Any(n => n.BillId == b.Id))
            .OrderBy(b => b.DueOn).ThenBy(b => b.Id)
            .Select(b => b.Id)
            .ToListAsync(ct);
        var holds = await CollectionsLookup.HoldsInForceAsync(db, today, ct);
        var noticed = 0;
        foreach (var set in billIds.Chunk(SetSize))
        {
            noticed += await NoticeSetAsync(set, holds, ct);
        }

        return new PastDueNoticeRun(billIds.Count, noticed);
    }

    private async Task<int> NoticeSetAsync(Guid[] billIds, ILookup<Guid, CollectionHold> holds, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var added = await WriteSetAsync(billIds, holds, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                return added;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another node noticed some of these bills a moment earlier: start the set again, skipping theirs.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> WriteSetAsync(Guid[] billIds, ILookup<Guid, CollectionHold> holds, CancellationToken ct)
    {
        var notices = db.PastDueNotices;
        var bills = await db.Bills.AsNoTracking()
            .Where(b => billIds.Contains(b.Id) && !notices.Any(n => n.BillId == b.Id))
            .Join(db.ServiceAccounts, b => b.ServiceAccountId, a => a.Id, (b, a) => new { Bill = b, a.Number, a.CustomerId })
            .Join(db.Customers, x => x.CustomerId, c => c.Id, (x, c) => new
            {
                x.Bill.Id,
                x.Bill.ServiceAccountId,
                x.Bill.IssuedOn,
                x.Bill.DueOn,
                x.Bill.TotalDue,
                x.Number,
                Customer = c,
            })
            .ToListAsync(ct);
        if (bills.Count == 0)
        {
            return 0;
        }

        var accountIds = bills.Select(b => b.ServiceAccountId).Distinct().ToList();
        var since = bills.Min(b => b.IssuedOn!.Value);
        var credits = await db.JournalEntries.AsNoTracking()
            .Where(e => accountIds.Contains(e.ServiceAccountId) && e.EffectiveOn >= since && e.Kind != EntryKind.Charge)
            .Select(e => new { e.ServiceAccountId, e.EffectiveOn, e.Amount, e.IdempotencyKey })
            .ToListAsync(ct);
        var creditsByAccount = credits.ToLookup(c => c.ServiceAccountId);
        var optedOut = (await db.SmsOptOuts.AsNoTracking().Where(o => o.OptedOut).Select(o => o.PhoneNumber).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var notBefore = quietHours.NextSendable(now);
        var added = 0;
        foreach (var bill in bills)
        {
            if (holds.UnderBankruptcy(bill.ServiceAccountId))
            {
                continue;
            }

            // Every later credit or correction counts, except the bill's own deposit application (already in its total).
            var ownDeposit = Bill.DepositKeyOf(bill.Id);
            var issuedOn = bill.IssuedOn!.Value;
            var owed = bill.TotalDue + creditsByAccount[bill.ServiceAccountId]
                .Where(c => c.EffectiveOn >= issuedOn && c.IdempotencyKey != ownDeposit).Select(c => c.Amount).Sum();
            if (!owed.IsPositive)
            {
                continue;
            }

            var customer = bill.Customer;
            var facts = new PastDueFacts(bill.Number.Value, owed, bill.DueOn!.Value);
            var wording = PastDueWording.For(customer.PreferredLanguage);
            var channels = new List<string>(2);
            if (customer.Email is { } email)
            {
                db.OutboxMessages.Add(OutboxMessage.Email($"past-due:{bill.Id:N}:email", email, wording.Subject(facts), wording.Email(facts, customer.Name),
                    customer.PreferredLanguage, Purpose, bill.ServiceAccountId, now, notBefore));
                channels.Add("email");
            }

            if (customer.SmsConsent.Given && customer.MobilePhone is { } mobile && !optedOut.Contains(mobile.E164))
            {
                db.OutboxMessages.Add(OutboxMessage.Sms($"past-due:{bill.Id:N}:sms", mobile, wording.Sms(facts), customer.PreferredLanguage, Purpose,
                    bill.ServiceAccountId, now, notBefore));
                channels.Add("sms");
            }

            db.PastDueNotices.Add(new PastDueNotice(bill.Id, bill.ServiceAccountId, facts.DueOn, owed, channels.Count == 0 ? "none" : string.Join(',', channels), now));
            added++;
        }

        return added;
    }
}
