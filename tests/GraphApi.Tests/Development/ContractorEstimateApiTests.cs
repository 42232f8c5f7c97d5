using System.Text.Json;
using UtilityPortal.Domain.Development;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Development;

/// <summary>A contractor requests, follows and accepts an estimate through the Portal's API; staff issue it in between.</summary>
public sealed class ContractorEstimateApiTests(PortalApiFactory portal) : IClassFixture<PortalApiFactory>
{
    private const string Request = """
        mutation($input: RequestEstimateInput!) { requestEstimate(input: $input) { FIELDS } }
        """;

    [Fact]
    public async Task AContractorRequestsFollowsAndAcceptsAnEstimate()
    {
        var contractor = await portal.SignedInAsync(EstimateGraph.Contractor);
        var requested = (await contractor.PostGraphAsync(Request.Replace("FIELDS", EstimateGraph.Fields, StringComparison.Ordinal), new
        {
            input = new
            {
                parcelId = "01-4103-300-0020", addressLine1 = "12 Egret Lane", city = "Palm Harbor City", zip = "33411", meterSize = "1",
                services = new[] { "WATER", "SEWER", "FIRE_LINE" }, useClass = "COMMERCIAL", averageDailyGallons = 1_000, insideCity = true,
            },
        })).ShouldSucceed().Data.GetProperty("requestEstimate");
        requested.GetProperty("status").GetString().ShouldBe("REQUESTED");
        var id = Guid.Parse(requested.GetProperty("id").GetString()!);

        var mine = (await contractor.PostGraphAsync("{ myEstimates { id reference status } }")).ShouldSucceed().Data.GetProperty("myEstimates");
        mine.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ShouldContain(id.ToString());

        await EstimateGraph.RunAsync<StartEstimateReview, ContractorEstimate>(portal, u => u.HandleAsync(EstimateGraph.SpecialistTwo, id));
        await EstimateGraph.RunAsync<IssueEstimate, ContractorEstimate>(portal, u => u.HandleAsync(EstimateGraph.SpecialistTwo, id));

        var accepted = (await contractor.PostGraphAsync($"mutation($id: ID!) {{ acceptEstimate(id: $id) {{ {EstimateGraph.Fields} }} }}", new { id }))
            .ShouldSucceed().Data.GetProperty("acceptEstimate");
        accepted.GetProperty("status").GetString().ShouldBe("ACCEPTED");
        var version = accepted.GetProperty("versions")[0];
        version.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amount").GetDecimal()).ShouldBe([5_005.00m, 6_077.50m, 450m, 500m]);
        version.GetProperty("fees").GetDecimal().ShouldBe(11_532.50m);
        accepted.GetProperty("feesDue").GetDecimal().ShouldBe(11_532.50m);
        accepted.GetProperty("accountNumber").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task AnUnknownMeterSizeOrAParcelOutsideTheAreaIsRefusedAndNothingIsSaved()
    {
        var contractor = await portal.SignedInAsync(EstimateGraph.Contractor);
        var before = (await contractor.PostGraphAsync("{ myEstimates { id } }")).ShouldSucceed().Data.GetProperty("myEstimates").GetArrayLength();

        foreach (var (parcel, size, field) in new[] { ("01-4101-000-0010", "8", "meterSize"), ("00-4199-000-0010", "1", "parcelId") })
        {
            var response = await contractor.PostGraphAsync(Request.Replace("FIELDS", "id", StringComparison.Ordinal), new
            {
                input = new { parcelId = parcel, meterSize = size, services = new[] { "WATER" }, useClass = "COMMERCIAL", insideCity = true },
            });
            response.ErrorCodes.ShouldBe(["INVALID"], response.Body);
            response.ErrorFields.ShouldBe([field]);
        }

        (await contractor.PostGraphAsync("{ myEstimates { id } }")).ShouldSucceed().Data.GetProperty("myEstimates").GetArrayLength().ShouldBe(before);
    }

    [Fact]
    public async Task AResidentCannotRequestOrSeeEstimates()
    {
        var resident = await portal.SignedInAsync(People.DemoResident);

        var response = await resident.PostGraphAsync("{ myEstimates { id } }");

        response.ErrorCodes.ShouldBe(["FORBIDDEN"], response.Body);
        response.Json.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
