using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Autopay;
using UtilityPortal.Domain.Payments.Paperless;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;
using UtilityPortal.TestSupport.Payments;

namespace UtilityPortal.Portal.Tests.Payments.Pages;

/// <summary>
/// A resident turns autopay on through the demo payment service's page and a bill is paid on its due date by the
/// autopay worker's round; a resident chooses e-mail bills and each bill is announced once.
/// </summary>
public sealed class AutopayAndPaperlessPageTests(AutopayPortalFactory factory) : IClassFixture<AutopayPortalFactory>
{
    [Fact]
    public async Task Autopay_is_turned_on_through_the_demo_setup_page_and_pays_the_bill_on_its_due_date()
    {
        var (accountId, number) = await NewLinkedAccountAsync();
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);
        var page = $"/Accounts/{number}/Autopay";

        var (status, before) = await browser.GetPageAsync(page);
        status.ShouldBe(HttpStatusCode.OK);
        Page.MainText(before).ShouldContain("Autopay is off.");

        using var start = await browser.PostFormAsync(page, new Dictionary<string, string> { ["Method"] = "card" });
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect, await start.Content.ReadAsStringAsync());
        var setup = start.Headers.Location!.AbsolutePath;
        setup.ShouldStartWith("/Pay/Sandbox/Setup/");
        var (setupStatus, setupHtml) = await browser.GetPageAsync(setup);
        setupStatus.ShouldBe(HttpStatusCode.OK);
        Page.MainText(setupHtml).ShouldContain($"Autopay for account {number}, with a card.");

        using var saved = await browser.PostFormAsync(setup, new Dictionary<string, string>(), setup + "?handler=Save");
        saved.Headers.Location!.OriginalString.ShouldBe($"{page}?setup=done");
        var (_, on) = await browser.FollowAsync(saved);
        Page.MainText(on).ShouldContain("Autopay is on.");
        Page.MainText(on).ShouldContain("Each bill is paid on its due date with your saved card.");
        Page.MainText(on).ShouldContain("No bill has been paid by autopay yet.");

        var billId = await DueBills.PostDueOnAsync(factory.Services, accountId, DueBills.CityToday(factory.Services));
        (await RunAutopayAsync()).ShouldBeGreaterThanOrEqualTo(1);
        (await RunAutopayAsync()).ShouldBe(0, "the next round finds the bill charged");

        var charge = await factory.WithDbAsync(db => db.AutopayCharges.AsNoTracking().SingleAsync(c => c.BillId == billId));
        var payment = await factory.WithDbAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.Id == charge.PaymentId));
        payment.Status.ShouldBe(PaymentStatus.Posted);
        payment.Channel.ShouldBe(PaymentChannel.Autopay);
        payment.ServiceAccountId.ShouldBe(accountId);
        var (_, after) = await browser.GetPageAsync(page);
        var text = Page.MainText(after);
        text.ShouldContain("Posted");
        text.ShouldContain(payment.ReceiptNumber);
        after.ShouldContain($"href=\"/Payments/Receipt/{payment.ReceiptNumber}\"");
    }

    [Fact]
    public async Task Another_residents_autopay_and_setup_pages_are_not_found()
    {
        var (accountId, number) = await NewLinkedAccountAsync();
        var owner = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);
        using var start = await owner.PostFormAsync($"/Accounts/{number}/Autopay", new Dictionary<string, string> { ["Method"] = "bank" });
        var setup = start.Headers.Location!.AbsolutePath;
        var strangerEmail = $"stranger-{Guid.NewGuid():N}@example.com";
        await factory.CreateUserAsync(strangerEmail);
        var stranger = await factory.SignedInBrowserAsync(strangerEmail);

        (await stranger.GetPageAsync($"/Accounts/{number}/Autopay")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetPageAsync(setup)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await factory.WithDbAsync(db => db.AutopayEnrollments.CountAsync(e => e.ServiceAccountId == accountId && e.Status == AutopayStatus.Active))).ShouldBe(0);
    }

    [Fact]
    public async Task Choosing_email_bills_is_shown_and_each_new_bill_is_announced_once()
    {
        var (accountId, number) = await NewLinkedAccountAsync();
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);
        var page = $"/Accounts/{number}/Paperless";
        var (status, paper) = await browser.GetPageAsync(page);
        status.ShouldBe(HttpStatusCode.OK);
        Page.InputTag(paper, "paper").ShouldContain("checked");

        using var chosen = await browser.PostFormAsync(page, new Dictionary<string, string> { ["Paperless"] = "true" });
        var (_, after) = await browser.FollowAsync(chosen);
        after.ShouldContain("Done: your bills will come by e-mail, not on paper.");
        Page.InputTag(after, "paperless").ShouldContain("checked");

        await DueBills.PostDueOnAsync(factory.Services, accountId, DueBills.CityToday(factory.Services).AddDays(21));
        (await RunPaperlessAsync()).ShouldBe(1);
        (await RunPaperlessAsync()).ShouldBe(0, "a bill is announced once");

        var notice = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.ServiceAccountId == accountId && m.Purpose == PaperlessNoticeProcessor.Purpose).ToListAsync());
        // In the holder's language (some demo customers read Spanish); either way it names the account.
        notice.ShouldHaveSingleItem().Subject!.ShouldContain(number);

        using var again = await browser.PostFormAsync(page, new Dictionary<string, string> { ["Paperless"] = "true" });
        (await browser.FollowAsync(again)).Html.ShouldContain("Nothing changed.");
    }

    private async Task<int> RunAutopayAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AutopayProcessor>().RunOnceAsync("test-node");
    }

    private async Task<int> RunPaperlessAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PaperlessNoticeProcessor>().RunOnceAsync();
    }

    /// <summary>Links an unlinked account whose holder has an e-mail address to the demo resident, one per test.</summary>
    private async Task<(Guid Id, string Number)> NewLinkedAccountAsync()
    {
        var userId = await factory.UserIdAsync(PortalFactory.ResidentEmail);
        return await factory.WithDbAsync(async db =>
        {
            var account = await db.ServiceAccounts.AsNoTracking()
                .Where(a => a.Customer!.Email != null && !db.AccountLinks.Any(l => l.ServiceAccountId == a.Id))
                .OrderBy(a => a.Number)
                .Select(a => new { a.Id, a.Number })
                .FirstAsync();
            db.AccountLinks.Add(new AccountLink(userId, account.Id, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return (account.Id, account.Number.Value);
        });
    }
}
