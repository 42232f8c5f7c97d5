using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.BackOffice.Tests.Billing;

/// <summary>The account's billing tab and the staff bill page, driven as a specialist drives them.</summary>
public sealed class AccountBillingTests(AccountBillingFactory factory) : IClassFixture<AccountBillingFactory>
{
    private static readonly DateOnly October3 = new(2026, 10, 3);
    private static readonly DateOnly November3 = new(2026, 11, 3);

    [Fact]
    public async Task TheTab_ListsTheAccountsBills_AndItsMetersRecentReads()
    {
        var account = await factory.AddAccountAsync(reads: [(October3, 10_000, null), (November3, 17_500, "LEAK")]);
        var posted = await factory.PostedOffCycleBillAsync(account.Number);
        using var browser = await factory.SignedInAsync();

        using var details = await browser.GetAsync($"/Accounts/{account.Number}");
        using var tab = await browser.GetAsync($"/Accounts/{account.Number}/Billing");

        (await details.Content.ReadAsStringAsync()).ShouldContain($"href=\"/Accounts/{account.Number}/Billing\"");
        tab.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await tab.Content.ReadAsStringAsync();
        var bills = Html.ElementText(html, "bills");
        bills.ShouldContain("Off-cycle bill");
        bills.ShouldContain("7,500");
        bills.ShouldContain("$124.68");
        bills.ShouldContain("Posted");
        bills.ShouldContain(posted.DueOn!.Value.ToString("d", System.Globalization.CultureInfo.GetCultureInfo("en-US")));
        html.ShouldContain($"href=\"/Accounts/{account.Number}/Bills/{posted.Id:D}\"");
        var reads = Html.ElementText(html, "reads");
        reads.ShouldContain(account.MeterSerial);
        reads.ShouldContain("17,500");
        reads.ShouldContain("10,000");
        reads.ShouldContain("AMR");
        reads.ShouldContain("LEAK");
    }

    [Fact]
    public async Task AnOffCycleBill_IsPreparedFromTheTab_AndIssuedFromItsPage()
    {
        var account = await factory.AddAccountAsync(reads: [(October3, 10_000, null), (November3, 17_500, null)]);
        using var browser = await factory.SignedInAsync();

        using var prepared = await PrepareAsync(browser, account.Number, BillKind.OffCycle, ("Input.From", "2026-10-04"), ("Input.To", "2026-11-03"));
        prepared.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var billPage = prepared.Headers.Location!.OriginalString;
        var draft = (await factory.BillsOfAsync(account.Id)).ShouldHaveSingleItem();
        billPage.ShouldBe($"/Accounts/{account.Number}/Bills/{draft.Id:D}");
        var draftHtml = await (await browser.GetAsync(billPage)).Content.ReadAsStringAsync();
        using var issued = await browser.PostFormAsync(billPage, new Dictionary<string, string>(), billPage + "?handler=Issue");
        var issuedHtml = await (await browser.GetAsync(billPage)).Content.ReadAsStringAsync();
        var journal = await factory.JournalAsync(account.Id);

        draft.Kind.ShouldBe(BillKind.OffCycle);
        draft.Status.ShouldBe(BillStatus.Draft);
        Html.ElementText(draftHtml, "bill-status").ShouldStartWith("Draft");
        Html.ElementText(draftHtml, "bill-charges").ShouldBe("$124.68");
        var lines = Html.ElementText(draftHtml, "bill-lines");
        lines.ShouldContain("Water tier 2 (6,001–15,000 gal): 1,500 gal");
        lines.ShouldContain("Sewer subtotal");
        Html.ElementText(draftHtml, "bill-schedule").ShouldBe("FY2026, version 1");
        issued.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var charge = journal.ShouldHaveSingleItem();
        charge.Kind.ShouldBe(EntryKind.Charge);
        charge.Amount.ShouldBe(Money.Of(124.68m));
        charge.IdempotencyKey.ShouldBe(Bill.LedgerKeyOf(draft.Id));
        charge.PostedBy.ShouldBe(Staff.SpecialistI);
        Html.ElementText(issuedHtml, "bill-status").ShouldStartWith("Posted");
        Html.ElementText(issuedHtml, "ledger-net").ShouldBe("$124.68");
        Html.ElementText(issuedHtml, "bill-total").ShouldBe("$124.68");
    }

