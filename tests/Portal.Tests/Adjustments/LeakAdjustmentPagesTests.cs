using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests.Adjustments;

/// <summary>After a repaired leak, a resident asks for an adjustment of one bill with the plumber's invoice and follows it.</summary>
public sealed class LeakAdjustmentPagesTests(PortalFactory site) : IClassFixture<PortalFactory>
{
    private static readonly byte[] Invoice = "%PDF-1.7\n%%EOF"u8.ToArray();

    [Fact]
    public async Task TheResidentAsksOnceAndFollowsTheRequest()
    {
        var browser = await site.SignedInBrowserAsync(PortalFactory.ResidentEmail);
        var (accountId, _) = (await site.LinkedAccountsAsync(PortalFactory.ResidentEmail))[0];
        var billId = await LeakBillAsync(accountId);

        using var noProof = await PostAsync(browser, billId, file: null);
        (await noProof.Content.ReadAsStringAsync()).ShouldContain("Attach the proof of repair (the plumber&#x27;s invoice or a receipt for the parts).");

        using var sent = await PostAsync(browser, billId, Invoice);
        var (status, html) = await browser.FollowAsync(sent);
        status.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("<dd id=\"leak-status\">Waiting for review</dd>");
        html.ShouldContain("<dd id=\"leak-amount\">$83.05</dd>");
        html.ShouldContain("invoice.pdf");
        (await browser.GetPageAsync("/Adjustments")).Html.ShouldContain("$83.05");

        using var again = await PostAsync(browser, billId, Invoice);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("the policy allows one in 12 months.");
        (await site.WithDbAsync(db => db.AdjustmentRequests.CountAsync(r => r.ServiceAccountId == accountId))).ShouldBe(1);

        // Another resident sees neither the request nor the invoice.
        var details = sent.Headers.Location!.OriginalString;
        var stranger = await site.CreateUserAsync("leak-stranger@example.com");
        var other = await site.SignedInBrowserAsync(stranger.Email!);
        (await other.GetPageAsync(details)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetPageAsync("/Adjustments")).Html.ShouldNotContain("$83.05");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, Guid billId, byte[]? file)
    {
        var (_, page) = await browser.GetPageAsync("/Adjustments/Leak");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlForms.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(billId.ToString()), "Input.BillId" },
            { new StringContent("Slab leak repaired on November 3."), "Input.Notes" },
        };
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            form.Add(content, "Input.File", "invoice.pdf");
        }

        return await browser.PostAsync("/Adjustments/Leak", form);
    }

    /// <summary>A posted off-cycle bill of 20,000 gallons against a 5,000 gallon average (water and sewer, FY2026 rates).</summary>
    private Task<Guid> LeakBillAsync(Guid accountId) => site.WithDbAsync(async db =>
    {
        var period = new BillingPeriod(new DateOnly(2026, 6, 3), new DateOnly(2026, 7, 2));
        var schedule = await new RateScheduleCatalog(db).RequireInEffectOnAsync(period.End);
        var facts = new BillingFacts(PremiseClass.Residential, "5/8", 20_000, 0, true, 1, 0, UtilityServices.Water | UtilityServices.Sewer, 30, 30);
        var now = DateTimeOffset.UtcNow;
        var bill = new Bill(accountId, BillKind.OffCycle, period, period, null, facts, schedule.Ref, BillCalculator.Price(schedule.Schedule, facts), [], false, 5_000, now, "test");
        bill.Approve("test", now);
        db.Bills.Add(bill);
        db.JournalEntries.AddRange(bill.Post(LedgerPosition.Empty, period.End.AddDays(2), 21, now, "test"));
        await db.SaveChangesAsync();
        return bill.Id;
    });
}
