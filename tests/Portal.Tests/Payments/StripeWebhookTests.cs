using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Checkout;
using UtilityPortal.Portal.Tests.Support;

namespace UtilityPortal.Portal.Tests.Payments;

/// <summary>The portal payment flow with Stripe replaced at the HTTP level and webhooks signed exactly as Stripe signs them.</summary>
public sealed class StripeWebhookTests(StripePortalFactory factory) : IClassFixture<StripePortalFactory>
{
    [Fact]
    public async Task A_checkout_opens_a_Stripe_session_and_the_signed_webhook_posts_each_payment_once_with_a_receipt()
    {
        var (checkoutId, accounts) = await StartAsync(12.34m, 5.00m);

        var request = factory.Stripe.Requests.Single(r => r.Path == "/v1/checkout/sessions" && r.Form.Contains(checkoutId.ToString(), StringComparison.Ordinal));
        request.Form.ShouldContain("mode=payment");
        request.Form.ShouldContain("line_items[0][price_data][unit_amount]=1234");
        request.Form.ShouldContain("line_items[1][price_data][unit_amount]=500");
        request.Form.ShouldContain($"metadata[checkout_id]={checkoutId}");
        request.Form.ShouldContain($"payment_intent_data[metadata][checkout_id]={checkoutId}");
        request.IdempotencyKey.ShouldBe($"checkout:{checkoutId}");
        (await PaymentsAsync(checkoutId)).ShouldAllBe(p => p.Status == PaymentStatus.Pending);

        (await factory.DeliverAsync(StripeEvents.CheckoutCompleted(checkoutId, "pi_flow_1"))).ShouldBe(HttpStatusCode.OK);

        var payments = await PaymentsAsync(checkoutId);
        payments.ShouldAllBe(p => p.Status == PaymentStatus.Posted && p.GatewayReference == "pi_flow_1");
        (await JournalAsync(payments)).Select(e => e.Amount).OrderBy(a => a).ShouldBe([Money.Of(-12.34m), Money.Of(-5.00m)]);
        (await ReceiptsAsync(payments)).Count.ShouldBe(2);
        (await factory.WithDbAsync(db => db.CheckoutSessions.SingleAsync(c => c.Id == checkoutId))).Status.ShouldBe(CheckoutStatus.Completed);
        accounts.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("tampered body")]
    [InlineData("wrong secret")]
    [InlineData("stale timestamp")]
    [InlineData("no signature")]
    public async Task A_tampered_wrongly_signed_or_stale_webhook_is_refused_and_posts_nothing(string fault)
    {
        var (checkoutId, _) = await StartAsync(7.00m);
        var payload = StripeEvents.CheckoutCompleted(checkoutId, "pi_bad_" + Guid.NewGuid().ToString("N")[..8]);
        var now = DateTimeOffset.UtcNow;
        var (body, signature) = fault switch
        {
            "tampered body" => (payload.Replace("\"paid\"", "\"paid\" ", StringComparison.Ordinal), StripePortalFactory.Sign(payload, now)),
            "wrong secret" => (payload, StripePortalFactory.Sign(payload, now, "whsec_someone_else")),
            "stale timestamp" => (payload, StripePortalFactory.Sign(payload, now.AddSeconds(-301))),
            _ => (payload, string.Empty),
        };

        (await factory.DeliverAsync(body, signature)).ShouldBe(HttpStatusCode.BadRequest);

        var payments = await PaymentsAsync(checkoutId);
        payments.ShouldAllBe(p => p.Status == PaymentStatus.Pending);
        (await JournalAsync(payments)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Twenty_identical_deliveries_in_parallel_post_once()
    {
        var (checkoutId, _) = await StartAsync(20.00m);
        var payload = StripeEvents.CheckoutCompleted(checkoutId, "pi_parallel_1");

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => factory.DeliverAsync(payload)));

        answers.ShouldAllBe(a => a == HttpStatusCode.OK);
        var payments = await PaymentsAsync(checkoutId);
        (await JournalAsync(payments)).Count.ShouldBe(1);
        (await ReceiptsAsync(payments)).Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("completed,succeeded,failed")]
    [InlineData("succeeded,completed,failed")]
    [InlineData("failed,succeeded,completed")]
    [InlineData("failed,completed,succeeded")]
    [InlineData("succeeded,failed,completed")]
    [InlineData("completed,failed,succeeded")]
    public async Task Any_order_of_the_events_ends_in_the_same_ledger(string order)
    {
        var (checkoutId, _) = await StartAsync(9.99m, 1.00m);
        var intent = "pi_order_" + Guid.NewGuid().ToString("N")[..8];
        var events = new Dictionary<string, string>
        {
            ["completed"] = StripeEvents.CheckoutCompleted(checkoutId, intent),
            ["succeeded"] = StripeEvents.PaymentSucceeded(checkoutId, intent),
            // An earlier attempt with another card was declined; Stripe may deliver that event late.
            ["failed"] = StripeEvents.PaymentFailed(checkoutId, intent),
        };

        foreach (var name in order.Split(','))
        {
            (await factory.DeliverAsync(events[name])).ShouldBe(HttpStatusCode.OK);
        }

        // A repeat of everything changes nothing.
        foreach (var payload in events.Values)
        {
            (await factory.DeliverAsync(payload)).ShouldBe(HttpStatusCode.OK);
        }

        var payments = await PaymentsAsync(checkoutId);
        payments.ShouldAllBe(p => p.Status == PaymentStatus.Posted);
        (await JournalAsync(payments)).Select(e => e.Amount).OrderBy(a => a).ShouldBe([Money.Of(-9.99m), Money.Of(-1.00m)]);
        (await ReceiptsAsync(payments)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_posting_leaves_nothing_and_the_retry_posts_once()
    {
        var (checkoutId, _) = await StartAsync(15.00m, 2.50m);
        var payload = StripeEvents.CheckoutCompleted(checkoutId, "pi_crash_1");
        factory.Failure.FailNextJournalInsert();

        (await factory.DeliverAsync(payload)).ShouldBe(HttpStatusCode.InternalServerError);

        var payments = await PaymentsAsync(checkoutId);
        payments.ShouldAllBe(p => p.Status == PaymentStatus.Pending && p.GatewayReference == null);
        (await JournalAsync(payments)).ShouldBeEmpty();
        (await ReceiptsAsync(payments)).ShouldBeEmpty();

        (await factory.DeliverAsync(payload)).ShouldBe(HttpStatusCode.OK, "Stripe's retry");
        (await factory.DeliverAsync(payload)).ShouldBe(HttpStatusCode.OK, "and a duplicate of it");

        payments = await PaymentsAsync(checkoutId);
        payments.ShouldAllBe(p => p.Status == PaymentStatus.Posted);
        (await JournalAsync(payments)).Count.ShouldBe(2);
        (await ReceiptsAsync(payments)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_burst_of_different_events_written_together_posts_each_payment_once()
    {
        var checkouts = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            checkouts.Add((await StartAsync(10.00m + i)).CheckoutId);
        }

        // Both events of every checkout, shuffled and all at once: they queue behind each other and are written in batches.
        var payloads = checkouts.SelectMany(c => new[] { StripeEvents.CheckoutCompleted(c, $"pi_burst_{c:N}"), StripeEvents.PaymentSucceeded(c, $"pi_burst_{c:N}") })
            .OrderBy(_ => Random.Shared.Next()).ToList();
        var answers = await Task.WhenAll(payloads.Select(p => factory.DeliverAsync(p)));

        answers.ShouldAllBe(a => a == HttpStatusCode.OK);
        foreach (var checkoutId in checkouts)
        {
            var payments = await PaymentsAsync(checkoutId);
            payments.ShouldAllBe(p => p.Status == PaymentStatus.Posted && p.GatewayReference == $"pi_burst_{checkoutId:N}");
            (await JournalAsync(payments)).Count.ShouldBe(1);
            (await ReceiptsAsync(payments)).Count.ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_failure_inside_a_burst_is_retried_event_by_event_and_every_payment_posts_once()
    {
        var checkouts = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            checkouts.Add((await StartAsync(20.00m + i)).CheckoutId);
        }

        factory.Failure.FailNextJournalInsert();
        var first = await Task.WhenAll(checkouts.Select(c => factory.DeliverAsync(StripeEvents.CheckoutCompleted(c, $"pi_burstfail_{c:N}"))));
        // Whatever failed answered 500 and left nothing; Stripe delivers those again.
        first.ShouldAllBe(a => a == HttpStatusCode.OK || a == HttpStatusCode.InternalServerError);
        var retries = await Task.WhenAll(checkouts.Select(c => factory.DeliverAsync(StripeEvents.CheckoutCompleted(c, $"pi_burstfail_{c:N}"))));

        retries.ShouldAllBe(a => a == HttpStatusCode.OK);
        foreach (var checkoutId in checkouts)
        {
            var payments = await PaymentsAsync(checkoutId);
            payments.ShouldAllBe(p => p.Status == PaymentStatus.Posted);
            (await JournalAsync(payments)).Count.ShouldBe(1);
            (await ReceiptsAsync(payments)).Count.ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_bank_debit_that_fails_after_the_customer_left_posts_nothing_and_tells_them_once()
    {
        var (checkoutId, _) = await StartAsync(42.00m);
        (await factory.DeliverAsync(StripeEvents.CheckoutCompleted(checkoutId, "pi_debit_1", paid: false))).ShouldBe(HttpStatusCode.OK);
        (await PaymentsAsync(checkoutId)).ShouldAllBe(p => p.Status == PaymentStatus.Pending && p.GatewayReference == "pi_debit_1");

        var failed = StripeEvents.PaymentFailed(checkoutId, "pi_debit_1");
        (await factory.DeliverAsync(failed)).ShouldBe(HttpStatusCode.OK);
        (await factory.DeliverAsync(failed)).ShouldBe(HttpStatusCode.OK, "a repeat");

        var payments = await PaymentsAsync(checkoutId);
        payments.ShouldAllBe(p => p.Status == PaymentStatus.Failed);
        (await JournalAsync(payments)).ShouldBeEmpty();
        var keys = payments.Select(p => $"payment-failed:{p.Id:N}:email").ToList();
        var notices = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.Key)).ToListAsync());
        notices.Count.ShouldBe(1);
        notices[0].Body.ShouldContain("$42.00");
        notices[0].Body.ShouldContain("did not go through");
    }

    [Fact]
    public async Task A_card_declined_on_the_payment_page_sends_no_e_mail()
    {
        var (checkoutId, _) = await StartAsync(8.00m);

        (await factory.DeliverAsync(StripeEvents.PaymentFailed(checkoutId, "pi_card_declined_1"))).ShouldBe(HttpStatusCode.OK);

        var payments = await PaymentsAsync(checkoutId);
        payments.ShouldAllBe(p => p.Status == PaymentStatus.Failed);
        var keys = payments.Select(p => $"payment-failed:{p.Id:N}:email").ToList();
        (await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().CountAsync(m => keys.Contains(m.Key)))).ShouldBe(0);
    }

    [Fact]
    public async Task An_unknown_event_type_is_acknowledged_and_changes_nothing()
    {
        var before = await factory.WithDbAsync(db => db.JournalEntries.CountAsync());

        (await factory.DeliverAsync(StripeEvents.Unknown())).ShouldBe(HttpStatusCode.OK);

        (await factory.WithDbAsync(db => db.JournalEntries.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_sandbox_page_does_not_exist_when_Stripe_is_the_gateway()
    {
        var (checkoutId, _) = await StartAsync(3.00m);
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (status, _) = await browser.GetPageAsync($"/Pay/Sandbox/{checkoutId}");

        status.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<(Guid CheckoutId, List<(Guid Id, string Number)> Accounts)> StartAsync(params decimal[] amounts)
    {
        var accounts = await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail);
        var userId = await factory.UserIdAsync(PortalFactory.ResidentEmail);
        var started = await factory.StartCheckoutAsync(userId, [.. amounts.Select((amount, i) => (accounts[i].Number, amount))]);
        started.RedirectUrl.Host.ShouldBe("checkout.stripe.test");
        return (started.CheckoutId, accounts.Take(amounts.Length).ToList());
    }

    private Task<List<Payment>> PaymentsAsync(Guid checkoutId) =>
        factory.WithDbAsync(db => db.Payments.AsNoTracking().Where(p => p.CheckoutId == checkoutId).ToListAsync());

    private Task<List<JournalEntry>> JournalAsync(List<Payment> payments)
    {
        var keys = payments.Select(p => p.JournalKey).ToList();
        return factory.WithDbAsync(db => db.JournalEntries.AsNoTracking().Where(e => keys.Contains(e.IdempotencyKey)).ToListAsync());
    }

    private Task<List<OutboxMessage>> ReceiptsAsync(List<Payment> payments)
    {
        var keys = payments.Select(p => $"payment-receipt:{p.Id:N}:email").ToList();
        return factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.Key)).ToListAsync());
    }
}
