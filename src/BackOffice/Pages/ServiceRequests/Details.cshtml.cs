using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain.Attachments;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Pages.ServiceRequests;

/// <summary>
/// One request: what the resident said (and their photo), triage (priority and its due time), turning it into work
/// orders, notes, and resolving or cancelling it. Each step is its use case; the page holds no rules.
/// </summary>
public sealed class DetailsModel(GetServiceRequest get, TriageServiceRequest triage, CreateWorkOrders create, CloseServiceRequest close,
    AddServiceNote notes, ReadAttachment files, IStringLocalizer<SharedResource> t) : StaffActions(t)
{
    [FromRoute]
    public string Number { get; set; } = string.Empty;

    public ServiceRequestDetail Detail { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetPhotoAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Detail.Request.PhotoAttachmentId is not { } photo)
        {
            return NotFound();
        }

        var file = await files.HandleAsync(Actor.FromPrincipal(User), photo, ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostTriageAsync(RequestPriority priority, CancellationToken ct)
    {
        await LoadAsync(ct);
        return await ActAsync(a => triage.HandleAsync(a, new TriageServiceRequestInput(Detail.Request.Id, priority), ct), "Request triaged.", Here, ct);
    }

    public async Task<IActionResult> OnPostWorkOrdersAsync(List<WorkOrderType> types, string? note, CancellationToken ct)
    {
        await LoadAsync(ct);
        return await ActAsync(a => create.HandleAsync(a, new CreateWorkOrdersInput(Detail.Request.Id, types, note), ct), "Work orders created.", Here, ct);
    }

    public async Task<IActionResult> OnPostResolveAsync(string? resolution, CancellationToken ct)
    {
        await LoadAsync(ct);
        return await ActAsync(a => close.ResolveAsync(a, new CloseServiceRequestInput(Detail.Request.Id, resolution), ct), "Request resolved.", Here, ct);
    }

    public async Task<IActionResult> OnPostCancelAsync(string? reason, CancellationToken ct)
    {
        await LoadAsync(ct);
        return await ActAsync(a => close.CancelAsync(a, new CloseServiceRequestInput(Detail.Request.Id, reason), ct), "Request cancelled.", Here, ct);
    }

    public async Task<IActionResult> OnPostNoteAsync(string? note, CancellationToken ct)
    {
        await LoadAsync(ct);
        return await ActAsync(a => notes.HandleAsync(a, new AddServiceNoteInput(Detail.Request.Id, null, note), ct), "Note added.", Here, ct);
    }

    private string Here => $"/ServiceRequests/{Uri.EscapeDataString(Number)}";

    protected override async Task LoadAsync(CancellationToken ct) => Detail = await get.HandleAsync(Actor.FromPrincipal(User), Number, ct);
}
