using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Service;
using static UtilityPortal.Domain.Tests.Service.ServiceHarness;

namespace UtilityPortal.Domain.Tests.Service;

/// <summary>A slot in the past or already taken is refused with a clear message, and nothing is filed or booked.</summary>
public sealed class AppointmentSlotsRefusePastAndTaken : IAsyncLifetime
{
    private ServiceHarness _h = null!;

    public async Task InitializeAsync() => _h = await CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task ASlotThatHasStarted_IsRefused_AndNothingIsFiled()
    {
        var account = await _h.AccountAsync();
        var slot = await _h.SlotAsync(capacity: 3, inHours: 1);
        _h.Clock.Advance(TimeSpan.FromHours(2));

        var refused = await Should.ThrowAsync<DomainException>(() => _h.FileAsync(Pressure(account.Number.Value, slot.Id)));

        refused.Message.ShouldBe("That appointment time has passed; choose a later one.");
        refused.Errors[0].Field.ShouldBe("slotId");
        (await _h.WithDbAsync(db => db.ServiceRequests.CountAsync())).ShouldBe(0);
        (await _h.WithDbAsync(db => db.AppointmentSlots.SingleAsync(s => s.Id == slot.Id))).Booked.ShouldBe(0);
    }

    [Fact]
    public async Task ATakenSlot_IsRefused_AndTheFirstBookingStands()
    {
        var account = await _h.AccountAsync();
        var slot = await _h.SlotAsync(capacity: 1);
        var first = await _h.FileAsync(Pressure(account.Number.Value, slot.Id));

        var refused = await Should.ThrowAsync<DomainException>(() => _h.FileAsync(Pressure(account.Number.Value, slot.Id)));

        refused.Message.ShouldBe("That appointment time was just taken; choose another.");
        (await _h.WithDbAsync(db => db.ServiceRequests.CountAsync())).ShouldBe(1);
        (await _h.RequestAsync(first.Id)).SlotId.ShouldBe(slot.Id);
        (await _h.RunAsync<AppointmentSlots, IReadOnlyList<AppointmentSlotView>>(s => s.OpenAsync())).ShouldBeEmpty();
    }

    [Fact]
    public async Task SchedulingAnOrder_MovesItsPlace_AndRefusesAFullSlot()
    {
        var account = await _h.AccountAsync();
        var picked = await _h.SlotAsync(capacity: 1);
        var other = await _h.SlotAsync(capacity: 1, inHours: 48);
        var full = await _h.SlotAsync(capacity: 1, inHours: 72);
        await _h.FileAsync(Pressure(account.Number.Value, full.Id));
        var request = await _h.FileAsync(Pressure(account.Number.Value, picked.Id));
        await _h.RunAsync<TriageServiceRequest, ServiceRequest>(t => t.HandleAsync(Specialist, new TriageServiceRequestInput(request.Id, RequestPriority.High)));
        var order = (await _h.RunAsync<CreateWorkOrders, IReadOnlyList<WorkOrder>>(c =>
            c.HandleAsync(Specialist, new CreateWorkOrdersInput(request.Id, [WorkOrderType.PressureCheck]))))[0];
        order.SlotId.ShouldBe(picked.Id);

        await _h.RunAsync<ScheduleWorkOrder, WorkOrder>(s => s.HandleAsync(Specialist, new ScheduleWorkOrderInput(order.Id, other.Id)));
        var refused = await Should.ThrowAsync<DomainException>(() =>
            _h.RunAsync<ScheduleWorkOrder, WorkOrder>(s => s.HandleAsync(Specialist, new ScheduleWorkOrderInput(order.Id, full.Id))));

        refused.Message.ShouldBe("That appointment time was just taken; choose another.");
        var slots = await _h.WithDbAsync(db => db.AppointmentSlots.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Booked));
        slots[picked.Id].ShouldBe(0);
        slots[other.Id].ShouldBe(1);
        slots[full.Id].ShouldBe(1);
        (await _h.OrdersAsync(request.Id))[0].ScheduledStart.ShouldBe(other.StartsAt);
    }

    [Fact]
    public async Task ASlotInThePast_CannotBeCreated()
    {
        var refused = await Should.ThrowAsync<DomainException>(() => _h.RunAsync<AppointmentSlots, AppointmentSlotView>(s =>
            s.CreateAsync(Supervisor, new CreateAppointmentSlotInput(new DateOnly(2026, 11, 25), new TimeOnly(9, 0), new TimeOnly(11, 0), 2))));

        refused.Message.ShouldBe("An appointment slot must start in the future.");
        (await _h.WithDbAsync(db => db.AppointmentSlots.CountAsync())).ShouldBe(0);
    }

    private static FileServiceRequestInput Pressure(string account, Guid slot) =>
        new(ServiceRequestType.WaterPressure, account, null, "Barely a trickle upstairs", SlotId: slot);
}
