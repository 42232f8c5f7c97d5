using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Service;
using static UtilityPortal.Domain.Tests.Service.ServiceHarness;

namespace UtilityPortal.Domain.Tests.Service;

/// <summary>A resident's leak report goes to dispatch at once at top priority; other requests wait for triage.</summary>
public sealed class LeakReportsAreDispatchedAtOnce : IAsyncLifetime
{
    private ServiceHarness _h = null!;

    public async Task InitializeAsync() => _h = await CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task ALeak_IsTriagedAsEmergency_WithALeakInvestigationOrderAtTopPriority()
    {
        var account = await _h.AccountAsync();

        var request = await _h.FileAsync(new FileServiceRequestInput(ServiceRequestType.ReportLeak, account.Number.Value, null, "Bubbling up",
            "Front yard by the meter box", LeakSeverity.Severe));

        var saved = await _h.RequestAsync(request.Id);
        saved.Status.ShouldBe(ServiceRequestStatus.Dispatched);
        saved.Priority.ShouldBe(RequestPriority.Emergency);
        saved.DueBy.ShouldBe(Now.AddHours(4));
        saved.Number.ShouldMatch("^SR-[0-9A-F]{10}$");
        var order = (await _h.OrdersAsync(request.Id)).ShouldHaveSingleItem();
        order.Type.ShouldBe(WorkOrderType.LeakInvestigation);
        order.Priority.ShouldBe(RequestPriority.Emergency);
        order.ServiceAccountId.ShouldBe(account.Id);
        order.RequestNote.ShouldBe("Front yard by the meter box");

        var queue = await _h.RunAsync<WorkOrderDispatch, IReadOnlyList<WorkOrderView>>(d => d.ListAsync(Specialist));
        queue[0].Id.ShouldBe(order.Id);
    }

    [Fact]
    public async Task AHighBillInvestigation_WaitsForTriage_AndTheResidentIsToldItWasReceived()
    {
        var account = await _h.AccountAsync();

        var request = await _h.FileAsync(new FileServiceRequestInput(ServiceRequestType.HighBillInvestigation, account.Number.Value, null,
            "My bill doubled in October"));

        var saved = await _h.RequestAsync(request.Id);
        saved.Status.ShouldBe(ServiceRequestStatus.Submitted);
        saved.Priority.ShouldBe(RequestPriority.Normal);
        saved.DueBy.ShouldBe(Now.AddHours(120));
        (await _h.OrdersAsync(request.Id)).ShouldBeEmpty();
        var mail = await _h.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Key == $"service-request:{request.Id:N}:received:email"));
        mail.Channel.ShouldBe(OutboxChannel.Email);
        mail.Body.ShouldContain($"City Utilities received your request {saved.Number}");
    }

    [Fact]
    public async Task AResident_CannotFileForAnAccountTheyHaveNotLinked()
    {
        var account = await _h.AccountAsync();

        var refused = await Should.ThrowAsync<DomainException>(() => _h.FileAsync(
            new FileServiceRequestInput(ServiceRequestType.WaterPressure, account.Number.Value, null, "Low"), Stranger));

        refused.Code.ShouldBe(ErrorCodes.NotFound);
        (await _h.WithDbAsync(db => db.ServiceRequests.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task TheSameRequestKey_FilesOnce()
    {
        var account = await _h.AccountAsync();
        var input = new FileServiceRequestInput(ServiceRequestType.MeterProblem, account.Number.Value, null, "Meter lid broken", RequestKey: "portal:abc");

        var first = await _h.FileAsync(input);
        var second = await _h.FileAsync(input);

        second.Id.ShouldBe(first.Id);
        (await _h.WithDbAsync(db => db.ServiceRequests.CountAsync())).ShouldBe(1);
    }
}
