using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Payments.Autopay;

namespace UtilityPortal.Domain.Payments.Paperless;

/// <summary>
/// Finds bills posted for paperless accounts since they went paperless that have no notice yet, and queues each
/// one's e-mail with its <see cref="PaperlessBillNotice"/> in one transaction. The notice is unique by bill, so a
/// second node, or a retry, sends nothing twice. It reads posted bills rather than hooking into bill posting, so
/// billing stays as it is; a notice leaves within a poll interval of the posting.
/// </summary>
public sealed class PaperlessNoticeProcessor(UtilityDbContext db, CustomerOutbox outbox, IOptions<PaperlessOptions> options, TimeProvider clock)
{
    public const string Purpose = "PaperlessBill";

    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var bills = await (from b in db.Bills.AsNoTracking()
                           join a in db.ServiceAccounts on b.ServiceAccountId equals a.Id
                           where b.Status == BillStatus.Posted && a.PaperlessSince != null && b.PostedAt >= a.PaperlessSince
                                 && !db.Set<PaperlessBillNotice>().Any(n => n.BillId == b.Id)
                           orderby b.PostedAt
                           select new { b.Id, b.ServiceAccountId, b.TotalDue, b.DueOn })
            .Take(options.Value.BatchSize)
            .ToListAsync(ct);

        var notified = 0;
        foreach (var bill in bills)
        {
            db.ChangeTracker.Clear();
            var to = await outbox.RecipientsAsync(bill.ServiceAccountId, ct);
            var wording = PaymentWording.For(to.Language);
            var dueOn = bill.DueOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var email = outbox.AddEmail(to, bill.ServiceAccountId, $"paperless-bill:{bill.Id:N}:email", wording.BillSubject(to.AccountNumber),
                wording.BillEmail(to.Name, to.AccountNumber, bill.TotalDue, dueOn, outbox.PortalPage($"Accounts/{to.AccountNumber}/Bill?id={bill.Id}")), Purpose);
            db.PaperlessBillNotices.Add(new PaperlessBillNotice(bill.Id, bill.ServiceAccountId, email?.Id, clock.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(ct);
                notified++;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();

                // Another node announced this bill a moment earlier: its notice stands.
                if (!await db.PaperlessBillNotices.AnyAsync(n => n.BillId == bill.Id, ct))
                {
                    throw;
                }
            }
        }

        return notified;
    }
}
