using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Meters;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests;

/// <summary>Meter reads through the API: reading them on an account's meters, and the staff import with its preview.</summary>
public sealed class MeterReadTests(BackOfficeApiFactory site, PortalApiFactory portal)
    : IClassFixture<BackOfficeApiFactory>, IClassFixture<PortalApiFactory>
{
    private const string Header = "meter,read_at,register,flags\n";

    private const string ImportMutation = """
        mutation($input: ImportReadsInput!) {
          importReads(input: $input) {
            importId preview fileName lines newReads alreadyImported refused nothingNew
            refusedByProblem { problem count }
            errors { lineNumber problem meter message }
          }
        }
        """;

    [Fact]
    public async Task AnAccountsMetersListTheirNewestReadsFirst()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var number = (await site.AccountNumbersAsync())[0];

        var response = await staff.PostGraphAsync("""
            query($n: String!) { account(number: $n) { meters { serialNumber reads(first: 3) { readAt registerValue source flags } } } }
            """, new { n = number });

        var meter = response.ShouldSucceed().Data.GetProperty("account").GetProperty("meters")[0];
        var serial = meter.GetProperty("serialNumber").GetString()!;
        var expected = await site.WithDbAsync(async db => (await db.MeterReads.AsNoTracking()
                .Where(r => db.Meters.Any(m => m.Id == r.MeterId && m.SerialNumber == serial))
                .Select(r => new { r.ReadAt, r.RegisterValue, r.Source }).ToListAsync())
            .OrderByDescending(r => r.ReadAt).Take(3).ToList());
        var reads = meter.GetProperty("reads").EnumerateArray().ToList();
        reads.Count.ShouldBe(3);
        reads.Select(r => DateTimeOffset.Parse(r.GetProperty("readAt").GetString()!, CultureInfo.InvariantCulture)).ShouldBe(expected.Select(e => e.ReadAt));
        reads.Select(r => (long)r.GetProperty("registerValue").GetInt32()).ShouldBe(expected.Select(e => e.RegisterValue));
        reads.Select(r => r.GetProperty("source").GetString()).ShouldBe(expected.Select(e => e.Source.ToString().ToUpperInvariant()));
    }

    [Fact]
    public async Task ReadsOfManyAccountsLoadInAFixedNumberOfQueries()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        const string query = "query($q: String!, $n: Int!) { searchAccounts(query: $q, first: $n) { meters { reads(first: 2) { registerValue } } } }";

        var few = await CountAsync(staff, query, 3);
        var many = await CountAsync(staff, query, 30);

        many.Accounts.ShouldBeGreaterThan(few.Accounts);
        many.Commands.ShouldBe(few.Commands);
    }

    [Fact]
    public async Task APreviewReportsEachBadLineByNumber_AndWritesNothing()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var (serial, line) = await NextReadAsync(0);
        var before = await site.WithDbAsync(db => db.MeterReads.CountAsync());

        var response = await staff.PostGraphAsync(ImportMutation, new
        {
            input = new { fileName = "amr.csv", preview = true, file = Header + line + "NO-SUCH,2026-11-04T07:10:00Z,5,\n" + $"{serial},2026-11-04T07:10:00Z,12x,\n" },
        });

        var result = response.ShouldSucceed().Data.GetProperty("importReads");
        result.GetProperty("preview").GetBoolean().ShouldBeTrue();
        result.GetProperty("importId").ValueKind.ShouldBe(JsonValueKind.Null);
        (result.GetProperty("lines").GetInt32(), result.GetProperty("newReads").GetInt32(), result.GetProperty("refused").GetInt32()).ShouldBe((3, 1, 2));
        result.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("lineNumber").GetInt32(), e.GetProperty("problem").GetString()))
            .ShouldBe([(3, "UNKNOWN_METER"), (4, "NOT_A_NUMBER")]);
        result.GetProperty("errors")[1].GetProperty("message").GetString().ShouldBe("'12x' is not a register value in whole gallons.");
        result.GetProperty("refusedByProblem").EnumerateArray().Select(p => (p.GetProperty("problem").GetString(), p.GetProperty("count").GetInt32()))
            .ShouldBe([("NOT_A_NUMBER", 1), ("UNKNOWN_METER", 1)]);
        (await site.WithDbAsync(db => db.MeterReads.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task StaffImportAFile_AndTheSameFileAgainAddsNothing()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var (serial, line) = await NextReadAsync(1);
        var input = new { input = new { fileName = "amr-api.csv", file = Header + line } };

        var first = (await staff.PostGraphAsync(ImportMutation, input)).ShouldSucceed().Data.GetProperty("importReads");
        var second = (await staff.PostGraphAsync(ImportMutation, input)).ShouldSucceed().Data.GetProperty("importReads");

        first.GetProperty("newReads").GetInt32().ShouldBe(1);
        first.GetProperty("importId").GetString().ShouldNotBeNullOrEmpty();
        second.GetProperty("newReads").GetInt32().ShouldBe(0);
        second.GetProperty("alreadyImported").GetInt32().ShouldBe(1);
        second.GetProperty("nothingNew").GetBoolean().ShouldBeTrue();
        (await site.WithDbAsync(db => db.MeterReads.CountAsync(r => r.ImportId != null && db.Meters.Any(m => m.Id == r.MeterId && m.SerialNumber == serial))))
            .ShouldBe(1);
        var imports = (await staff.PostGraphAsync("{ readImports(first: 5) { fileName imported alreadyImported importedBy } }")).ShouldSucceed()
            .Data.GetProperty("readImports").EnumerateArray().Where(i => i.GetProperty("fileName").GetString() == "amr-api.csv").ToList();
        imports.Select(i => (i.GetProperty("imported").GetInt32(), i.GetProperty("alreadyImported").GetInt32())).ShouldBe([(0, 1), (1, 0)]);
    }

    [Fact]
    public async Task AFileWithoutTheHeader_IsATypedErrorOnTheFileField()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);

        var response = await staff.PostGraphAsync(ImportMutation, new { input = new { file = "M-1,2026-11-04T07:10:00Z,5,\n" } });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ErrorCodes.ShouldBe(["INVALID"]);
        response.ErrorFields.ShouldBe(["file"]);
        response.Errors[0].GetProperty("message").GetString()!.ShouldContain(ReadFile.Header);
    }

    [Fact]
    public async Task ResidentsCannotImportReads()
    {
        // Residents sign in on the Portal only; its API refuses the staff mutation.
        var resident = await portal.SignedInAsync(People.DemoResident);
        var (_, line) = await NextReadAsync(2);
        var before = await portal.WithDbAsync(db => db.MeterReads.CountAsync());

        var response = await resident.PostGraphAsync(ImportMutation, new { input = new { file = Header + line } });

        response.HasData.ShouldBeFalse();
        response.ErrorCodes.ShouldContain("ACCESS_DENIED");
        (await portal.WithDbAsync(db => db.MeterReads.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task StaffFindAMeterByItsRadioId()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var meter = await site.WithDbAsync(db => db.Meters.AsNoTracking().Where(m => m.RadioId != null && m.Status == MeterStatus.Active)
            .OrderBy(m => m.SerialNumber).Select(m => new { m.SerialNumber, m.RadioId }).FirstAsync());

        var response = await staff.PostGraphAsync("query($k: String!) { meter(key: $k) { serialNumber radioId reads(first: 1) { registerValue } } }",
            new { k = meter.RadioId });

        var found = response.ShouldSucceed().Data.GetProperty("meter");
        found.GetProperty("serialNumber").GetString().ShouldBe(meter.SerialNumber);
        found.GetProperty("reads").GetArrayLength().ShouldBe(1);
    }

    private async Task<(int Commands, int Accounts)> CountAsync(HttpClient staff, string query, int first)
    {
        // Every demo account number starts with the same digits, so one prefix finds them all.
        var prefix = (await site.AccountNumbersAsync())[0][..4];
        site.SqlCommands.Reset();
        var response = await staff.PostGraphAsync(query, new { q = prefix, n = first });
        var commands = site.SqlCommands.Count;
        return (commands, response.ShouldSucceed().Data.GetProperty("searchAccounts").GetArrayLength());
    }

    /// <summary>A good next-month read line for the n-th demo meter (each test its own meter), and its serial.</summary>
    private Task<(string Serial, string Line)> NextReadAsync(int n) => site.WithDbAsync(async db =>
    {
        var meter = await db.Meters.AsNoTracking().Where(m => m.Status == MeterStatus.Active)
            .OrderByDescending(m => m.SerialNumber).Skip(n).Select(m => new { m.Id, m.SerialNumber }).FirstAsync();
        var last = (await db.MeterReads.AsNoTracking().Where(r => r.MeterId == meter.Id).Select(r => new { r.ReadAt, r.RegisterValue }).ToListAsync())
            .MaxBy(r => r.ReadAt)!;
        var at = last.ReadAt.AddDays(30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return (meter.SerialNumber, $"{meter.SerialNumber},{at},{last.RegisterValue + 6_000},\n");
    });
}
