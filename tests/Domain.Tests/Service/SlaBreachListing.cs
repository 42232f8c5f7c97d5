using UtilityPortal.Domain.Service;
using static UtilityPortal.Domain.Tests.Service.ServiceHarness;

namespace UtilityPortal.Domain.Tests.Service;

/// <summary>The breach listing shows open requests past their due time and requests resolved late; the queue filters by breach.</summary>
public sealed class SlaBreachListing : IAsyncLifetime
{
    private ServiceHarness _h = null!;

    public async Task InitializeAsync() => _h = await CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task LateOpenAndLateResolvedRequests_AreListed_OnTimeOnesAreNot()
    {
        var account = await _h.AccountAsync();
        var number = account.Number.Value;
        var pressure = await _h.FileAsync(new FileServiceRequestInput(ServiceRequestType.WaterPressure, number, null, "Low"));      // due in 24 h
        var meter = await _h.FileAsync(new FileServiceRequestInput(ServiceRequestType.MeterProblem, number, null, "Lid broken"));    // due in 72 h
        var late = await _h.FileAsync(new FileServiceRequestInput(ServiceRequestType.MeterProblem, number, null, "Dial fogged"));
        var onTime = await _h.FileAsync(new FileServiceRequestInput(ServiceRequestType.MeterProblem, number, null, "Box flooded"));
        await TriageAsync(late.Id, RequestPriority.High);                                                                           // due in 24 h
        await TriageAsync(onTime.Id, RequestPriority.Normal);
        await ResolveAsync(onTime.Id);
        _h.Clock.Advance(TimeSpan.FromHours(30));
        await ResolveAsync(late.Id);

        var breaches = await _h.RunAsync<ServiceTriage, IReadOnlyList<SlaBreach>>(q => q.BreachesAsync(Specialist));

        breaches.Select(b => b.Request.Number).ShouldBe([pressure.Number, late.Number]);
        breaches[0].Late.ShouldBe(TimeSpan.FromHours(6));
        breaches[0].Request.Status.ShouldBe(ServiceRequestStatus.Submitted);
        breaches[1].Request.Status.ShouldBe(ServiceRequestStatus.Resolved);
        breaches[1].Late.ShouldBe(TimeSpan.FromHours(6));

        var queue = await _h.RunAsync<ServiceTriage, TriageQueuePage>(q => q.ListAsync(Specialist, new TriageFilter()));
        queue.Rows.Select(r => r.Number).ShouldBe([pressure.Number, meter.Number]);
        queue.OpenCount.ShouldBe(2);
        queue.BreachedCount.ShouldBe(1);
        queue.Rows[0].Breached.ShouldBeTrue();
        queue.Rows[0].AccountNumber.ShouldBe(number);
        var breachedOnly = await _h.RunAsync<ServiceTriage, TriageQueuePage>(q => q.ListAsync(Specialist, new TriageFilter(BreachedOnly: true)));
        breachedOnly.Rows.ShouldHaveSingleItem().Number.ShouldBe(pressure.Number);
    }

    [Fact]
    public async Task AnEmptyQueue_CountsNothingOpenAndNothingBreached()
    {
        var queue = await _h.RunAsync<ServiceTriage, TriageQueuePage>(q => q.ListAsync(Specialist, new TriageFilter()));

        queue.Rows.ShouldBeEmpty();
        queue.OpenCount.ShouldBe(0);
        queue.BreachedCount.ShouldBe(0);
        queue.HasMore.ShouldBeFalse();
    }

    [Fact]
    public async Task TheQueue_IsForStaffOnly()
    {
        var refused = await Should.ThrowAsync<DomainException>(() => _h.RunAsync<ServiceTriage, TriageQueuePage>(q => q.ListAsync(Resident, new TriageFilter())));

        refused.Code.ShouldBe(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task TriagingAgain_MovesTheDueTime_FromFiling()
    {
        var account = await _h.AccountAsync();
        var request = await _h.FileAsync(new FileServiceRequestInput(ServiceRequestType.MeterProblem, account.Number.Value, null, "Noisy"));
        _h.Clock.Advance(TimeSpan.FromHours(2));

        var triaged = await TriageAsync(request.Id, RequestPriority.Low);

        triaged.DueBy.ShouldBe(Now.AddHours(168));
        triaged.TriagedBy.ShouldBe(Specialist.Name);
    }

    private Task<ServiceRequest> TriageAsync(Guid id, RequestPriority priority) =>
        _h.RunAsync<TriageServiceRequest, ServiceRequest>(t => t.HandleAsync(Specialist, new TriageServiceRequestInput(id, priority)));

    private Task<ServiceRequest> ResolveAsync(Guid id) =>
        _h.RunAsync<CloseServiceRequest, ServiceRequest>(c => c.ResolveAsync(Specialist, new CloseServiceRequestInput(id, "Handled at the desk")));
}
