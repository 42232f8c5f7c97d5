using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments;

namespace UtilityPortal.BackOffice.Tests.Payments.Counter;

/// <summary>A cashier's day at the counter through the pages, as a cashier and a supervisor see it.</summary>
public sealed partial class CashierDayPagesTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task ACashierTakesAndBalancesADayOfMixedTenders()
    {
        var (browser, cashierEmail) = await SignedInAsync(StaffRoles.SpecialistI);
        var accounts = await AccountNumbersAsync();
        var batchId = await OpenBatchAsync(browser, "100.00");

        var day = new[]
        {
            (accounts[0], "50.00", Tender.Cash, ""),
            (accounts[1], "75.25", Tender.Check, "1042"),
            (accounts[2], "20.00", Tender.MoneyOrder, "MO-77"),
            (accounts[3], "33.10", Tender.CardPresent, "4242"),
            (accounts[4], "10.00", Tender.Cash, ""),
        };
        foreach (var (account, amount, tender, reference) in day)
        {
            using var taken = await TakeAsync(browser, batchId, account, amount, tender, reference);
            taken.StatusCode.ShouldBe(HttpStatusCode.Redirect, await taken.Content.ReadAsStringAsync());
            var receipt = await browser.GetAsync(taken.Headers.Location!.OriginalString);
            var html = await receipt.TextAsync();
            Html.ElementText(html, "receipt-number").ShouldStartWith("R");
            Html.ElementText(html, "receipt-account").ShouldBe(account);
            Html.ElementText(html, "receipt-amount").ShouldBe("$" + amount);
        }

        var counter = await (await browser.GetAsync("/Payments/Counter")).TextAsync();
        Html.ElementText(counter, "batch-count").ShouldBe("5");
        Html.ElementText(counter, "batch-taken").ShouldBe("$188.35");

        // A dollar short in cash; everything else counted right.
        using var closed = await browser.PostFormAsync($"/Payments/Batches/{batchId}", new Dictionary<string, string>
        {
            ["Input.CountedCash"] = "159.00",
            ["Input.CountedChecks"] = "75.25",
            ["Input.CountedMoneyOrders"] = "20.00",
            ["Input.CountedCardPresent"] = "33.10",
        });
        closed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await closed.Content.ReadAsStringAsync());
        var report = await (await browser.GetAsync($"/Payments/Batches/{batchId}")).TextAsync();
        Html.ElementText(report, "batch-status").ShouldBe("Closed");
        Html.ElementText(report, "batch-variance").ShouldBe("Short $1.00");
        var cash = Row(report, "Cash");
        cash.ShouldContain("$160.00");
        cash.ShouldContain("$159.00");
        Row(report, "Check").ShouldContain("Balanced");
        Row(report, "MoneyOrder").ShouldContain("$20.00");
        Html.TextsByClass(report, "batch-payment").Count.ShouldBe(5);

        // The closed batch takes nothing more.
        using var late = await TakeAsync(browser, batchId, accounts[0], "5.00", Tender.Cash, "");
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await late.TextAsync()).ShouldContain("That batch is closed and takes no more payments; open a new batch.");
        (await factory.WithDbAsync(db => db.Payments.CountAsync(p => p.CashierBatchId == batchId))).ShouldBe(5);

        // The supervisor sees the day's batches with the variance; a specialist may not.
        var businessDay = await factory.WithDbAsync(db => db.CashierBatches.Where(b => b.Id == batchId).Select(b => b.BusinessDay).SingleAsync());
        var (supervisor, _) = await SignedInAsync(StaffRoles.Supervisor);
        var list = await (await supervisor.GetAsync($"/Payments/Batches?day={businessDay:yyyy-MM-dd}")).TextAsync();
        Html.TextsByClass(list, "cashier-batch").ShouldContain(row => row.Contains(cashierEmail, StringComparison.Ordinal) && row.Contains("Short $1.00", StringComparison.Ordinal));
        (await browser.GetAsync("/Payments/Batches")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task BadCounterInputGetsAClearMessageAndPostsNothing()
    {
        var (browser, _) = await SignedInAsync(StaffRoles.SpecialistI);
        var account = (await AccountNumbersAsync())[6];
        var batchId = await OpenBatchAsync(browser, "");

        var cases = new[]
        {
            ("25.00", Tender.Check, "", account, "Enter the check number."),
            ("0", Tender.Cash, "", account, "The amount must be more than zero."),
            ("12.345", Tender.Cash, "", account, "An amount cannot have more than two decimal places."),
            ("10.00", Tender.MoneyOrder, " ", account, "Enter the money order number."),
            ("10.00", Tender.Cash, "", "000000000", "No account has that number."),
        };
        foreach (var (amount, tender, reference, number, message) in cases)
        {
            using var response = await TakeAsync(browser, batchId, number, amount, tender, reference);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await response.TextAsync()).ShouldContain(message);
        }

        (await factory.WithDbAsync(db => db.Payments.CountAsync(p => p.CashierBatchId == batchId))).ShouldBe(0);

        // Another cashier cannot take a payment into this batch.
        var (other, _) = await SignedInAsync(StaffRoles.SpecialistII);
        await OpenBatchAsync(other, "");
        using var foreign = await TakeAsync(other, batchId, account, "10.00", Tender.Cash, "");
        (await foreign.TextAsync()).ShouldContain("That batch belongs to another cashier");
        (await factory.WithDbAsync(db => db.Payments.CountAsync(p => p.CashierBatchId == batchId))).ShouldBe(0);
    }

    [Fact]
    public async Task APaymentOnTheWrongAccountIsMovedAndAReturnedCheckCharged()
    {
        var (browser, _) = await SignedInAsync(StaffRoles.SpecialistI);
        var accounts = await AccountNumbersAsync();
        var batchId = await OpenBatchAsync(browser, "");
        using var taken = await TakeAsync(browser, batchId, accounts[8], "44.00", Tender.Check, "5150");
        var paymentUrl = taken.Headers.Location!.OriginalString.Replace("/Receipt/", "/Payment/", StringComparison.Ordinal);

        using var moved = await browser.PostFormAsync(paymentUrl, new Dictionary<string, string>
        {
            ["Move.ToAccountNumber"] = accounts[9],
            ["Move.Reason"] = "Wrong stub",
        }, paymentUrl + "?handler=Move");
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await moved.Content.ReadAsStringAsync());
        var original = await (await browser.GetAsync(paymentUrl)).TextAsync();
        Html.ElementText(original, "payment-status").ShouldBe($"Reversed – Moved to account {accounts[9]}: Wrong stub");
        original.ShouldContain($"The payment was moved from account {accounts[8]} to account {accounts[9]}");

        var newId = await factory.WithDbAsync(db => db.Payments.Where(p => p.Reference == "5150" && p.Status == PaymentStatus.Posted).Select(p => p.Id).SingleAsync());
        var newUrl = $"/Payments/Counter/Payment/{newId}";
        using var returned = await browser.PostFormAsync(newUrl, new Dictionary<string, string> { ["Return.Reason"] = "Account closed" }, newUrl + "?handler=Returned");
        returned.StatusCode.ShouldBe(HttpStatusCode.Redirect, await returned.Content.ReadAsStringAsync());
        var page = await (await browser.GetAsync(newUrl)).TextAsync();
        Html.ElementText(page, "payment-status").ShouldBe("Reversed – Returned check: Account closed");
        page.ShouldContain($"The check was reversed and a returned-payment fee of $25.00 was charged to account {accounts[9]}.");
    }

    private async Task<(HttpClient Browser, string Email)> SignedInAsync(string role)
    {
        var email = await Staff.CreateAsync(factory.Services, role);
        var browser = factory.CreateBrowser();
        using var signIn = await browser.SignInAsync(email, Staff.Password);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (browser, email);
    }

    private Task<List<string>> AccountNumbersAsync() =>
        factory.WithDbAsync(async db => (await db.ServiceAccounts.AsNoTracking().Select(a => a.Number).ToListAsync()).Select(n => n.Value).Order(StringComparer.Ordinal).ToList());

    private static async Task<Guid> OpenBatchAsync(HttpClient browser, string openingFloat)
    {
        using var opened = await browser.PostFormAsync("/Payments/Counter", new Dictionary<string, string> { ["Opening.OpeningFloat"] = openingFloat }, "/Payments/Counter?handler=Open");
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect, await opened.Content.ReadAsStringAsync());
        var page = await (await browser.GetAsync("/Payments/Counter")).Content.ReadAsStringAsync();
        return Guid.Parse(BatchPattern().Match(page).Groups[1].Value);
    }

    private static Task<HttpResponseMessage> TakeAsync(HttpClient browser, Guid batchId, string account, string amount, Tender tender, string reference) =>
        browser.PostFormAsync("/Payments/Counter", new Dictionary<string, string>
        {
            ["Input.AccountNumber"] = account,
            ["Input.Amount"] = amount,
            ["Input.Tender"] = tender.ToString(),
            ["Input.Reference"] = reference,
        }, $"/Payments/Counter?handler=Take&batchId={batchId}");

    /// <summary>The text of the totals row of one tender.</summary>
    private static string Row(string html, string tender) =>
        Regex.Match(html, $"<tr class=\"tender-line\" data-tender=\"{tender}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;

    [GeneratedRegex("id=\"open-batch-summary\" data-batch=\"([0-9a-f-]+)\"")]
    private static partial Regex BatchPattern();
}
