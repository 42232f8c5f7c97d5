using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments.Collections;
using static UtilityPortal.Domain.Tests.Payments.Collections.CollectionsHarness;

namespace UtilityPortal.Domain.Tests.Payments.Collections;

/// <summary>A bill unpaid past its due date brings one notice, in the customer's language; a paid one brings none.</summary>
public sealed class PastDueNoticesGoOnce : IDisposable
{
    private readonly CollectionsHarness _h = new();

    [Fact]
    public async Task AnUnpaidBillPastItsDueDate_IsNoticedOnce_ByEmailAndText()
    {
        var account = await _h.AccountAsync(email: "ana@example.com", sms: true);
        var bill = await _h.PostedBillAsync(account, new DateOnly(2026, 10, 31));

        var first = await RunAsync();
        var again = await RunAsync();
        _h.Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await RunAsync();

        bill.DueOn.ShouldBe(new DateOnly(2026, 11, 21));
        first.Noticed.ShouldBe(1);
        again.Noticed.ShouldBe(0);
        nextDay.Noticed.ShouldBe(0);
        await using var db = _h.NewContext();
        var notice = await db.PastDueNotices.SingleAsync();
        notice.BillId.ShouldBe(bill.Id);
        notice.AmountPastDue.Amount.ShouldBe(124.68m);
        notice.Channels.ShouldBe("email,sms");
        var messages = await db.OutboxMessages.Where(m => m.Purpose == SendPastDueNotices.Purpose).OrderBy(m => m.Channel).ToListAsync();
        messages.Select(m => m.Channel).ShouldBe([OutboxChannel.Sms, OutboxChannel.Email]);
        messages[1].Recipient.ShouldBe("ana@example.com");
        messages[1].Body.ShouldContain("was due on Saturday, November 21, 2026 and $124.68 is still unpaid");
        messages[0].Body.ShouldContain("$124.68");
    }

    [Fact]
    public async Task APaidBill_OrOneNotYetDue_OrUnderBankruptcy_IsNotNoticed_AndSpanishSpeakersReadSpanish()
    {
        var paid = await _h.AccountAsync();
        await _h.PostedBillAsync(paid, new DateOnly(2026, 10, 31));
        await _h.PayAsync(paid, 124.68m, new DateOnly(2026, 11, 10));
        var notDue = await _h.AccountAsync();
        await _h.PostedBillAsync(notDue, new DateOnly(2026, 11, 20));
        var bankrupt = await _h.AccountAsync();
        await _h.PostedBillAsync(bankrupt, new DateOnly(2026, 10, 31));
        var spanish = await _h.AccountAsync(email: "luz@example.com", language: Languages.Spanish);
        await _h.PostedBillAsync(spanish, new DateOnly(2026, 10, 31));
        await using (var db = _h.NewContext())
        {
            await new FlagBankruptcy(db, _h.Clock).HandleAsync(Specialist, new FlagBankruptcyInput(bankrupt.Number.Value, "26-1", 13, Today));
        }

        var run = await RunAsync();

        run.Noticed.ShouldBe(1);
        await using var check = _h.NewContext();
        var notice = await check.PastDueNotices.SingleAsync();
        notice.ServiceAccountId.ShouldBe(spanish.Id);
        var email = await check.OutboxMessages.SingleAsync();
        email.Language.ShouldBe("es");
        email.Subject.ShouldBe($"Aviso de pago vencido de la cuenta {spanish.Number.Value}");
    }

    private async Task<PastDueNoticeRun> RunAsync()
    {
        await using var db = _h.NewContext();
        return await _h.Notices(db).HandleAsync(Specialist);
    }

    public void Dispose() => _h.Dispose();
}
