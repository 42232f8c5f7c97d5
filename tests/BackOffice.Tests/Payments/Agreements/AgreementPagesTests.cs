using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments.Agreements;
using UtilityPortal.BackOffice.Tests.Payments.Collections;
using static UtilityPortal.BackOffice.Tests.Payments.Collections.CollectionsFactory;

namespace UtilityPortal.BackOffice.Tests.Payments.Agreements;

/// <summary>A specialist drafts a payment agreement through the pages, previews and saves it, records the counter signature, prints and cancels.</summary>
public sealed class AgreementPagesTests(CollectionsFactory factory) : IClassFixture<CollectionsFactory>
{
    [Fact]
    public async Task ASpecialist_PreviewsThenSavesADraft_SeesItListed_RecordsTheCounterSignature_AndPrintsItInSpanish()
    {
        var account = await factory.AccountAsync(name: "Marta Olivares");
        await factory.PostAsync(account.Id, 600m, Today.AddDays(-10));
        using var browser = await factory.SignedInAsync();
        var page = $"/Agreements/New?account={account.Number}";
        var fields = Fields("600.00", "100.00", "5", "2026-12-15");

        using var preview = await browser.PostFormAsync(page, fields, page + "&handler=Preview");
        var previewHtml = await preview.TextAsync();
        var savedBeforeSave = await factory.WithDbAsync(db => db.PaymentAgreements.CountAsync(a => a.ServiceAccountId == account.Id));
        using var saved = await browser.PostFormAsync(page, fields, page);

        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.TextsByClass(previewHtml, "preview-line").Count.ShouldBe(5);
        Html.TextsByClass(previewHtml, "preview-line")[0].ShouldContain("$100.00");
        previewHtml.ShouldContain("The account owes $600.00.");
        savedBeforeSave.ShouldBe(0);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var details = saved.Headers.Location!.OriginalString;
        var id = await factory.WithDbAsync(db => db.PaymentAgreements.Where(a => a.ServiceAccountId == account.Id).Select(a => a.Id).SingleAsync());
        details.ShouldEndWith($"/Agreements/{id}");

        var drafts = await (await browser.GetAsync("/Agreements?status=Draft")).TextAsync();
        drafts.ShouldContain($"data-agreement=\"{id}\"");
        drafts.ShouldContain("Marta Olivares");

        using var signed = await browser.PostFormAsync(details, new Dictionary<string, string> { ["SignerName"] = "Marta Olivares" }, details + "?handler=Sign");
        var detailsHtml = await (await browser.GetAsync(details)).TextAsync();
        var active = await (await browser.GetAsync("/Agreements")).TextAsync();
        var spanish = await (await browser.GetAsync(details + "/Print?lang=es")).TextAsync();

        signed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Html.ElementText(detailsHtml, "agreement-status").ShouldBe("Active");
        Html.ElementText(detailsHtml, "agreement-signed").ShouldContain("Marta Olivares");
        Html.TextsByClass(detailsHtml, "schedule-line").Count.ShouldBe(6);
        active.ShouldContain($"data-agreement=\"{id}\"");
        spanish.ShouldContain("Acuerdo de pago");
        Html.ElementText(spanish, "print-status").ShouldBe("Vigente");
        Html.ElementText(spanish, "signature").ShouldContain("Firmado por Marta Olivares");
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == id.ToString()))).ShouldBe(2);
    }

    [Fact]
    public async Task ACancelledAgreement_ShowsItsReason_AndLeavesTheActiveList()
    {
        var account = await factory.AccountAsync();
        await factory.PostAsync(account.Id, 300m, Today.AddDays(-10));
        using var browser = await factory.SignedInAsync();
        var page = $"/Agreements/New?account={account.Number}";
        using var saved = await browser.PostFormAsync(page, Fields("300", "0", "3", "2026-12-20"), page);
        var details = saved.Headers.Location!.OriginalString;

        using var noReason = await browser.PostFormAsync(details, new Dictionary<string, string> { ["Reason"] = "" }, details + "?handler=Cancel");
        var noReasonHtml = await noReason.TextAsync();
        using var cancelled = await browser.PostFormAsync(details, new Dictionary<string, string> { ["Reason"] = "Customer moved out" }, details + "?handler=Cancel");
        var html = await (await browser.GetAsync(details)).TextAsync();
        var list = await (await browser.GetAsync("/Agreements?status=Cancelled")).TextAsync();

        noReasonHtml.ShouldContain("Give a reason for cancelling the agreement.");
        cancelled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Html.ElementText(html, "agreement-status").ShouldBe("Cancelled");
        Html.ElementText(html, "agreement-cancelled").ShouldContain("Customer moved out");
        list.ShouldContain(details.Split('/')[^1]);
    }

    [Fact]
    public async Task ADownPaymentOfTheWholeAmount_IsShownNextToTheField_AndNothingIsSaved()
    {
        var account = await factory.AccountAsync();
        await factory.PostAsync(account.Id, 250m, Today.AddDays(-10));
        using var browser = await factory.SignedInAsync();
        var page = $"/Agreements/New?account={account.Number}";

        using var response = await browser.PostFormAsync(page, Fields("250", "250", "3", "2026-12-20"), page);
        var html = await response.TextAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("The down payment must be less than the amount covered.");
        Html.TextsByClass(html, "field-error").ShouldContain("The down payment must be less than the amount covered.");
        (await factory.WithDbAsync(db => db.PaymentAgreements.CountAsync(a => a.ServiceAccountId == account.Id))).ShouldBe(0);
    }

    [Fact]
    public async Task ADefaultedAgreement_StandsOutFirstOnTheList_WithoutAFilter()
    {
        var account = await factory.AccountAsync(name: "Ines Defaulted");
        await factory.PostAsync(account.Id, 400m, Today.AddDays(-10));
        using var browser = await factory.SignedInAsync();
        var page = $"/Agreements/New?account={account.Number}";
        using var saved = await browser.PostFormAsync(page, Fields("400", "100", "3", "2026-12-10"), page);
        var details = saved.Headers.Location!.OriginalString;
        (await browser.PostFormAsync(details, new Dictionary<string, string> { ["SignerName"] = "Ines Defaulted" }, details + "?handler=Sign")).Dispose();

        // The daily review, run as if on a day well past the first due date and its grace period.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var review = ActivatorUtilities.CreateInstance<AgreementDefaults>(scope.ServiceProvider,
                new FakeTimeProvider(Now.AddDays(60)), QuietHours.Default);
            await review.RunOnceAsync();
        }

        var list = await (await browser.GetAsync("/Agreements")).TextAsync();

        var row = Html.TextsByClass(list, "defaulted").First(r => r.Contains(account.Number, StringComparison.Ordinal));
        row.ShouldContain("Ines Defaulted");
        row.ShouldContain("Defaulted");
    }

    private static Dictionary<string, string> Fields(string covered, string downPayment, string installments, string firstDueOn) => new()
    {
        ["Input.Covered"] = covered,
        ["Input.DownPayment"] = downPayment,
        ["Input.Installments"] = installments,
        ["Input.FirstDueOn"] = firstDueOn,
        ["Input.Terms"] = "Five monthly payments on top of the regular bill.",
    };
}
