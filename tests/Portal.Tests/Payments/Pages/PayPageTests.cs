using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Checkout;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests.Payments.Pages;

/// <summary>The resident's Pay page through to the sandbox checkout, the thank-you page, the receipt and the history.</summary>
public sealed class PayPageTests(AutopayPortalFactory factory) : IClassFixture<AutopayPortalFactory>
{
    [Fact]
    public async Task Paying_another_amount_goes_through_the_demo_checkout_to_a_posted_receipt_and_the_history()
    {
        var (_, number) = (await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail))[0];
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (status, html) = await browser.GetPageAsync($"/Payments/Pay?number={number}");
        status.ShouldBe(HttpStatusCode.OK);
        Page.MainText(html).ShouldContain($"Account {number}");
        var fields = Page.FormFields(html);
        var line = LineOf(fields, number);
        fields[$"Input.Lines[{line}].Choice"] = "other";
        fields[$"Input.Lines[{line}].OtherAmount"] = "12.34";
        foreach (var other in fields.Keys.Where(k => k.EndsWith(".Choice", StringComparison.Ordinal) && k != $"Input.Lines[{line}].Choice").ToList())
        {
            fields[other] = "none";
        }

        using var pay = await browser.PostFormAsync($"/Payments/Pay?number={number}", fields);
        pay.StatusCode.ShouldBe(HttpStatusCode.Redirect, await pay.Content.ReadAsStringAsync());
        var sandbox = pay.Headers.Location!;
        sandbox.AbsolutePath.ShouldStartWith("/Pay/Sandbox/");

        using var paid = await browser.PostFormAsync(sandbox.AbsolutePath, new Dictionary<string, string>(), sandbox.AbsolutePath + "?handler=Pay");
        paid.Headers.Location!.AbsoluteUri.ShouldBe("http://localhost/Payments/Done");
        var (_, done) = await browser.GetPageAsync("/Payments/Done");
        var thanks = Page.MainText(done);
        thanks.ShouldContain("Thank you");
        thanks.ShouldContain("$12.34");
        thanks.ShouldContain("Paid — posted to the account");

        var payment = await factory.WithDbAsync(db => db.Payments.AsNoTracking().Where(p => p.Channel == PaymentChannel.Portal && p.Status == PaymentStatus.Posted)
            .OrderByDescending(p => p.ReceiptNumber).FirstAsync());
        thanks.ShouldContain(payment.ReceiptNumber);
        var (receiptStatus, receipt) = await browser.GetPageAsync($"/Payments/Receipt/{payment.ReceiptNumber}");
        receiptStatus.ShouldBe(HttpStatusCode.OK);
        var text = Page.MainText(receipt);
        text.ShouldContain($"Receipt {payment.ReceiptNumber}");
        text.ShouldContain($"Account {number}");
        text.ShouldContain("Paid with Card");
        text.ShouldContain("$12.34");

        var (_, history) = await browser.GetPageAsync($"/Accounts/{number}/Payments");
        history.ShouldContain($"href=\"/Payments/Receipt/{payment.ReceiptNumber}\"");
        Page.MainText(history).ShouldContain("$12.34");
    }

    [Fact]
    public async Task A_pending_payment_says_so_and_asks_the_browser_to_look_again()
    {
        var (_, number) = (await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail))[0];
        var started = await factory.StartCheckoutAsync(await factory.UserIdAsync(PortalFactory.ResidentEmail), (number, 7.25m));
        var receiptNumber = await factory.WithDbAsync(db => db.Payments.Where(p => p.CheckoutId == started.CheckoutId).Select(p => p.ReceiptNumber).SingleAsync());
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        using var response = await browser.GetAsync($"/Payments/Receipt/{receiptNumber}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Page.MainText(await response.Content.ReadAsStringAsync()).ShouldContain("Pending — waiting for confirmation");
        response.Headers.GetValues("Refresh").ShouldHaveSingleItem().ShouldBe("5");
    }

    [Theory]
    [InlineData("0.50", "A payment must be at least $1.00.")]
    [InlineData("10.001", "An amount cannot have more than two decimal places.")]
    [InlineData("", "Enter the amount to pay for account {0}.")]
    [InlineData("100000", "Account {0}: the most you can pay is")]
    public async Task A_bad_amount_is_shown_next_to_its_account_and_starts_nothing(string amount, string message)
    {
        var (_, number) = (await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail))[0];
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);
        var before = await factory.WithDbAsync(db => db.CheckoutSessions.CountAsync());

        using var response = await browser.PostFormAsync($"/Payments/Pay?number={number}", new Dictionary<string, string>
        {
            ["Input.Lines[0].AccountNumber"] = number,
            ["Input.Lines[0].Choice"] = "other",
            ["Input.Lines[0].OtherAmount"] = amount,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        var expected = string.Format(System.Globalization.CultureInfo.InvariantCulture, message, number);
        Page.Errors(html).ShouldHaveSingleItem().ShouldStartWith(expected);
        html.ShouldContain("href=\"#Input_Lines_0__OtherAmount\"");
        (await factory.WithDbAsync(db => db.CheckoutSessions.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Nothing_chosen_is_refused()
    {
        var (_, number) = (await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail))[0];
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        using var response = await browser.PostFormAsync("/Payments/Pay", new Dictionary<string, string>
        {
            ["Input.Lines[0].AccountNumber"] = number,
            ["Input.Lines[0].Choice"] = "none",
        });

        Page.Errors(await response.Content.ReadAsStringAsync()).ShouldBe(["Choose at least one account to pay."]);
    }

    [Fact]
    public async Task Another_residents_account_or_receipt_is_not_found()
    {
        var other = await factory.CreateUserAsync($"payer-{Guid.NewGuid():N}@example.com");
        var mine = (await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail)).Select(a => a.Id).ToList();
        var theirs = await factory.LinkAnyAccountAsync(other.Id, mine);
        var started = await factory.StartCheckoutAsync(other.Id, (theirs, 5m));
        var theirReceipt = await factory.WithDbAsync(db => db.Payments.Where(p => p.CheckoutId == started.CheckoutId).Select(p => p.ReceiptNumber).SingleAsync());
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        (await browser.GetPageAsync($"/Payments/Receipt/{theirReceipt}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetPageAsync($"/Accounts/{theirs}/Payments")).Status.ShouldBe(HttpStatusCode.NotFound);
        using var tampered = await browser.PostFormAsync("/Payments/Pay", new Dictionary<string, string>
        {
            ["Input.Lines[0].AccountNumber"] = theirs,
            ["Input.Lines[0].Choice"] = "other",
            ["Input.Lines[0].OtherAmount"] = "5",
        });
        tampered.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_pay_page_speaks_spanish()
    {
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (_, html) = await browser.GetPageAsync("/Payments/Pay?culture=es-US");

        var text = Page.MainText(html);
        text.ShouldContain("Hacer un pago");
        text.ShouldContain("Pagar otro monto");
        text.ShouldContain("Continuar al pago");
    }

    private static int LineOf(Dictionary<string, string> fields, string number) =>
        int.Parse(fields.Single(f => f.Key.EndsWith(".AccountNumber", StringComparison.Ordinal) && f.Value == number).Key["Input.Lines[".Length..].Split(']')[0],
            System.Globalization.CultureInfo.InvariantCulture);
}
