using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Lockbox;

namespace UtilityPortal.BackOffice.Tests.Payments.Lockbox;

/// <summary>The BackOffice lockbox: upload, preview with malformed lines by number, confirm, the batch, the suspense queue.</summary>
public sealed class LockboxPagesTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task APreviewCountsMatchedAndSuspenseLinesAndListsEachMalformedLine_AndPostsNothing()
    {
        using var browser = await SignedInAsync(Staff.SpecialistI);
        var account = await factory.WithContactAsync();
        var check = Check();

        using var upload = await UploadAsync(browser, "lbx-bad.csv",
            $"{account.Number},84.17,{check},2026-11-18,Ana\n9999999999,10.00,{check}1,2026-11-18,Nobody\n{account.Number},12.345,{check}2,2026-11-18,Mills\n");
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await (await browser.GetAsync(upload.Headers.Location!.OriginalString)).TextAsync();

        Html.ElementText(html, "count-matched").ShouldStartWith("1");
        Html.ElementText(html, "count-suspense").ShouldStartWith("1");
        Html.ElementText(html, "count-malformed").ShouldBe("1");
        var row = Html.TextsByClass(html, "malformed-line").Single();
        row.ShouldContain("4");
        row.ShouldContain("'12.345' is not an amount");
        html.ShouldNotContain("handler=Import");
        (await factory.WithDbAsync(db => db.Payments.CountAsync(p => p.Reference == check))).ShouldBe(0);
    }

    [Fact]
    public async Task ConfirmingPostsTheFile_TheSameFileAgainPostsNothing_AndASuspenseItemIsAppliedFromTheQueue()
    {
        using var browser = await SignedInAsync(Staff.SpecialistI);
        var account = await factory.WithContactAsync(1);
        var check = Check();
        var file = $"{account.Number},84.17,{check},2026-11-18,\"Rivera, Ana\"\n12345,40.00,{check}9,2026-11-18,Smudged\n";

        using var upload = await UploadAsync(browser, "lbx-1118.csv", file);
        using var confirm = await ConfirmAsync(browser, upload);
        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var batchPage = await (await browser.GetAsync(confirm.Headers.Location!.OriginalString)).TextAsync();
        Html.ElementText(batchPage, "status-message").ShouldBe("Posted 1 payments; 1 went to the suspense queue.");
        Html.ElementText(batchPage, "count-posted").ShouldStartWith("1");
        var posted = await factory.WithDbAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.Reference == check));
        (posted.Channel, posted.Tender, posted.Status, posted.ServiceAccountId).ShouldBe((PaymentChannel.Lockbox, Tender.Check, PaymentStatus.Posted, account.Id));

        using var again = await UploadAsync(browser, "lbx-1118-copy.csv", file);
        var preview = await (await browser.GetAsync(again.Headers.Location!.OriginalString)).TextAsync();
        Html.ElementText(preview, "same-file").ShouldContain("Importing it again posts nothing.");
        preview.ShouldNotContain("handler=Import");

        var itemId = await factory.WithDbAsync(db => db.SuspenseItems.Where(s => s.CheckNumber == check + "9").Select(s => s.Id).SingleAsync());
        var queue = await (await browser.GetAsync("/Payments/Suspense")).TextAsync();
        queue.ShouldContain($"/Payments/Suspense/{itemId:D}");
        using var applied = await browser.PostFormAsync($"/Payments/Suspense/{itemId:D}",
            new Dictionary<string, string> { ["Apply.AccountNumber"] = account.Number, ["Apply.Note"] = "Customer called" }, $"/Payments/Suspense/{itemId:D}?handler=Apply");
        applied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await (await browser.GetAsync(applied.Headers.Location!.OriginalString)).TextAsync();
        Html.ElementText(after, "status-message").ShouldBe($"Posted $40.00 to account {account.Number}.");
        after.ShouldNotContain($"/Payments/Suspense/{itemId:D}");
        (await factory.WithDbAsync(db => db.Payments.CountAsync(p => p.Reference == check + "9" && p.ServiceAccountId == account.Id))).ShouldBe(1);

        var item = await (await browser.GetAsync($"/Payments/Suspense/{itemId:D}")).TextAsync();
        Html.ElementText(item, "status").ShouldBe("Applied");
        item.ShouldNotContain("handler=Apply");
    }

    [Fact]
    public async Task ConfirmingAFileWithMalformedLinesPostsNothingAndSaysWhy_AndDiscardingItForgetsIt()
    {
        using var browser = await SignedInAsync(Staff.SpecialistI);
        var account = await factory.WithContactAsync();
        var check = Check();
        using var upload = await UploadAsync(browser, "lbx-malformed.csv", $"{account.Number},84.17,{check},2026-11-18,Ana\n{account.Number},abc,{check}1,2026-11-18,Mills\n");
        var preview = upload.Headers.Location!.OriginalString;

        // The preview offers no Import button, but a form sent from an older page still reaches the handler.
        using var confirm = await ConfirmAsync(browser, upload);
        confirm.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.TextsByClass(await confirm.TextAsync(), "error-summary").Single().ShouldContain("Nothing was imported: the file has malformed lines.");
        (await factory.WithDbAsync(db => db.Payments.CountAsync(p => p.Reference == check))).ShouldBe(0);

        using var discard = await browser.PostFormAsync(preview, new Dictionary<string, string>(), preview + "?handler=Discard");
        discard.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        discard.Headers.Location!.OriginalString.ShouldBe("/Payments/Lockbox");
        Html.TextsByClass(await (await browser.GetAsync("/Payments/Lockbox")).TextAsync(), "notice").ShouldBe(["The file was discarded; nothing was imported."]);
        (await browser.GetAsync(preview)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AFileWithoutTheHeaderIsRefusedWithAPlainMessage()
    {
        using var browser = await SignedInAsync(Staff.SpecialistI);

        using var response = await PostMultipartAsync(browser, "payments.csv", "acct,amt\n0000000125,1.00\n");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.TextsByClass(await response.TextAsync(), "error-summary").Single().ShouldContain($"The first line must be the header '{LockboxFile.Header}'.");
    }

    [Fact]
    public async Task ApplyingWithABadAccountNumberSaysSoNextToTheField()
    {
        using var browser = await SignedInAsync(Staff.SpecialistI);
        var check = Check();
        using var upload = await UploadAsync(browser, "lbx-suspense.csv", $"9999999999,5.00,{check},2026-11-18,Nobody\n");
        (await ConfirmAsync(browser, upload)).Dispose();
        var itemId = await factory.WithDbAsync(db => db.SuspenseItems.Where(s => s.CheckNumber == check).Select(s => s.Id).SingleAsync());

        using var response = await browser.PostFormAsync($"/Payments/Suspense/{itemId:D}",
            new Dictionary<string, string> { ["Apply.AccountNumber"] = "12345" }, $"/Payments/Suspense/{itemId:D}?handler=Apply");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.TextsByClass(await response.TextAsync(), "error-summary").Single().ShouldContain("Enter the 10-digit account number the payment belongs to.");
    }

    private static string Check() => "T" + Guid.NewGuid().ToString("N")[..12];

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var browser = factory.CreateBrowser();
        using var response = await browser.SignInAsync(email);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"signing in {email} failed");
        return browser;
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient browser, HttpResponseMessage upload)
    {
        var preview = upload.Headers.Location!.OriginalString;
        return await browser.PostFormAsync(preview, new Dictionary<string, string>(), preview + "?handler=Import");
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient browser, string fileName, string lines) =>
        PostMultipartAsync(browser, fileName, LockboxFile.Header + "\n" + lines);

    private static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient browser, string fileName, string text)
    {
        var page = await (await browser.GetAsync("/Payments/Lockbox")).Content.ReadAsStringAsync();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var content = new MultipartFormDataContent { { new StringContent(HtmlForms.AntiforgeryToken(page)), "__RequestVerificationToken" }, { file, "Input.File", fileName } };
        return await browser.PostAsync("/Payments/Lockbox", content);
    }
}
