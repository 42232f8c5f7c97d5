using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Service;
using static UtilityPortal.Domain.Tests.Service.ServiceHarness;

namespace UtilityPortal.Domain.Tests.Service;

/// <summary>Status updates go by the channel the resident chose, in their language; a text needs their SMS consent.</summary>
public sealed class StatusUpdatesFollowThePreference : IAsyncLifetime
{
    private ServiceHarness _h = null!;

    public async Task InitializeAsync() => _h = await CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task TextsWithoutConsent_AreNotSent()
    {
        var account = await _h.AccountAsync(sms: false);

        var request = await _h.FileAsync(new FileServiceRequestInput(ServiceRequestType.MeterProblem, account.Number.Value, null, "Lid", Contact: ContactPreference.Sms));

        (await MessagesAsync(request.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ASpanishSpeaker_WithConsent_GetsTheTextInSpanish_AndTheBookedTime()
    {
        var account = await _h.AccountAsync(sms: true, language: Languages.Spanish);
        var slot = await _h.SlotAsync(capacity: 2);
        var request = await _h.FileAsync(new FileServiceRequestInput(ServiceRequestType.MeterProblem, account.Number.Value, null, "Tapa rota",
            Contact: ContactPreference.Sms));
        await _h.RunAsync<TriageServiceRequest, ServiceRequest>(t => t.HandleAsync(Specialist, new TriageServiceRequestInput(request.Id, RequestPriority.Normal)));
        var order = (await _h.RunAsync<CreateWorkOrders, IReadOnlyList<WorkOrder>>(c =>
            c.HandleAsync(Specialist, new CreateWorkOrdersInput(request.Id, [WorkOrderType.MeterRepair])))).Single();

        await _h.RunAsync<ScheduleWorkOrder, WorkOrder>(s => s.HandleAsync(Specialist, new ScheduleWorkOrderInput(order.Id, slot.Id)));

        var messages = await MessagesAsync(request.Id);
        messages.ShouldAllBe(m => m.Channel == OutboxChannel.Sms && m.Language == Languages.Spanish);
        messages.Count.ShouldBe(2);
        messages[0].Body.ShouldBe($"City Utilities recibió su solicitud {request.Number}. Le mantendremos informado.");
        messages[1].Body.ShouldStartWith($"City Utilities: la visita de la solicitud {request.Number} está programada para viernes 27");
        messages[1].Body.ShouldContain("10:00");
    }

    private Task<List<OutboxMessage>> MessagesAsync(Guid requestId) => _h.WithDbAsync(db =>
        db.OutboxMessages.AsNoTracking().Where(m => m.Key.StartsWith($"service-request:{requestId:N}")).OrderBy(m => m.CreatedAt).ThenBy(m => m.Key).ToListAsync());
}