    [Fact]
    public async Task AFinalBill_FromTheTab_IsProrated_AndAppliesTheDeposit_AsTheLedgerShows()
    {
        var account = await factory.AddAccountAsync(role: AccountRole.Tenant, reads: [(October3, 12_000, null), (November3, 20_000, null)]);
        await factory.DepositAsync(account.Id, 150m);
        using var browser = await factory.SignedInAsync();

        // Moves out November 8: 5 days of the 30-day period November 4 to December 3; the final read shows 23,000.
        using var prepared = await PrepareAsync(browser, account.Number, BillKind.Final, ("Input.MoveOutDate", "2026-11-08"), ("Input.FinalRegister", "23000"));
        var billPage = prepared.Headers.Location!.OriginalString;
        using var issued = await browser.PostFormAsync(billPage, new Dictionary<string, string>(), billPage + "?handler=Issue");
        var html = await (await browser.GetAsync(billPage)).Content.ReadAsStringAsync();
        var bill = (await factory.BillsOfAsync(account.Id)).ShouldHaveSingleItem();
        var journal = await factory.JournalAsync(account.Id);
        var status = await factory.WithDbAsync(db => db.ServiceAccounts.Where(a => a.Id == account.Id).Select(a => a.Status).SingleAsync());

        prepared.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        issued.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        bill.Kind.ShouldBe(BillKind.Final);
        (bill.ServiceFrom, bill.ServiceTo, bill.ServiceDays, bill.PeriodDays).ShouldBe((new DateOnly(2026, 11, 4), new DateOnly(2026, 11, 8), 5, 30));
        bill.Lines.Single(l => l.Description.StartsWith("Water base charge", StringComparison.Ordinal)).Amount.ShouldBe(Money.Of(2.07m)); // 12.40 x 5/30
        bill.Lines.Single(l => l.Description.StartsWith("Refuse", StringComparison.Ordinal)).Amount.ShouldBe(Money.Of(4.10m));    // 24.60 x 5/30
        journal.Single(e => e.Kind == EntryKind.Charge).Amount.ShouldBe(bill.CurrentCharges);
        bill.CurrentCharges.ShouldBe(Money.Of(35.62m));
        journal.Single(e => e.Kind == EntryKind.DepositApplication).Amount.ShouldBe(Money.Of(-150m));
        bill.DepositApplied.ShouldBe(Money.Of(-150m));
        journal.Sum(e => e.Amount.Amount).ShouldBe(bill.TotalDue.Amount);
        bill.TotalDue.ShouldBe(Money.Of(-114.38m));
        journal.Sum(e => e.DepositAmount.Amount).ShouldBe(0m);
        status.ShouldBe(AccountStatus.FinalBilled);
        Html.ElementText(html, "bill-deposit").ShouldBe("-$150.00");
        Html.ElementText(html, "bill-total").ShouldBe("-$114.38");
        Html.ElementText(html, "bill-ledger").ShouldContain("Deposit applied to final bill");
        Html.ElementText(html, "ledger-net").ShouldBe("-$114.38");
    }

