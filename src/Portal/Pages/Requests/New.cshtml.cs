using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Attachments;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Requests;

/// <summary>
/// Files a request: a leak (where, how bad, a photo), a high bill investigation, water pressure or a meter problem, for
/// one of the resident's linked accounts, with an appointment where a visit is needed and how to send updates.
/// <see cref="FileServiceRequest"/> checks everything; its errors come back next to their fields and nothing is filed.
/// </summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class NewModel(FileServiceRequest file, ServiceRequestLists lists, AppointmentSlots slots, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ServiceRequestType Type { get; set; } = ServiceRequestType.ReportLeak;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<RequestAccountChoice> Accounts { get; private set; } = [];

    public IReadOnlyList<AppointmentSlotView> Slots { get; private set; } = [];

    public bool TakesAppointment => ServiceRequestTypes.TakesAppointment(Type);

    /// <summary>Names match the use case's error fields, so each error lands next to its field.</summary>
    public sealed class InputModel
    {
        public string? AccountNumber { get; set; }

        public string? Description { get; set; }

        public string? Location { get; set; }

        public LeakSeverity? Severity { get; set; }

        public ContactPreference ContactPreference { get; set; } = ContactPreference.Email;

        public Guid? SlotId { get; set; }

        public IFormFile? File { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!IndexModel.Kinds.Contains(Type))
        {
            return NotFound();
        }

        await LoadAsync(ct);
        Input.AccountNumber = Accounts.Count > 0 ? Accounts[0].AccountNumber : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IndexModel.Kinds.Contains(Type))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await using var photo = Input.File?.OpenReadStream();
                var request = await file.HandleAsync(Actor.FromPrincipal(User), new FileServiceRequestInput(Type, Input.AccountNumber, null,
                    Input.Description, Input.Location, Input.Severity, Input.ContactPreference, TakesAppointment ? Input.SlotId : null,
                    photo is null ? null : new StoreAttachmentInput(photo, Input.File!.FileName, Input.File.ContentType)), ct);
                TempData["StatusMessage"] = l["We received your request {0}.", request.Number].Value;
                return RedirectToPage("/Requests/Details", new { requestNumber = request.Number });
            }
            catch (DomainException ex) when (ex.Code is ErrorCodes.Invalid or ErrorCodes.Conflict)
            {
                ModelState.AddDomainErrors(ex, l);
            }
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Accounts = await lists.MyAccountsAsync(Actor.FromPrincipal(User), ct);
        Slots = TakesAppointment ? await slots.OpenAsync(ct: ct) : [];
    }
}
