using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Tests;

/// <summary>The BackOffice read import: upload, preview with a line-by-line error report, confirm, result.</summary>
public sealed class MeterReadImportTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const string Header = "meter,read_at,register,flags\n";

    [Fact]
    public async Task AnUploadShowsAPreviewWithCountsAndEachBadLineByNumber_AndImportsNothingYet()
    {
        using var browser = await SignedInAsync(Staff.SpecialistI);
        var (serial, line) = await NextReadAsync(0);
        var before = await factory.WithDbAsync(db => db.MeterReads.CountAsync());

        using var upload = await UploadAsync(browser, "amr-preview.csv", Header + line + "NO-SUCH-METER,2026-11-04T07:10:00Z,5000,\n" + $"{serial},yesterday,5000,\n");

        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var preview = upload.Headers.Location!.OriginalString;
        preview.ShouldStartWith("/Meters/Preview/");
        var html = await (await browser.GetAsync(preview)).Content.ReadAsStringAsync();
        Html.ElementText(html, "count-lines").ShouldBe("3");
        Html.ElementText(html, "count-new").ShouldBe("1");
        Html.ElementText(html, "count-refused").ShouldBe("2");
        var rows = Html.TextsByClass(html, "refused-line");
        rows.Count.ShouldBe(2);
        rows[0].ShouldContain("3");
        rows[0].ShouldContain("Unknown meter");
        rows[0].ShouldContain("No meter has the serial number or radio id 'NO-SUCH-METER'.");
        rows[1].ShouldContain("4");
        rows[1].ShouldContain("Not in the file layout");
        rows[1].ShouldContain("'yesterday' is not a read time");
        html.ShouldContain("Import 1 new reads");
        (await factory.WithDbAsync(db => db.MeterReads.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task ConfirmingImportsTheGoodLines_AndTheSameFileAgainImportsNothingNewAndSaysSo()
    {
        using var browser = await SignedInAsync(Staff.SpecialistI);
        var (serial, line) = await NextReadAsync(1);
        var (_, second) = await NextReadAsync(2);
        var file = Header + line + second + "NO-SUCH-METER,2026-11-04T07:10:00Z,5000,\n";

        using var first = await ConfirmAsync(browser, await UploadAsync(browser, "amr-2026-11.csv", file));

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.OriginalString.ShouldStartWith("/Meters/Imports/");
        var result = await (await browser.GetAsync(first.Headers.Location.OriginalString)).Content.ReadAsStringAsync();
        Html.ElementText(result, "import-outcome").ShouldBe("Imported 2 new reads.");
        Html.ElementText(result, "count-refused").ShouldBe("1");
        Html.TextsByClass(result, "refused-line").Single().ShouldContain("NO-SUCH-METER");
        (await factory.WithDbAsync(db => db.MeterReads.CountAsync(r => r.ImportId != null && db.Meters.Any(m => m.Id == r.MeterId && m.SerialNumber == serial)))).ShouldBe(1);

        using var again = await UploadAsync(browser, "amr-2026-11.csv", file);
        var preview = await (await browser.GetAsync(again.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Html.ElementText(preview, "nothing-new").ShouldBe("Every read in this file is already imported. Importing it again adds nothing.");
        Html.ElementText(preview, "count-already").ShouldBe("2");
        using var second2 = await ConfirmAsync(browser, again);
        var secondResult = await (await browser.GetAsync(second2.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Html.ElementText(secondResult, "import-outcome").ShouldBe("Nothing new: all 2 reads in this file were already imported.");
        (await factory.WithDbAsync(db => db.MeterReads.CountAsync(r => r.ImportId != null && db.Meters.Any(m => m.Id == r.MeterId && m.SerialNumber == serial)))).ShouldBe(1);

        var list = await (await browser.GetAsync("/Meters")).Content.ReadAsStringAsync();
        Html.ElementText(list, "recent-imports").ShouldContain("amr-2026-11.csv");
    }

    [Fact]
    public async Task AFileThatIsNotAReadFile_IsRefusedWithAPlainMessage_NeverAStackTrace()
    {
        using var browser = await SignedInAsync(Staff.SpecialistI);

        using var response = await UploadAsync(browser, "customers.xlsx", "PK\u0003\u0004 binary spreadsheet, not a read file");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        Html.TextsByClass(html, "error-summary").Single().ShouldContain("The first line must be the header 'meter,read_at,register,flags'.");
        html.ShouldNotContain("Exception");
        html.ShouldNotContain(" at UtilityPortal.");
        (await factory.WithDbAsync(db => db.StagedReadFiles.CountAsync(f => f.FileName == "customers.xlsx"))).ShouldBe(0);
    }

    [Fact]
    public async Task UploadingWithoutChoosingAFile_AsksForOne()
    {
        using var browser = await SignedInAsync(Staff.SpecialistI);

        using var response = await PostMultipartAsync(browser, null, null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.TextsByClass(await response.TextAsync(), "error-summary").Single().ShouldContain("Choose a read file (CSV) to upload.");
    }

    [Fact]
    public async Task AnUploadWithoutTheAntiforgeryToken_IsRefused()
    {
        using var browser = await SignedInAsync(Staff.SpecialistI);
        using var content = new MultipartFormDataContent { { File(Header), "Input.File", "reads.csv" } };

        using var response = await browser.PostAsync("/Meters", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TheConfirmationWithoutTheAntiforgeryToken_ImportsNothing()
    {
        using var browser = await SignedInAsync(Staff.SpecialistI);
        var (_, line) = await NextReadAsync(3);
        using var upload = await UploadAsync(browser, "amr.csv", Header + line);
        var before = await factory.WithDbAsync(db => db.MeterReads.CountAsync());

        using var response = await browser.PostAsync(upload.Headers.Location!.OriginalString + "?handler=Import", new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.WithDbAsync(db => db.MeterReads.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task SomeoneElsesPreview_IsNotFound_AndCannotBeConfirmed()
    {
        using var owner = await SignedInAsync(Staff.SpecialistI);
        var (_, line) = await NextReadAsync(4);
        using var upload = await UploadAsync(owner, "amr.csv", Header + line);
        var preview = upload.Headers.Location!.OriginalString;
        using var other = await SignedInAsync(await Staff.CreateAsync(factory.Services, StaffRoles.SpecialistIII), Staff.Password);

        (await other.GetAsync(preview)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await (await other.GetAsync("/Meters")).Content.ReadAsStringAsync();
        using var confirm = await other.PostAsync(preview + "?handler=Import", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = HtmlForms.AntiforgeryToken(page),
        }));
        confirm.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OnlyStaffRolesReachTheImport()
    {
        using var anonymous = factory.CreateBrowser();
        using var signIn = await anonymous.GetAsync("/Meters");
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.OriginalString.ShouldContain("/Account/Login");

        // A staff account that holds no staff role (here the contractor role) signs in but is turned away.
        using var roleless = await SignedInAsync(await Staff.CreateAsync(factory.Services, PublicRoles.Contractor), Staff.Password);
        using var denied = await roleless.GetAsync("/Meters");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.OriginalString.ShouldContain("/Account/AccessDenied");

        using var specialist = await SignedInAsync(Staff.SpecialistI);
        using var page = await specialist.GetAsync("/Meters");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.TextAsync();
        html.ShouldContain("<h1>Meter reads</h1>");
        html.ShouldContain("href=\"/Meters\" aria-current=\"page\"");
    }

    [Fact]
    public async Task InSpanish_ThePreviewNamesEachProblemInSpanish()
    {
        using var browser = await SignedInAsync(Staff.SpecialistI);
        (await browser.PostFormAsync("/Language", new Dictionary<string, string> { ["language"] = "es", ["returnUrl"] = "/" })).Dispose();

        using var upload = await UploadAsync(browser, "lecturas.csv", Header + "NO-SUCH-METER,2026-11-04T07:10:00Z,5000,\n");
        var html = await (await browser.GetAsync(upload.Headers.Location!.OriginalString)).TextAsync();

        html.ShouldContain("lang=\"es\"");
        html.ShouldContain("Vista previa de lecturas.csv");
        var row = Html.TextsByClass(html, "refused-line").Single();
        row.ShouldContain("Medidor desconocido");
        row.ShouldContain("Ningún medidor tiene el número de serie o id de radio 'NO-SUCH-METER'.");
    }

    private async Task<HttpClient> SignedInAsync(string email, string password = HtmlForms.DemoPassword)
    {
        var browser = factory.CreateBrowser();
        using var response = await browser.SignInAsync(email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"signing in {email} failed");
        return browser;
    }

    /// <summary>A good next-month read line for the n-th demo meter (each test its own meter), and its serial.</summary>
    private Task<(string Serial, string Line)> NextReadAsync(int n) => factory.WithDbAsync(async db =>
    {
        var meter = await db.Meters.AsNoTracking().Where(m => m.Status == Domain.Meters.MeterStatus.Active)
            .OrderBy(m => m.SerialNumber).Skip(10 + n).Select(m => new { m.Id, m.SerialNumber }).FirstAsync();
        var last = (await db.MeterReads.AsNoTracking().Where(r => r.MeterId == meter.Id).Select(r => new { r.ReadAt, r.RegisterValue }).ToListAsync())
            .MaxBy(r => r.ReadAt)!;
        var at = last.ReadAt.AddDays(30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return (meter.SerialNumber, $"{meter.SerialNumber},{at},{last.RegisterValue + 6_000},\n");
    });

    private static ByteArrayContent File(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient browser, string fileName, string text) => PostMultipartAsync(browser, fileName, text);

    private static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient browser, string? fileName, string? text)
    {
        var page = await (await browser.GetAsync("/Meters")).Content.ReadAsStringAsync();
        using var content = new MultipartFormDataContent { { new StringContent(HtmlForms.AntiforgeryToken(page)), "__RequestVerificationToken" } };
        if (fileName is not null)
        {
            content.Add(File(text!), "Input.File", fileName);
        }

        return await browser.PostAsync("/Meters", content);
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient browser, HttpResponseMessage upload)
    {
        var preview = upload.Headers.Location!.OriginalString;
        return await browser.PostFormAsync(preview, new Dictionary<string, string>(), preview + "?handler=Import");
    }
}
