using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Checkout;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests.Payments;

/// <summary>The demo checkout (no Stripe keys) through the pages, as a resident clicks through it.</summary>
public sealed class SandboxCheckoutTests(PaymentsPortalFactory factory) : IClassFixture<PaymentsPortalFactory>
{
    [Fact]
    public async Task Paying_on_the_demo_page_posts_the_payment_once_and_queues_its_receipt()
    {
        var (checkoutId, number) = await StartAsync(25.50m);
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (status, html) = await browser.GetPageAsync($"/Pay/Sandbox/{checkoutId}");
        status.ShouldBe(HttpStatusCode.OK);
        var text = Page.MainText(html);
        text.ShouldContain("Demo checkout — no real money");
        text.ShouldContain(number);
        text.ShouldContain("$25.50");

        using var pay = await browser.PostFormAsync($"/Pay/Sandbox/{checkoutId}", new Dictionary<string, string>(), $"/Pay/Sandbox/{checkoutId}?handler=Pay");
        pay.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        pay.Headers.Location!.AbsoluteUri.ShouldBe("http://localhost/Pay/Done");

        // Pressing Pay again (a double click, the back button) changes nothing.
        using var again = await browser.PostFormAsync($"/Pay/Sandbox/{checkoutId}", new Dictionary<string, string>(), $"/Pay/Sandbox/{checkoutId}?handler=Pay");
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var payment = await factory.WithDbAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.CheckoutId == checkoutId));
        payment.Status.ShouldBe(PaymentStatus.Posted);
        var journal = await factory.WithDbAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.IdempotencyKey == payment.JournalKey).ToListAsync());
        journal.Single().Amount.ShouldBe(Money.Of(-25.50m));
        var receipt = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Key == $"payment-receipt:{payment.Id:N}:email"));
        receipt.Recipient.ShouldBe(PortalFactory.ResidentEmail);
        receipt.Body.ShouldContain(payment.ReceiptNumber);
        receipt.Body.ShouldContain("$25.50");
    }

    [Fact]
    public async Task Declining_on_the_demo_page_fails_the_payment_and_posts_nothing()
    {
        var (checkoutId, _) = await StartAsync(8.00m);
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        using var decline = await browser.PostFormAsync($"/Pay/Sandbox/{checkoutId}", new Dictionary<string, string>(),
            $"/Pay/Sandbox/{checkoutId}?handler=Decline");

        decline.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        decline.Headers.Location!.AbsoluteUri.ShouldBe("http://localhost/Pay/Cancelled");
        var payment = await factory.WithDbAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.CheckoutId == checkoutId));
        payment.Status.ShouldBe(PaymentStatus.Failed);
        payment.FailureReason.ShouldBe("The sandbox card was declined.");
        (await factory.WithDbAsync(db => db.JournalEntries.CountAsync(e => e.IdempotencyKey == payment.JournalKey))).ShouldBe(0);
        (await factory.WithDbAsync(db => db.CheckoutSessions.SingleAsync(c => c.Id == checkoutId))).Status.ShouldBe(CheckoutStatus.Failed);
    }

    [Fact]
    public async Task Cancelling_returns_to_the_cancel_page_and_posts_nothing()
    {
        var (checkoutId, _) = await StartAsync(4.00m);
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        using var cancel = await browser.PostFormAsync($"/Pay/Sandbox/{checkoutId}", new Dictionary<string, string>(),
            $"/Pay/Sandbox/{checkoutId}?handler=Cancel");

        cancel.Headers.Location!.AbsoluteUri.ShouldBe("http://localhost/Pay/Cancelled");
        (await factory.WithDbAsync(db => db.CheckoutSessions.SingleAsync(c => c.Id == checkoutId))).Status.ShouldBe(CheckoutStatus.Cancelled);
        var payment = await factory.WithDbAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.CheckoutId == checkoutId));
        (await factory.WithDbAsync(db => db.JournalEntries.CountAsync(e => e.IdempotencyKey == payment.JournalKey))).ShouldBe(0);
    }

    [Fact]
    public async Task Another_resident_cannot_open_or_press_someone_elses_demo_checkout()
    {
        var (checkoutId, _) = await StartAsync(6.00m);
        var other = await factory.CreateUserAsync($"other-{Guid.NewGuid():N}@example.com");
        var browser = await factory.SignedInBrowserAsync(other.Email!);

        (await browser.GetPageAsync($"/Pay/Sandbox/{checkoutId}")).Status.ShouldBe(HttpStatusCode.NotFound);
        using var pay = await browser.PostFormAsync("/Accounts/Link", new Dictionary<string, string>(), $"/Pay/Sandbox/{checkoutId}?handler=Pay");
        pay.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);

        (await factory.WithDbAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.CheckoutId == checkoutId))).Status.ShouldBe(PaymentStatus.Pending);
    }

    private async Task<(Guid CheckoutId, string Number)> StartAsync(decimal amount)
    {
        var number = (await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail))[0].Number;
        var started = await factory.StartCheckoutAsync(await factory.UserIdAsync(PortalFactory.ResidentEmail), (number, amount));
        started.RedirectUrl.AbsoluteUri.ShouldBe($"http://localhost/Pay/Sandbox/{started.CheckoutId}");
        return (started.CheckoutId, number);
    }
}
