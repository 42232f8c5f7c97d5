using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain.Attachments;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Pages.ServiceRequests;

/// <summary>
/// One request: what the resident said (and their photo), triage (priority and its due time), turning it into work
/// orders, notes, and resolving or cancelling it. Each step is its use case; the page holds no rules.
/// </summary>
public sealed class DetailsModel(GetServiceRequest get, TriageServiceRequest triage, CreateWorkOrders create, CloseServiceRequest close,
    AddServiceNote notes, ReadAttachment files, IStringLocalizer<SharedResource> t) : StaffStepPageModel(t)
{
    [FromRoute]
    public string Number { get; set; } = string.Empty;

    public ServiceRequestDetail Detail { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public async Task<IActionResult> OnGetPhotoAsync(CancellationToken ct)
    {
        if (!await TryLoadAsync(ct) || Detail.Request.PhotoAttachmentId is not { } photo)
        {
            return NotFound();
        }

        var file = await files.HandleAsync(Actor.FromPrincipal(User), photo, ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public Task<IActionResult> OnPostTriageAsync(RequestPriority priority, CancellationToken ct) =>
        StepAsync((a, request) => triage.HandleAsync(a, new TriageServiceRequestInput(request, priority), ct), "Request triaged.", ct);

    public Task<IActionResult> OnPostWorkOrdersAsync(List<WorkOrderType> types, string? note, CancellationToken ct) =>
        StepAsync((a, request) => create.HandleAsync(a, new CreateWorkOrdersInput(request, types, note), ct), "Work orders created.", ct);

    public Task<IActionResult> OnPostResolveAsync(string? resolution, CancellationToken ct) =>
        StepAsync((a, request) => close.ResolveAsync(a, new CloseServiceRequestInput(request, resolution), ct), "Request resolved.", ct);

    public Task<IActionResult> OnPostCancelAsync(string? reason, CancellationToken ct) =>
        StepAsync((a, request) => close.CancelAsync(a, new CloseServiceRequestInput(request, reason), ct), "Request cancelled.", ct);

    public Task<IActionResult> OnPostNoteAsync(string? note, CancellationToken ct) =>
        StepAsync((a, request) => notes.HandleAsync(a, new AddServiceNoteInput(request, null, note), ct), "Note added.", ct);

    /// <summary>A step on this request, found by its number first.</summary>
    private Task<IActionResult> StepAsync(Func<Actor, Guid, Task> step, string done, CancellationToken ct) =>
        ActAsync(async a =>
        {
            await LoadAsync(ct);
            await step(a, Detail.Request.Id);
        }, done, Here, ct);

    private string Here => $"/ServiceRequests/{Uri.EscapeDataString(Number)}";

    protected override async Task LoadAsync(CancellationToken ct) => Detail = await get.HandleAsync(Actor.FromPrincipal(User), Number, ct);
}
