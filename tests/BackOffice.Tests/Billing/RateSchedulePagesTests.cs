using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.BackOffice.Tests.Billing;

/// <summary>Rate schedules in the BackOffice: every version listed, one rendered readably, and only a Supervisor uploads.</summary>
public sealed class RateSchedulePagesTests(BillingFactory factory) : IClassFixture<BillingFactory>
{
    [Fact]
    public async Task TheListShowsEachStoredVersion_AndAVersionReadsAsItsRates()
    {
        using var browser = await factory.SignedInAsync(Staff.SpecialistI);

        var list = await (await browser.GetAsync("/Billing/Schedules")).TextAsync();
        var view = await (await browser.GetAsync("/Billing/Schedules/FY2026/1")).TextAsync();

        list.ShouldContain("<h1>Rate schedules</h1>");
        list.ShouldContain("data-code=\"FY2026\" data-version=\"1\"");
        list.ShouldContain("data-code=\"FY2025\" data-version=\"1\"");
        list.ShouldContain("Schedule folder: demo-fy2026.json");
        list.ShouldNotContain("upload-link");
        Html.ElementText(view, "effective-from").ShouldBe("10/1/2025");
        Html.ElementText(view, "outside-city").ShouldStartWith("× 1.25");
        var baseCharges = Html.ElementText(view, "base-charges");
        baseCharges.ShouldContain("5/8\"");
        baseCharges.ShouldContain("$12.40");
        baseCharges.ShouldContain("$14.10");
        var tiers = Html.ElementText(view, "tiers-residential");
        tiers.ShouldContain("The first 6,000");
        tiers.ShouldContain("$3.05");
        tiers.ShouldContain("Over 30,000");
        tiers.ShouldContain("$9.45");
        Html.ElementText(view, "sewer").ShouldContain("at most 15,000 gallons per dwelling unit");
        Html.ElementText(view, "reuse").ShouldContain("at least $6.00 a month");
        Html.ElementText(view, "proration").ShouldContain("service days / period days");
        Html.ElementText(view, "schedule-json").ShouldContain("\"code\": \"FY2026\"");
        (await browser.GetAsync("/Billing/Schedules/NO-SUCH/1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ASupervisorUploadsANewCode_AndANewVersionOfAnUnlockedCode()
    {
        using var browser = await factory.SignedInAsync(Staff.Supervisor);
        (await (await browser.GetAsync("/Billing/Schedules")).TextAsync()).ShouldContain("id=\"upload-link\"");
        var next = await DocumentAsync("FY2025", d =>
        {
            d["code"] = "FY2027";
            d["name"] = "Rates adopted for FY2027";
            d["effectiveFrom"] = "2027-10-01";
        });
        var revised = await DocumentAsync("FY2025", d => d["name"] = "FY2025, corrected");

        using var added = await UploadAsync(browser, "fy2027.json", next);
        using var versioned = await UploadAsync(browser, "fy2025-corrected.json", revised);

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        added.Headers.Location!.OriginalString.ShouldBe("/Billing/Schedules/FY2027/1");
        versioned.Headers.Location!.OriginalString.ShouldBe("/Billing/Schedules/FY2025/2");
        var page = await (await browser.GetAsync("/Billing/Schedules/FY2025/2")).TextAsync();
        page.ShouldContain("Rate schedule FY2025 version 2 was stored.");
        page.ShouldContain("FY2025, corrected");
        page.ShouldContain("Upload: fy2025-corrected.json");
        var list = await (await browser.GetAsync("/Billing/Schedules")).TextAsync();
        list.ShouldContain("data-code=\"FY2027\" data-version=\"1\"");
        list.ShouldContain("data-code=\"FY2025\" data-version=\"2\"");
        var audit = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "RateScheduleVersionAdded" && a.EntityId == "FY2025"));
        audit.ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task ADocumentWithANegativeRate_IsRefusedNamingTheField_AndNothingIsStored()
    {
        using var browser = await factory.SignedInAsync(Staff.Supervisor);
        var bad = await DocumentAsync("FY2026", d =>
        {
            d["code"] = "FY2030";
            d["water"]!["consumption"]!["residential"]!["tiers"]![1]!["ratePerThousand"] = -4.25m;
        });
        var before = await VersionsAsync();

        using var response = await UploadAsync(browser, "fy2030.json", bad);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        var summary = Html.TextsByClass(html, "error-summary").Single();
        summary.ShouldContain("water.consumption.residential.tiers[1].ratePerThousand");
        summary.ShouldContain("fy2030.json");
        html.ShouldContain("aria-invalid=\"true\"");
        html.ShouldNotContain(" at UtilityPortal.");
        (await VersionsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task AFileThatIsNotJson_IsRefusedWithAPlainMessage()
    {
        using var browser = await factory.SignedInAsync(Staff.Supervisor);
        var before = await VersionsAsync();

        using var notJson = await UploadAsync(browser, "rates.json", "code,rate\nFY2031,3.05\n");
        using var wrongType = await UploadAsync(browser, "rates.csv", "{}");
        using var none = await UploadAsync(browser, null, null);

        Html.TextsByClass(await notJson.TextAsync(), "error-summary").Single().ShouldContain("rates.json: not valid JSON");
        Html.TextsByClass(await wrongType.TextAsync(), "error-summary").Single().ShouldContain("A rate schedule is a .json file; rates.csv is not.");
        Html.TextsByClass(await none.TextAsync(), "error-summary").Single().ShouldContain("Choose a rate schedule file (JSON).");
        (await VersionsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ASpecialistSeesNoUpload_AndIsRefused403_EvenWithAValidForm()
    {
        using var browser = await factory.SignedInAsync(Staff.SpecialistI);
        var document = await DocumentAsync("FY2026", d => d["code"] = "FY2040");
        var before = await VersionsAsync();

        using var form = await browser.GetAsync("/Billing/Schedules/Upload");
        using var post = await UploadAsync(browser, "fy2040.json", document, tokenFrom: "/Billing/Runs");

        form.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await VersionsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ALockedSchedule_TakesNoNewVersion()
    {
        // A schedule is locked when a bill it priced is posted (BillRunPagesTests posts one); here the lock is arranged directly.
        using var browser = await factory.SignedInAsync(Staff.Supervisor);
        var locked = await DocumentAsync("FY2026", d => d["code"] = "FY2035");
        using (var first = await UploadAsync(browser, "fy2035.json", locked))
        {
            first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        await factory.WithDbAsync(db => db.RateScheduleVersions.Where(v => v.Code == "FY2035").ExecuteUpdateAsync(s => s.SetProperty(v => v.Locked, true)));
        var changed = await DocumentAsync("FY2035", d => d["name"] = "An attempted change");

        using var response = await UploadAsync(browser, "fy2035-changed.json", changed);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Html.TextsByClass(await response.TextAsync(), "error-summary").Single()
            .ShouldContain("Schedule FY2035 has priced posted bills and can no longer change.");
        (await factory.WithDbAsync(db => db.RateScheduleVersions.CountAsync(v => v.Code == "FY2035"))).ShouldBe(1);
        var list = await (await browser.GetAsync("/Billing/Schedules")).TextAsync();
        list.ShouldContain("Locked: priced a posted bill");
    }

    private Task<int> VersionsAsync() => factory.WithDbAsync(db => db.RateScheduleVersions.CountAsync());

    /// <summary>The latest stored document of <paramref name="code"/>, changed by <paramref name="change"/>.</summary>
    private async Task<string> DocumentAsync(string code, Action<JsonObject> change)
    {
        var stored = await factory.WithDbAsync(db => db.RateScheduleVersions.AsNoTracking().Where(v => v.Code == code)
            .OrderByDescending(v => v.Version).Select(v => v.Document).FirstAsync());
        var document = JsonNode.Parse(stored)!.AsObject();
        change(document);
        return document.ToJsonString();
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string? fileName, string? text, string tokenFrom = "/Billing/Schedules/Upload")
    {
        var page = await (await browser.GetAsync(tokenFrom)).Content.ReadAsStringAsync();
        using var content = new MultipartFormDataContent { { new StringContent(HtmlForms.AntiforgeryToken(page)), "__RequestVerificationToken" } };
        if (fileName is not null)
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text!));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            content.Add(file, "Input.File", fileName);
        }

        return await browser.PostAsync("/Billing/Schedules/Upload", content);
    }
}
