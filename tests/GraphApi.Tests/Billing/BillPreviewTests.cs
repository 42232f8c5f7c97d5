using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Billing;

/// <summary>The public bill calculator's query: golden bills priced as worked by hand, open to anonymous callers on the Portal, typed errors for bad input.</summary>
public sealed class BillPreviewTests(PortalApiFactory portal) : IClassFixture<PortalApiFactory>
{
    private const string Query = """
        query($input: BillPreviewInput!) {
          billPreview(input: $input) { scheduleCode total lines { service description quantity rate amount } }
        }
        """;

    [Theory]
    [MemberData(nameof(GoldenBillTable.Names), MemberType = typeof(GoldenBillTable))]
    public async Task AGoldenBillPricesAsWorkedByHand_ForAnAnonymousCaller(string name)
    {
        var golden = GoldenBillTable.All[name];
        var anonymous = portal.CreateBrowser();

        var preview = (await anonymous.PostGraphAsync(Query, new { input = golden.Input })).ShouldSucceed().Data.GetProperty("billPreview");

        preview.GetProperty("scheduleCode").GetString().ShouldBe("FY2026");
        var lines = preview.GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => (l.GetProperty("service").GetString(), l.GetProperty("amount").GetDecimal()))
            .ShouldBe(golden.Lines.Select(l => ((string?)l.Service, l.Amount)));
        foreach (var (line, expected) in lines.Zip(golden.Lines).Where(p => p.Second.Quantity is not null))
        {
            line.GetProperty("quantity").GetDecimal().ShouldBe(expected.Quantity!.Value, expected.ToString());
        }

        preview.GetProperty("total").GetDecimal().ShouldBe(golden.Total);
    }

    [Fact]
    public async Task WithoutAScheduleCode_TheScheduleInEffectTodayPrices_AndDwellingUnitsDefaultToOne()
    {
        var today = Florida.Today(portal.Services.GetRequiredService<TimeProvider>());
        string inEffect;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            inEffect = (await scope.ServiceProvider.GetRequiredService<RateScheduleCatalog>().InEffectOnAsync(today)).ShouldNotBeNull().Ref.Code;
        }

        var response = await portal.CreateBrowser().PostGraphAsync(Query, new
        {
            input = new { customerClass = "RESIDENTIAL", meterSize = "5/8", waterGallons = 0, insideCity = true, services = new[] { "REFUSE" } },
        });

        var preview = response.ShouldSucceed().Data.GetProperty("billPreview");
        preview.GetProperty("scheduleCode").GetString().ShouldBe(inEffect);
        preview.GetProperty("lines")[0].GetProperty("quantity").GetDecimal().ShouldBe(1m);
    }

    [Theory]
    [InlineData("{ me { email } }")]
    [InlineData("{ rateSchedules { code } }")]
    public async Task AnAnonymousCallerAskingForMoreThanThePreview_GetsNothing(string otherField)
    {
        var query = "query($input: BillPreviewInput!) { billPreview(input: $input) { total } " + otherField[1..];

        var response = await portal.CreateBrowser().PostGraphAsync(query, new { input = GoldenBillTable.All.Values.First().Input });

        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
        response.HasData.ShouldBeFalse(response.Body);
        response.ErrorCodes.ShouldNotBeEmpty();
        response.ErrorCodes.ShouldAllBe(code => code == "ACCESS_DENIED");
    }

    [Theory]
    [InlineData("meterSize", "7/8", "meterSize")]
    [InlineData("meterSize", "8", "meterSize")]
    [InlineData("scheduleCode", "FY1999", "scheduleCode")]
    [InlineData("waterGallons", -1, "waterGallons")]
    [InlineData("reuseGallons", -500, "reuseGallons")]
    [InlineData("periodDays", 0, "periodDays")]
    public async Task BadInput_IsATypedErrorNamingTheField(string field, object value, string expectedField)
    {
        var input = new Dictionary<string, object?>
        {
            ["customerClass"] = "RESIDENTIAL",
            ["meterSize"] = "5/8",
            ["waterGallons"] = 7500,
            ["insideCity"] = true,
            ["services"] = new[] { "WATER", "REUSE" },
            [field] = value,
        };

        var response = await portal.CreateBrowser().PostGraphAsync(Query, new { input });

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.ErrorCodes.ShouldBe(["INVALID"], response.Body);
        response.ErrorFields.ShouldBe([expectedField]);
        response.Errors[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()).ShouldBe(["billPreview"]);
        response.Errors[0].GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        response.Json.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task AnUnknownMeterSize_SaysWhichSizesTheScheduleKnows()
    {
        var response = await portal.CreateBrowser().PostGraphAsync(Query, new
        {
            input = new { scheduleCode = "FY2026", customerClass = "RESIDENTIAL", meterSize = "7/8", waterGallons = 100, insideCity = true, services = new[] { "WATER" } },
        });

        response.ErrorFields.ShouldBe(["meterSize"]);
        response.Errors[0].GetProperty("message").GetString()!.ShouldContain("1-1/2");
    }

    [Fact]
    public async Task AServiceOrClassOutsideTheContract_IsRefusedBeforeAnythingRuns()
    {
        var response = await portal.CreateBrowser().PostGraphAsync(Query, new
        {
            input = new { customerClass = "INDUSTRIAL", meterSize = "5/8", waterGallons = 100, insideCity = true, services = new[] { "GAS" } },
        });

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.HasData.ShouldBeFalse();
        response.Errors.ShouldNotBeEmpty();
    }
}
