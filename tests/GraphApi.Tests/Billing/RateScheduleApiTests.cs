using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Billing;

/// <summary>Rate schedules through the API: a Supervisor adopts one, anyone else is refused, a bad document is refused precisely.</summary>
public sealed class RateScheduleApiTests(BackOfficeApiFactory site) : IClassFixture<BackOfficeApiFactory>
{
    private const string Upload = """
        mutation($input: UploadRateScheduleInput!) { uploadRateSchedule(input: $input) { code version effectiveFrom created } }
        """;

    /// <summary>The demo FY2026 document as a far-future schedule, so adopting it changes no bill of the test city.</summary>
    private static async Task<string> FutureDocumentAsync()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "UtilityPortal.sln")))
        {
            dir = dir.Parent;
        }

        return (await File.ReadAllTextAsync(Path.Combine(dir.FullName, "rates", "demo-fy2026.json")))
            .Replace("\"FY2026\"", "\"FY2099\"", StringComparison.Ordinal)
            .Replace("\"2025-10-01\"", "\"2098-10-01\"", StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASupervisorAdoptsASchedule_OnceForTheSameDocument_AndStaffReadIt()
    {
        var supervisor = await site.SignedInAsync("supervisor@example.com");
        var document = await FutureDocumentAsync();

        var first = (await supervisor.PostGraphAsync(Upload, new { input = new { fileName = "fy2099.json", document } })).ShouldSucceed().Data.GetProperty("uploadRateSchedule");
        var again = (await supervisor.PostGraphAsync(Upload, new { input = new { fileName = "fy2099.json", document } })).ShouldSucceed().Data.GetProperty("uploadRateSchedule");
        var specialist = await site.SignedInAsync(People.DemoSpecialist);
        var read = (await specialist.PostGraphAsync("""
            { rateSchedules { code version source inEffect isLatest } rateSchedule(code: "FY2099") { schedule { code version effectiveFrom uploadedBy } document } }
            """)).ShouldSucceed().Data;

        (first.GetProperty("code").GetString(), first.GetProperty("version").GetInt32(), first.GetProperty("effectiveFrom").GetString(), first.GetProperty("created").GetBoolean())
            .ShouldBe(("FY2099", 1, "2098-10-01", true));
        (again.GetProperty("version").GetInt32(), again.GetProperty("created").GetBoolean()).ShouldBe((1, false));
        var listed = read.GetProperty("rateSchedules").EnumerateArray().Single(s => s.GetProperty("code").GetString() == "FY2099");
        listed.GetProperty("source").GetString().ShouldBe("upload:fy2099.json");
        listed.GetProperty("inEffect").GetBoolean().ShouldBeFalse();
        read.GetProperty("rateSchedules").EnumerateArray().Where(s => s.GetProperty("inEffect").GetBoolean())
            .Select(s => s.GetProperty("code").GetString()).ShouldBe(["FY2026"]);
        read.GetProperty("rateSchedule").GetProperty("schedule").GetProperty("uploadedBy").GetString().ShouldBe("supervisor@example.com");
        read.GetProperty("rateSchedule").GetProperty("document").GetString().ShouldBe(document);
    }

    [Fact]
    public async Task ASpecialistCannotUploadASchedule()
    {
        var specialist = await site.SignedInAsync(People.DemoSpecialist);

        var response = await specialist.PostGraphAsync(Upload, new { input = new { fileName = "fy2098.json", document = (await FutureDocumentAsync()).Replace("FY2099", "FY2098", StringComparison.Ordinal) } });

        response.HasData.ShouldBeFalse();
        response.ErrorCodes.ShouldBe(["ACCESS_DENIED"]);
        (await site.WithDbAsync(db => db.Set<RateScheduleVersion>().CountAsync(v => v.Code == "FY2098"))).ShouldBe(0);
    }

    [Fact]
    public async Task ABadDocumentIsRefused_EachProblemNamingItsField_AndNothingIsStored()
    {
        var supervisor = await site.SignedInAsync("supervisor@example.com");
        var document = (await FutureDocumentAsync())
            .Replace("FY2099", "FY2097", StringComparison.Ordinal)
            .Replace("\"5/8\": 12.40", "\"7/8\": 12.40", StringComparison.Ordinal)
            .Replace("\"ratePerThousand\": 5.60", "\"ratePerThousand\": -5.60", StringComparison.Ordinal);

        var response = await supervisor.PostGraphAsync(Upload, new { input = new { document } });

        response.ErrorCodes.ShouldAllBe(code => code == "INVALID");
        response.ErrorFields.ShouldBe(["water.baseChargeByMeterSize.7/8", "sewer.ratePerThousand"], ignoreOrder: true);
        response.Errors.ShouldAllBe(e => e.GetProperty("message").GetString()!.Length > 0);
        (await site.WithDbAsync(db => db.Set<RateScheduleVersion>().CountAsync(v => v.Code == "FY2097"))).ShouldBe(0);
    }
}
