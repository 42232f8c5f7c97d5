using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Pages.WorkOrders;

/// <summary>One work order: assign it, book it into a slot, complete it with a result code and fees, cancel it, add notes.</summary>
public sealed class DetailsModel(WorkOrderDispatch dispatch, ScheduleWorkOrder schedule, CompleteWorkOrder complete, CancelWorkOrder cancel,
    AddServiceNote notes, AppointmentSlots slots, IStringLocalizer<SharedResource> t) : StaffStepPageModel(t)
{
    [FromRoute]
    public Guid Id { get; set; }

    public WorkOrderDetail Detail { get; private set; } = null!;

    public IReadOnlyList<AppointmentSlotView> Slots { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostAssignAsync(string? assignedTo, CancellationToken ct) =>
        ActAsync(a => dispatch.AssignAsync(a, new AssignWorkOrderInput(Id, assignedTo), ct), "Work order assigned.", Here, ct);

    public Task<IActionResult> OnPostScheduleAsync(Guid? slotId, CancellationToken ct) =>
        ActAsync(a => slotId is { } slot
                ? schedule.HandleAsync(a, new ScheduleWorkOrderInput(Id, slot), ct)
                : throw new DomainException(ErrorCodes.Invalid, "Choose an appointment slot.", "slotId"),
            "Work order scheduled.", Here, ct);

    public Task<IActionResult> OnPostCompleteAsync(FieldResultCode? resultCode, string? note, List<string> fees, bool resolveRequest, CancellationToken ct) =>
        ActAsync(a => complete.HandleAsync(a, new CompleteWorkOrderCommand(Id, resultCode, note, fees, resolveRequest), ct), "Work order completed.", Here, ct);

    public Task<IActionResult> OnPostCancelAsync(string? reason, CancellationToken ct) =>
        ActAsync(a => cancel.HandleAsync(a, new CancelWorkOrderInput(Id, reason), ct), "Work order cancelled.", Here, ct);

    public Task<IActionResult> OnPostNoteAsync(string? note, CancellationToken ct) =>
        ActAsync(a => notes.HandleAsync(a, new AddServiceNoteInput(null, Id, note), ct), "Note added.", Here, ct);

    private string Here => $"/WorkOrders/{Id}";

    protected override async Task LoadAsync(CancellationToken ct)
    {
        Detail = await dispatch.DetailAsync(Actor.FromPrincipal(User), Id, ct);
        Slots = Detail.Order.Status is WorkOrderStatus.Open or WorkOrderStatus.Assigned ? await slots.OpenAsync(ct: ct) : [];
    }
}
