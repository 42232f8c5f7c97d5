using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Domain.Payments.Autopay;

/// <summary>
/// Charges, on its due date, each posted bill of an account with autopay on. A bill is claimed by inserting its
/// <see cref="AutopayCharge"/> (unique by bill) together with the pending <see cref="Payment"/>, so two nodes never
/// charge it twice; the gateway is asked under the bill's idempotency key <c>autopay:{billId}</c>, so a claim taken
/// over after a crash does not charge twice either. Succeeded posts through <see cref="PostPayment"/>; Processing stays
/// pending for the webhook; Declined fails the payment, tells the resident (e-mail, and a text with consent) and puts
/// it on the staff failures list, all in one transaction.
/// </summary>
public sealed class AutopayProcessor(UtilityDbContext db, IPaymentGateway gateway, PostPayment posting, CustomerOutbox outbox,
    IOptions<AutopayOptions> options, TimeProvider clock)
{
    public const string SystemName = "autopay";
    public const string DeclinedPurpose = "AutopayDeclined";

    /// <summary>One round: claims and charges the bills due today (or earlier and missed); returns how many it charged.</summary>
    public async Task<int> RunOnceAsync(string node, CancellationToken ct = default)
    {
        var settings = options.Value;
        var charged = 0;
        foreach (var chargeId in await TakeOverLapsedAsync(node, settings, ct))
        {
            await ChargeAsync(chargeId, ct);
            charged++;
        }

        foreach (var due in await DueBillsAsync(settings.BatchSize, ct))
        {
            db.ChangeTracker.Clear();
            if (await ClaimAsync(due, node, settings.ClaimTimeout, ct) is { } chargeId)
            {
                await ChargeAsync(chargeId, ct);
                charged++;
            }
        }

        return charged;
    }

    private sealed record DueBill(Guid BillId, Guid AccountId, DateOnly DueOn, Money TotalDue, Guid EnrollmentId, Tender Method);

    private async Task<List<DueBill>> DueBillsAsync(int batchSize, CancellationToken ct)
    {
        var today = BillingTime.Today(clock);
        return await (from b in db.Bills.AsNoTracking()
                      join e in db.AutopayEnrollments on b.ServiceAccountId equals e.ServiceAccountId
                      where b.Status == BillStatus.Posted && b.DueOn <= today
                            && e.Status == AutopayStatus.Active && b.DueOn >= e.ChargesBillsDueFrom
                            && !db.Set<AutopayCharge>().Any(c => c.BillId == b.Id)
                      orderby b.DueOn, b.Id
                      select new DueBill(b.Id, b.ServiceAccountId, b.DueOn!.Value, b.TotalDue, e.Id, e.Method))
            .Take(batchSize)
            .ToListAsync(ct);
    }

    /// <summary>Inserts the claim and the pending payment in one statement batch; null when another node claimed the bill first.</summary>
    private async Task<Guid?> ClaimAsync(DueBill due, string node, TimeSpan timeout, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var ledger = await LedgerReader.RowsAsync(db, due.AccountId, ct);
        var balance = ledger.Count == 0 ? Money.Zero : ledger[^1].RunningBalance;

        // What is still owed of this bill: a payment made since it posted lowers the charge, a credit cancels it.
        var amount = balance < due.TotalDue ? balance : due.TotalDue;
        AutopayCharge charge;
        if (amount.IsPositive)
        {
            var payment = Payment.Started(due.AccountId, amount, due.Method, PaymentChannel.Autopay, null, now, SystemName);
            db.Payments.Add(payment);
            charge = AutopayCharge.Claim(due.BillId, due.EnrollmentId, due.AccountId, amount, due.DueOn, payment.Id, node, now, timeout);
        }
        else
        {
            charge = AutopayCharge.NothingToCharge(due.BillId, due.EnrollmentId, due.AccountId, due.DueOn, now);
        }

        db.AutopayCharges.Add(charge);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (await ClaimedElsewhereAsync(due.BillId, ct))
            {
                return null;
            }

            throw;
        }

        return charge.Status == AutopayChargeStatus.Charging ? charge.Id : null;
    }

    private async Task<bool> ClaimedElsewhereAsync(Guid billId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.AutopayCharges.AsNoTracking().AnyAsync(c => c.BillId == billId, ct);
    }

    /// <summary>Claims whose node died mid-charge: taken over one by one with a conditional update on the old token.</summary>
    private async Task<List<Guid>> TakeOverLapsedAsync(string node, AutopayOptions settings, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var lapsed = await db.AutopayCharges.AsNoTracking()
            .Where(c => c.Status == AutopayChargeStatus.Charging && c.ClaimedUntil < now)
            .Select(c => new { c.Id, c.ClaimToken })
            .Take(settings.BatchSize)
            .ToListAsync(ct);
        var taken = new List<Guid>();
        foreach (var claim in lapsed)
        {
            var until = now + settings.ClaimTimeout;
            var rows = await db.AutopayCharges
                .Where(c => c.Id == claim.Id && c.ClaimToken == claim.ClaimToken && c.Status == AutopayChargeStatus.Charging)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.ClaimToken, Guid.NewGuid())
                    .SetProperty(c => c.ClaimedBy, node.Length > 100 ? node[..100] : node)
                    .SetProperty(c => c.ClaimedUntil, until)
                    .SetProperty(c => c.Attempts, c => c.Attempts + 1), ct);
            if (rows == 1)
            {
                taken.Add(claim.Id);
            }
        }

        return taken;
    }

    private async Task ChargeAsync(Guid chargeId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var charge = await db.AutopayCharges.SingleAsync(c => c.Id == chargeId, ct);
        var payment = await db.Payments.SingleAsync(p => p.Id == charge.PaymentId, ct);
        var enrollment = await db.AutopayEnrollments.AsNoTracking().SingleAsync(e => e.Id == charge.EnrollmentId, ct);
        var number = await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == charge.ServiceAccountId).Select(a => a.Number).SingleAsync(ct);
        var description = $"Autopay, bill due {charge.DueOn:yyyy-MM-dd}, account {number.Value}";

        var outcome = await gateway.ChargeSavedMethodAsync(new SavedMethodCharge(enrollment.CustomerReference!, enrollment.PaymentMethodReference!,
            charge.Amount, charge.IdempotencyKey, description, payment.Id), ct);
        var now = clock.GetUtcNow();
        switch (outcome)
        {
            case GatewayOutcome.Succeeded succeeded:
                AttachReference(payment, succeeded.Reference);
                charge.Succeed(now);
                if (await posting.PostAsync(payment, SystemName, description, ct) == PostingOutcome.AlreadyPosted)
                {
                    // The webhook posted it first; only our charge row is left to save.
                    await db.SaveChangesAsync(ct);
                }

                break;
            case GatewayOutcome.Processing processing:
                AttachReference(payment, processing.Reference);
                charge.MarkProcessing(now);
                await db.SaveChangesAsync(ct);
                break;
            case GatewayOutcome.Declined declined:
                if (payment.Status == PaymentStatus.Pending)
                {
                    payment.MarkFailed(declined.Reason);
                }

                charge.Decline(declined.Reason, now);
                await NotifyDeclinedAsync(charge, declined.Reason, ct);
                await db.SaveChangesAsync(ct);
                break;
        }
    }

    private static void AttachReference(Payment payment, string reference)
    {
        if (payment.GatewayReference is null)
        {
            payment.AttachGatewayReference(reference);
        }
    }

    private async Task NotifyDeclinedAsync(AutopayCharge charge, string reason, CancellationToken ct)
    {
        var to = await outbox.RecipientsAsync(charge.ServiceAccountId, ct);
        var wording = PaymentWording.For(to.Language);
        var page = outbox.PortalPage("Payments/Pay?number=" + to.AccountNumber);
        outbox.AddEmail(to, charge.ServiceAccountId, $"autopay-declined:{charge.BillId:N}:email", wording.DeclinedSubject(to.AccountNumber),
            wording.DeclinedEmail(to.Name, to.AccountNumber, charge.Amount, charge.DueOn, reason, page), DeclinedPurpose);
        outbox.AddSms(to, charge.ServiceAccountId, $"autopay-declined:{charge.BillId:N}:sms", wording.DeclinedSms(to.AccountNumber, charge.Amount, charge.DueOn),
            DeclinedPurpose);
    }
}
