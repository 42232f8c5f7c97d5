using UtilityPortal.GraphApi.Tests.Infrastructure;
using UtilityPortal.GraphApi.Tests.Payments;

namespace UtilityPortal.GraphApi.Tests.Service;

/// <summary>Staff file, triage, dispatch and close a request through the API; a close without a result code and an illegal move are typed errors.</summary>
public sealed class ServiceApiTests(CollectionsApiFactory site, PortalApiFactory portal) : IClassFixture<CollectionsApiFactory>, IClassFixture<PortalApiFactory>
{
    private const string File = """
        mutation($input: FileServiceRequestInput!) { fileServiceRequest(input: $input) { id number status priority dueBy workOrders { id type priority } } }
        """;

    private const string Triage = """
        mutation($input: TriageServiceRequestInput!) { triageServiceRequest(input: $input) { status priority } }
        """;

    private const string Create = """
        mutation($input: CreateWorkOrdersInput!) { createWorkOrders(input: $input) { id type status priority } }
        """;

    private const string Close = """
        mutation($input: CloseWorkOrderInput!) { closeWorkOrder(input: $input) { status result resultCode } }
        """;

    private const string Request = """
        query($number: String!) { serviceRequest(requestNumber: $number) { status outcome workOrders { status resultCode } } }
        """;

    [Fact]
    public async Task ARequestIsFiledTriagedDispatchedAndClosed_AndBadMovesAreRefused()
    {
        var account = await site.AccountAsync();
        var staff = await site.SignedInAsync(People.DemoSpecialist);

        var filed = (await staff.PostGraphAsync(File, new { input = new { type = "WATER_PRESSURE", accountNumber = account.Number, description = "Low upstairs", contactPreference = "NONE" } }))
            .ShouldSucceed().Data.GetProperty("fileServiceRequest");
        var id = filed.GetProperty("id").GetString();
        var number = filed.GetProperty("number").GetString()!;
        var early = await staff.PostGraphAsync(Create, new { input = new { serviceRequestId = id, types = new[] { "PRESSURE_CHECK" } } });
        var triaged = (await staff.PostGraphAsync(Triage, new { input = new { serviceRequestId = id, priority = "HIGH" } })).ShouldSucceed().Data.GetProperty("triageServiceRequest");
        var order = (await staff.PostGraphAsync(Create, new { input = new { serviceRequestId = id, types = new[] { "PRESSURE_CHECK" } } }))
            .ShouldSucceed().Data.GetProperty("createWorkOrders")[0];
        var orderId = order.GetProperty("id").GetString();
        var noCode = await staff.PostGraphAsync(Close, new { input = new { workOrderId = orderId, fees = new[] { "fieldVisit" } } });
        var closed = (await staff.PostGraphAsync(Close, new { input = new { workOrderId = orderId, resultCode = "PRESSURE_LOW", note = "48 psi" } }))
            .ShouldSucceed().Data.GetProperty("closeWorkOrder");
        var after = (await staff.PostGraphAsync(Request, new { number })).ShouldSucceed().Data.GetProperty("serviceRequest");
        var retriage = await staff.PostGraphAsync(Triage, new { input = new { serviceRequestId = id, priority = "LOW" } });

        filed.GetProperty("status").GetString().ShouldBe("SUBMITTED");
        filed.GetProperty("priority").GetString().ShouldBe("HIGH");
        early.ErrorCodes.ShouldBe(["CONFLICT"]);
        early.Errors[0].GetProperty("message").GetString().ShouldBe($"Service request {number} is submitted and cannot be dispatched. Triage it first.");
        triaged.GetProperty("status").GetString().ShouldBe("TRIAGED");
        order.GetProperty("priority").GetString().ShouldBe("HIGH");
        noCode.ErrorCodes.ShouldBe(["INVALID"]);
        noCode.Errors[0].GetProperty("message").GetString().ShouldBe("Choose the field result code.");
        closed.GetProperty("status").GetString().ShouldBe("COMPLETED");
        closed.GetProperty("resultCode").GetString().ShouldBe("PRESSURE_LOW");
        after.GetProperty("status").GetString().ShouldBe("RESOLVED");
        after.GetProperty("outcome").GetString().ShouldBe("PressureCheck: PressureLow. 48 psi");
        retriage.ErrorCodes.ShouldBe(["CONFLICT"]);
    }

    [Fact]
    public async Task ALeakIsDispatchedAtOnce_AndTheTriageQueueIsForStaff()
    {
        var account = await site.AccountAsync();
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        // Residents use the API through the Portal; the staff site does not sign them in at all.
        var resident = await portal.SignedInAsync(People.DemoResident);

        var leak = (await staff.PostGraphAsync(File, new { input = new { type = "REPORT_LEAK", accountNumber = account.Number, location = "Curb stop", severity = "SEVERE" } }))
            .ShouldSucceed().Data.GetProperty("fileServiceRequest");
        var queue = (await staff.PostGraphAsync("query { triageQueue(type: REPORT_LEAK) { openCount requests { number priority status } } }"))
            .ShouldSucceed().Data.GetProperty("triageQueue");
        var denied = await resident.PostGraphAsync("query { triageQueue { openCount } }");

        leak.GetProperty("status").GetString().ShouldBe("DISPATCHED");
        leak.GetProperty("priority").GetString().ShouldBe("EMERGENCY");
        leak.GetProperty("workOrders")[0].GetProperty("type").GetString().ShouldBe("LEAK_INVESTIGATION");
        queue.GetProperty("requests").EnumerateArray().ShouldContain(r => r.GetProperty("number").GetString() == leak.GetProperty("number").GetString());
        denied.ErrorCodes.ShouldNotBeEmpty();
    }
}
