using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments.Autopay;
using UtilityPortal.Domain.Payments.Paperless;

namespace UtilityPortal.Domain.Tests.Payments.Autopay;

public sealed class PaperlessBillsAreAnnouncedOnce : IAsyncLifetime
{
    private AutopayHarness _h = null!;

    public async Task InitializeAsync() => _h = await AutopayHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task ABillPostedAfterGoingPaperlessIsEmailedOnceAndEarlierOnesNever()
    {
        var account = await _h.AddAccountAsync();
        var paper = await _h.AddAccountAsync();
        await _h.PostBillAsync(account, issuedOn: new DateOnly(2026, 10, 1));
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        (await SetAsync(account, true)).ShouldBeTrue();
        _h.Clock.Advance(TimeSpan.FromMinutes(1));
        var bill = await _h.PostBillAsync(account);
        await _h.PostBillAsync(paper);

        (await _h.RunPaperlessAsync()).ShouldBe(1);
        (await _h.RunPaperlessAsync()).ShouldBe(0, "a second round, or a second node, finds the bill announced");

        var email = (await _h.MessagesAsync(PaperlessNoticeProcessor.Purpose)).ShouldHaveSingleItem();
        email.Channel.ShouldBe(OutboxChannel.Email);
        email.ServiceAccountId.ShouldBe(account.Id);
        email.Subject.ShouldBe($"Your bill for account {account.Number.Value} is ready");
        email.Body.ShouldContain(bill.TotalDue.ToString(System.Globalization.CultureInfo.GetCultureInfo("en-US")));
        email.Body.ShouldContain("Sunday, November 22, 2026");
        (await _h.WithDbAsync(db => db.PaperlessBillNotices.AsNoTracking().SingleAsync())).BillId.ShouldBe(bill.Id);
    }

    [Fact]
    public async Task TheChoiceIsAuditedAndChoosingItAgainChangesNothing()
    {
        var account = await _h.AddAccountAsync();

        (await SetAsync(account, true)).ShouldBeTrue();
        (await SetAsync(account, true)).ShouldBeFalse();
        (await SetAsync(account, false)).ShouldBeTrue();

        var audit = await _h.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "BillDeliveryChanged").ToListAsync());
        audit.OrderBy(a => a.Id).Select(a => (a.Before, a.After)).ShouldBe([("paper", "e-mail"), ("e-mail", "paper")]);
        (await _h.WithDbAsync(db => db.ServiceAccounts.AsNoTracking().SingleAsync(a => a.Id == account.Id))).IsPaperless.ShouldBeFalse();
    }

    [Fact]
    public async Task GoingPaperlessNeedsAnEmailAddress()
    {
        var account = await _h.AddAccountAsync(email: null);

        var refused = await Should.ThrowAsync<DomainException>(() => SetAsync(account, true));

        refused.Code.ShouldBe(ErrorCodes.Invalid);
        (await _h.WithDbAsync(db => db.ServiceAccounts.AsNoTracking().SingleAsync(a => a.Id == account.Id))).IsPaperless.ShouldBeFalse();
    }

    private Task<bool> SetAsync(ServiceAccount account, bool paperless) =>
        _h.WithAsync<SetPaperless, bool>(s => s.HandleAsync(AutopayHarness.Staff, account.Number.Value, paperless));
}
