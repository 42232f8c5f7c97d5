using System.Net;
using UtilityPortal.Domain.Development;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Development;

/// <summary>Staff work the estimate worksheet through the BackOffice's API: queue, review, extra line, issue, revise; roles enforced.</summary>
public sealed class EstimateWorksheetApiTests(BackOfficeApiFactory backOffice) : IClassFixture<BackOfficeApiFactory>
{
    private static string Mutation(string name, string args = "id: $id") => $"mutation($id: ID!) {{ {name}({args}) {{ {EstimateGraph.Fields} }} }}";

    [Fact]
    public async Task StaffReviewAddALineIssueAndRevise()
    {
        var contractor = await EstimateGraph.ContractorActorAsync(backOffice);
        var estimate = await EstimateGraph.RunAsync<RequestEstimate, ContractorEstimate>(backOffice, u => u.HandleAsync(contractor, EstimateGraph.NewParcel()));
        var specialist = await backOffice.SignedInAsync("specialist2@example.com");

        var queue = (await specialist.PostGraphAsync("{ estimateQueue(status: REQUESTED) { id reference } }")).ShouldSucceed().Data.GetProperty("estimateQueue");
        queue.EnumerateArray().Select(e => e.GetProperty("reference").GetString()).ShouldContain(estimate.Reference);

        (await specialist.PostGraphAsync(Mutation("startEstimateReview"), new { id = estimate.Id })).ShouldSucceed();
        var withLine = (await specialist.PostGraphAsync(
            $"mutation($input: AddEstimateLineInput!) {{ addEstimateLine(input: $input) {{ {EstimateGraph.Fields} }} }}",
            new { input = new { estimateId = estimate.Id, description = "Road cut", amount = 1_200.00m, reason = "Crosses the county road" } }))
            .ShouldSucceed().Data.GetProperty("addEstimateLine");
        withLine.GetProperty("extraLines")[0].GetProperty("reason").GetString().ShouldBe("Crosses the county road");

        var issued = (await specialist.PostGraphAsync(Mutation("issueEstimate"), new { id = estimate.Id })).ShouldSucceed().Data.GetProperty("issueEstimate");
        issued.GetProperty("status").GetString().ShouldBe("ISSUED");
        // 3/4" residential with sewer: 1.5 ERCs; then the road cut.
        issued.GetProperty("versions")[0].GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amount").GetDecimal())
            .ShouldBe([2_625.00m, 3_187.50m, 375m, 150m, 1_200m]);

        var revised = (await specialist.PostGraphAsync("mutation($id: ID!, $reason: String!) { reviseEstimate(id: $id, reason: $reason) { status versions { version revisedReason } } }",
            new { id = estimate.Id, reason = "Owner wants a 1 inch meter" })).ShouldSucceed().Data.GetProperty("reviseEstimate");
        revised.GetProperty("status").GetString().ShouldBe("REVISED");
        revised.GetProperty("versions")[0].GetProperty("revisedReason").GetString().ShouldBe("Owner wants a 1 inch meter");
    }

    [Fact]
    public async Task ASpecialistOneCannotIssue_AndAnIllegalTransitionIsAConflict()
    {
        var contractor = await EstimateGraph.ContractorActorAsync(backOffice);
        var estimate = await EstimateGraph.RunAsync<RequestEstimate, ContractorEstimate>(backOffice, u => u.HandleAsync(contractor, EstimateGraph.NewParcel("01-4103-200-0020")));
        var specialistOne = await backOffice.SignedInAsync(People.DemoSpecialist);

        var issue = await specialistOne.PostGraphAsync(Mutation("issueEstimate"), new { id = estimate.Id });
        issue.ErrorCodes.ShouldAllBe(code => code == "ACCESS_DENIED", issue.Body);
        issue.HasData.ShouldBeFalse();

        var convert = await (await backOffice.SignedInAsync("specialist2@example.com")).PostGraphAsync(Mutation("convertEstimate"), new { id = estimate.Id });
        convert.Status.ShouldBe(HttpStatusCode.OK);
        convert.ErrorCodes.ShouldBe(["CONFLICT"], convert.Body);
        convert.Errors[0].GetProperty("message").GetString().ShouldBe("An estimate that is requested cannot become converted; only one that is accepted can.");
    }
}
