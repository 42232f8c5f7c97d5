using System.Net;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Development;

/// <summary>The public connection fee calculator's query: open to anonymous callers on the Portal, priced as rates README "Contractor estimates" says.</summary>
public sealed class EstimatePreviewTests(PortalApiFactory portal) : IClassFixture<PortalApiFactory>
{
    private const string Query = """
        query($input: EstimatePreviewInput!) {
          estimatePreview(input: $input) { scheduleCode ercs total lines { kind description amount } }
        }
        """;

    [Theory]
    [InlineData("5/8", true, null, 1.00, new[] { 1_750.00, 2_125.00, 325.00, 300.00 })]
    [InlineData("3/4", false, null, 1.50, new[] { 3_281.25, 3_984.38, 375.00, 300.00 })]
    [InlineData("1", true, 1_000, 2.86, new[] { 5_005.00, 6_077.50, 450.00, 500.00 })]
    [InlineData("6", false, 20_000, 57.15, new[] { 125_015.63, 151_804.69, 0, 9_000.00 })]
    public async Task AnAnonymousCallerGetsTheLinesWorkedByHand(string size, bool inside, int? gpd, double ercs, double[] amounts)
    {
        var response = await portal.CreateBrowser().PostGraphAsync(Query, new
        {
            input = new { scheduleCode = "FY2026", customerClass = "COMMERCIAL", meterSize = size, sewer = true, averageDailyGallons = gpd, insideCity = inside },
        });

        var preview = response.ShouldSucceed().Data.GetProperty("estimatePreview");
        preview.GetProperty("scheduleCode").GetString().ShouldBe("FY2026");
        preview.GetProperty("ercs").GetDecimal().ShouldBe((decimal)ercs);
        var lines = preview.GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => l.GetProperty("amount").GetDecimal()).ShouldBe(amounts.Select(a => (decimal)a));
        lines.Select(l => l.GetProperty("kind").GetString()).ShouldBe(["WATER_CAPITAL_FACILITY", "SEWER_CAPITAL_FACILITY", "METER_INSTALLATION", "DEPOSIT"]);
        preview.GetProperty("total").GetDecimal().ShouldBe(amounts.Sum(a => (decimal)a));
        lines[2].GetProperty("description").GetString()!.EndsWith("installed by contractor", StringComparison.Ordinal).ShouldBe(size == "6");
    }

    [Fact]
    public async Task WithoutSewerAndScheduleCode_TheScheduleInEffectPricesWaterOnly()
    {
        var response = await portal.CreateBrowser().PostGraphAsync(Query, new
        {
            input = new { customerClass = "RESIDENTIAL", meterSize = "5/8", sewer = false, insideCity = true },
        });

        var lines = response.ShouldSucceed().Data.GetProperty("estimatePreview").GetProperty("lines").EnumerateArray().ToList();
        lines.Count.ShouldBe(3);
        lines.ShouldNotContain(l => l.GetProperty("description").GetString()!.StartsWith("Sewer", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("meterSize", "8", "meterSize", "sets no connection charges for 8\" meters")]
    [InlineData("meterSize", "7/8", "meterSize", "Unknown meter size '7/8'")]
    [InlineData("scheduleCode", "FY1999", "scheduleCode", "There is no rate schedule FY1999.")]
    [InlineData("averageDailyGallons", 0, "averageDailyGallons", "Average daily demand is 1 to")]
    public async Task BadInput_IsATypedErrorNamingTheField(string field, object value, string expectedField, string message)
    {
        var input = new Dictionary<string, object?>
        {
            ["customerClass"] = "COMMERCIAL",
            ["meterSize"] = "1",
            ["sewer"] = true,
            ["insideCity"] = true,
            [field] = value,
        };

        var response = await portal.CreateBrowser().PostGraphAsync(Query, new { input });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ErrorCodes.ShouldBe(["INVALID"], response.Body);
        response.ErrorFields.ShouldBe([expectedField]);
        response.Errors[0].GetProperty("message").GetString()!.ShouldContain(message);
        response.HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task AnAnonymousCallerAskingForMoreThanThePreview_GetsNothing()
    {
        var response = await portal.CreateBrowser().PostGraphAsync(
            "query { estimatePreview(input: { customerClass: RESIDENTIAL, meterSize: \"5/8\", sewer: true, insideCity: true }) { total } myEstimates { id } }");

        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
        response.HasData.ShouldBeFalse(response.Body);
    }
}
