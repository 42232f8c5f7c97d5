using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Autopay;

namespace UtilityPortal.Domain.Tests.Payments.Autopay;

public sealed class AutopayDeclinesReachResidentAndStaff : IAsyncLifetime
{
    private AutopayHarness _h = null!;

    public async Task InitializeAsync() => _h = await AutopayHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task ADeclinedChargeFailsTheBillsPaymentTellsTheResidentOnceAndListsItForStaff()
    {
        var account = await _h.AddAccountAsync(language: "es");
        await _h.EnrolAsync(account, paymentMethod: "pm_card_decline");
        var bill = await _h.PostBillAsync(account);
        _h.Clock.Advance(TimeSpan.FromDays(2));

        (await _h.RunAutopayAsync()).ShouldBe(1);
        (await _h.RunAutopayAsync()).ShouldBe(0, "a declined bill is not retried by itself; staff follow up");

        var payment = (await _h.PaymentsAsync(account)).ShouldHaveSingleItem();
        payment.Status.ShouldBe(PaymentStatus.Failed);
        payment.FailureReason.ShouldBe("Your card was declined.");
        (await _h.BalanceAsync(account)).ShouldBe(bill.TotalDue, "a declined charge never reaches the ledger");

        var messages = await _h.MessagesAsync(AutopayProcessor.DeclinedPurpose);
        messages.Select(m => m.Channel).ShouldBe([OutboxChannel.Sms, OutboxChannel.Email]);
        var email = messages.Single(m => m.Channel == OutboxChannel.Email);
        email.Recipient.ShouldBe("ana.rivera@example.com");
        email.Language.ShouldBe("es");
        email.Subject.ShouldBe($"El pago automático no pudo pagar la factura de la cuenta {account.Number.Value}");
        email.Body.ShouldContain(bill.TotalDue.Amount.ToString("C", System.Globalization.CultureInfo.GetCultureInfo("es-US")));
        email.Body.ShouldContain("Your card was declined.");
        email.Body.ShouldContain("https://portal.example.org/Payments/Pay?number=" + account.Number.Value);
        messages.Single(m => m.Channel == OutboxChannel.Sms).Body.ShouldContain("Responda STOP");

        var row = (await _h.WithAsync<ListAutopayFailures, IReadOnlyList<AutopayFailureRow>>(l => l.HandleAsync(AutopayHarness.Staff))).ShouldHaveSingleItem();
        row.AccountNumber.ShouldBe(account.Number.Value);
        row.CustomerName.ShouldBe("Ana Rivera");
        row.Amount.ShouldBe(bill.TotalDue);
        row.DueOn.ShouldBe(AutopayHarness.DueOn);
        row.Reason.ShouldBe("Your card was declined.");
        row.ReceiptNumber.ShouldBe(payment.ReceiptNumber);
        row.ResidentNotified.ShouldBeTrue();
    }

    [Fact]
    public async Task WithoutConsentNoTextIsSent()
    {
        var account = await _h.AddAccountAsync(smsConsent: false);
        await _h.EnrolAsync(account, paymentMethod: "pm_card_decline");
        await _h.PostBillAsync(account);
        _h.Clock.Advance(TimeSpan.FromDays(2));

        await _h.RunAutopayAsync();

        (await _h.MessagesAsync(AutopayProcessor.DeclinedPurpose)).ShouldHaveSingleItem().Channel.ShouldBe(OutboxChannel.Email);
    }

    [Fact]
    public async Task OnlyStaffSeeTheFailuresList()
    {
        var refused = await Should.ThrowAsync<DomainException>(() =>
            _h.WithAsync<ListAutopayFailures, IReadOnlyList<AutopayFailureRow>>(l => l.HandleAsync(AutopayHarness.Resident)));

        refused.Code.ShouldBe(ErrorCodes.Forbidden);
    }
}
