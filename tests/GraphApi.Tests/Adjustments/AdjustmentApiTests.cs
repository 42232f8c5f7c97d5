using System.Text.Json;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Tests.Infrastructure;
using UtilityPortal.GraphApi.Tests.Payments;

namespace UtilityPortal.GraphApi.Tests.Adjustments;

/// <summary>Adjustment requests through the API: the same rules as the pages, from the same use cases.</summary>
public sealed class AdjustmentApiTests(BackOfficeApiFactory site, PortalApiFactory portal) : IClassFixture<BackOfficeApiFactory>, IClassFixture<PortalApiFactory>
{
    private const string Create = """
        mutation($a: String!, $m: Decimal, $r: AdjustmentReason!) {
          createAdjustmentRequest(input: { accountNumber: $a, reason: $r, basis: AMOUNT, direction: CREDIT, amount: $m, notes: "Courtesy" }) {
            request { id status amount requestedBy } canDecide approvalRefusal history { action before after }
          }
        }
        """;

    private const string Approve = """
        mutation($id: ID!) { approveAdjustmentRequest(id: $id) { request { status } history { action actor } } }
        """;

    [Fact]
    public async Task TheMakerCannotApproveTheirOwnRequestAndAnotherSpecialistPostsIt()
    {
        var maker = await site.StaffAsync(StaffRoles.SpecialistI);
        var checker = await site.StaffAsync(StaffRoles.SpecialistII);
        var account = (await site.AccountNumbersAsync())[30];

        var created = (await maker.PostGraphAsync(Create, new { a = account, m = 20m, r = "COURTESY" })).ShouldSucceed().Data.GetProperty("createAdjustmentRequest");
        created.GetProperty("request").GetProperty("status").GetString().ShouldBe("PENDING");
        created.GetProperty("canDecide").GetBoolean().ShouldBeFalse();
        created.GetProperty("approvalRefusal").GetString().ShouldBe("Nobody approves their own request; another person must approve it.");
        var id = created.GetProperty("request").GetProperty("id").GetString();

        var own = await maker.PostGraphAsync(Approve, new { id });
        own.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        own.Errors[0].GetProperty("message").GetString().ShouldBe("Nobody approves their own request; another person must approve it.");

        var approved = (await checker.PostGraphAsync(Approve, new { id })).ShouldSucceed().Data.GetProperty("approveAdjustmentRequest");
        approved.GetProperty("request").GetProperty("status").GetString().ShouldBe("POSTED");
        approved.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString())
            .ShouldBe(["AdjustmentCreated", "AdjustmentApproved", "AdjustmentPosted"]);
    }

    [Fact]
    public async Task AboveTheApproversLimitIsRefusedAndBadAmountsNameTheirField()
    {
        var maker = await site.StaffAsync(StaffRoles.SpecialistIII);
        var checker = await site.StaffAsync(StaffRoles.SpecialistI);
        var account = (await site.AccountNumbersAsync())[31];

        var id = (await maker.PostGraphAsync(Create, new { a = account, m = 75m, r = "FEE_WAIVER" })).ShouldSucceed()
            .Data.GetProperty("createAdjustmentRequest").GetProperty("request").GetProperty("id").GetString();
        var refused = await checker.PostGraphAsync(Approve, new { id });
        refused.Errors[0].GetProperty("message").GetString().ShouldBe("$75.00 is above your approval limit of $50.00; a Supervisor must approve it.");

        (await maker.PostGraphAsync(Create, new { a = account, m = 0.001m, r = "COURTESY" })).ErrorFields.ShouldBe(["amount"]);
        (await maker.PostGraphAsync(Create, new { a = account, m = 10m, r = "BILLING_ERROR" })).ErrorFields.ShouldBe(["billId"]);
    }

    [Fact]
    public async Task TheListFiltersByAccountAndStatus()
    {
        var maker = await site.StaffAsync(StaffRoles.SpecialistII);
        var account = (await site.AccountNumbersAsync())[32];
        (await maker.PostGraphAsync(Create, new { a = account, m = 5m, r = "OTHER" })).ShouldSucceed();

        var list = (await maker.PostGraphAsync("""
            query($a: String) { adjustmentRequests(accountNumber: $a, status: PENDING) { accountNumber reason amount status } }
            """, new { a = account })).ShouldSucceed().Data.GetProperty("adjustmentRequests");

        var row = list.EnumerateArray().ShouldHaveSingleItem();
        row.GetProperty("reason").GetString().ShouldBe("OTHER");
        row.GetProperty("amount").GetDecimal().ShouldBe(5m);
        row.GetProperty("status").GetString().ShouldBe("PENDING");
    }

    [Fact]
    public async Task StaffMutationsAreNotForResidents()
    {
        // Residents use the API through the Portal; the staff site does not sign them in at all.
        var resident = await portal.SignedInAsync(People.DemoResident);
        var account = (await portal.LinkedAccountNumbersAsync(People.DemoResident))[0];

        var refused = await resident.PostGraphAsync(Create, new { a = account, m = 5m, r = "COURTESY" });

        refused.HasData.ShouldBeFalse();
        refused.Body.ShouldContain("createAdjustmentRequest", Case.Insensitive);
        var leak = await resident.PostGraphAsync("""
            mutation($a: String!) { requestLeakAdjustment(input: { accountNumber: $a }) { request { id } } }
            """, new { a = account });
        leak.ErrorFields.ShouldBe(["billId"]);
        (await resident.PostGraphAsync("{ adjustmentRequests { id reason } }")).ShouldSucceed()
            .Data.GetProperty("adjustmentRequests").EnumerateArray().ShouldAllBe(r => r.GetProperty("reason").GetString() == "LEAK");
    }
}