    [Fact]
    public async Task CancelAndRebill_NeedsAReason_ThenReversesTheChargeToZero_AndShowsTheReplacement()
    {
        var account = await factory.AddAccountAsync(reads: [(October3, 10_000, null), (November3, 17_500, null)]);
        var posted = await factory.PostedOffCycleBillAsync(account.Number);
        var originalPage = $"/Accounts/{account.Number}/Bills/{posted.Id:D}";
        using var browser = await factory.SignedInAsync();

        using var noReason = await browser.PostFormAsync(originalPage, new Dictionary<string, string> { ["Input.Reason"] = " " }, originalPage + "?handler=Cancel");
        var afterRefusal = await factory.JournalAsync(account.Id);
        using var cancelled = await browser.PostFormAsync(originalPage,
            new Dictionary<string, string> { ["Input.Reason"] = "Customer moved in on the 4th, not the 1st" }, originalPage + "?handler=Cancel");
        var replacementPage = cancelled.Headers.Location!.OriginalString;
        var replacementHtml = await (await browser.GetAsync(replacementPage)).Content.ReadAsStringAsync();
        var originalHtml = await (await browser.GetAsync(originalPage)).Content.ReadAsStringAsync();
        var journal = await factory.JournalAsync(account.Id);
        var bills = await factory.BillsOfAsync(account.Id);

        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noReason.TextAsync()).ShouldContain("Say why the bill is cancelled.");
        afterRefusal.ShouldHaveSingleItem();
        cancelled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var replacement = bills.Single(b => b.Id != posted.Id);
        replacementPage.ShouldBe($"/Accounts/{account.Number}/Bills/{replacement.Id:D}");
        replacement.ReplacesBillId.ShouldBe(posted.Id);
        replacement.Status.ShouldBe(BillStatus.Draft);
        bills.Single(b => b.Id == posted.Id).Status.ShouldBe(BillStatus.Cancelled);
        var charge = journal.Single(e => e.IdempotencyKey == Bill.LedgerKeyOf(posted.Id));
        var reversal = journal.Single(e => e.IdempotencyKey == Bill.ReversalKeyOf(posted.Id));
        (charge.Amount + reversal.Amount).ShouldBe(Money.Zero);
        journal.Sum(e => e.Amount.Amount).ShouldBe(0m);
        Html.ElementText(originalHtml, "ledger-net").ShouldBe("$0.00");
        Html.ElementText(originalHtml, "bill-ledger").ShouldContain("Reversal");
        Html.ElementText(originalHtml, "cancel-reason").ShouldContain("Customer moved in on the 4th, not the 1st");
        originalHtml.ShouldContain($"href=\"{replacementPage}\"");
        replacementHtml.ShouldContain($"href=\"{originalPage}\"");
        Html.ElementText(replacementHtml, "bill-status").ShouldStartWith("Draft");
    }

    [Fact]
    public async Task BadInput_GetsAClearMessage_AndWritesNothing()
    {
        var account = await factory.AddAccountAsync(reads: [(October3, 10_000, null), (November3, 17_500, null)]);
        using var browser = await factory.SignedInAsync();

        using var backwards = await PrepareAsync(browser, account.Number, BillKind.OffCycle, ("Input.From", "2026-11-03"), ("Input.To", "2026-10-04"));
        using var noMoveOut = await PrepareAsync(browser, account.Number, BillKind.Final, ("Input.MoveOutDate", ""));
        using var future = await PrepareAsync(browser, account.Number, BillKind.Final, ("Input.MoveOutDate", "2026-12-01"));
        using var notADate = await PrepareAsync(browser, account.Number, BillKind.OffCycle, ("Input.From", "2026-13-45"), ("Input.To", "2026-11-03"));
        using var cycle = await PrepareAsync(browser, account.Number, BillKind.Cycle);

        foreach (var (response, message) in new[]
        {
            (backwards, "Enter the first and last day the bill covers."),
            (noMoveOut, "Enter the day service stops."),
            (future, "The move-out day must be between the day service started and today."),
            (notADate, "First day billed"),
            (cycle, "Choose an initial, final, off-cycle or deposit bill; cycle bills come from bill runs."),
        })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var text = await response.TextAsync();
            text.ShouldContain("There is a problem");
            text.ShouldContain(message);
        }

        (await factory.BillsOfAsync(account.Id)).ShouldBeEmpty();
        (await factory.JournalAsync(account.Id)).ShouldBeEmpty();
        (await factory.WithDbAsync(db => db.ServiceAccounts.Where(a => a.Id == account.Id).Select(a => a.Status).SingleAsync())).ShouldBe(AccountStatus.Active);
    }

    [Fact]
    public async Task ABillIsShownOnlyUnderItsOwnAccount()
    {
        var account = await factory.AddAccountAsync(reads: [(October3, 10_000, null), (November3, 17_500, null)]);
        var other = await factory.AddAccountAsync();
        var posted = await factory.PostedOffCycleBillAsync(account.Number);
        using var browser = await factory.SignedInAsync();

        using var wrongAccount = await browser.GetAsync($"/Accounts/{other.Number}/Bills/{posted.Id:D}");
        using var noSuchBill = await browser.GetAsync($"/Accounts/{account.Number}/Bills/{Guid.NewGuid():D}");

        wrongAccount.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noSuchBill.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OnlyStaffReachTheTabAndTheBillPage()
    {
        var account = await factory.AddAccountAsync(reads: [(October3, 10_000, null), (November3, 17_500, null)]);
        var posted = await factory.PostedOffCycleBillAsync(account.Number);
        string[] pages = [$"/Accounts/{account.Number}/Billing", $"/Accounts/{account.Number}/Bills/{posted.Id:D}"];
        using var anonymous = factory.CreateBrowser();
        using var resident = factory.CreateBrowser();
        using var residentSignIn = await resident.SignInAsync(Staff.Resident);
        using var roleless = factory.CreateBrowser();
        (await roleless.SignInAsync(await Staff.CreateAsync(factory.Services, PublicRoles.Resident), Staff.Password)).Dispose();

        foreach (var page in pages)
        {
            using var signIn = await anonymous.GetAsync(page);
            signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            signIn.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
            using var asResident = await resident.GetAsync(page);
            asResident.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            asResident.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
            using var denied = await roleless.GetAsync(page);
            denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            denied.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");
        }

        // A post without a staff role changes nothing either.
        using var forged = await roleless.PostAsync(pages[1] + "?handler=Cancel", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Reason"] = "x" }));
        forged.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await factory.BillsOfAsync(account.Id)).ShouldHaveSingleItem().Status.ShouldBe(BillStatus.Posted);
    }

    [Fact]
    public async Task InSpanish_TheTabAndTheBillPageSpeakSpanish_AndARefusalIsTranslated()
    {
        var account = await factory.AddAccountAsync(reads: [(October3, 10_000, null), (November3, 17_500, null)]);
        var posted = await factory.PostedOffCycleBillAsync(account.Number);
        using var browser = await factory.SignedInAsync();
        (await browser.PostFormAsync("/Language", new Dictionary<string, string> { ["language"] = "es", ["returnUrl"] = "/" })).Dispose();
        var billPage = $"/Accounts/{account.Number}/Bills/{posted.Id:D}";

        var tab = await (await browser.GetAsync($"/Accounts/{account.Number}/Billing")).TextAsync();
        var bill = await (await browser.GetAsync(billPage)).TextAsync();
        using var refused = await browser.PostFormAsync(billPage, new Dictionary<string, string> { ["Input.Reason"] = "" }, billPage + "?handler=Cancel");

        tab.ShouldContain("Lecturas recientes del medidor");
        tab.ShouldContain("Factura fuera de ciclo");
        tab.ShouldContain("Preparar una factura");
        bill.ShouldContain("Cargos por servicio y tramo");
        bill.ShouldContain("Efecto en el libro mayor");
        (await refused.TextAsync()).ShouldContain("Indique por qué se anula la factura.");
    }

    private static Task<HttpResponseMessage> PrepareAsync(HttpClient browser, string number, BillKind kind, params (string Name, string Value)[] fields)
    {
        var form = fields.ToDictionary(f => f.Name, f => f.Value);
        form["Input.Kind"] = kind.ToString();
        return browser.PostFormAsync($"/Accounts/{number}/Billing", form, $"/Accounts/{number}/Billing?handler=Prepare");
    }
}
