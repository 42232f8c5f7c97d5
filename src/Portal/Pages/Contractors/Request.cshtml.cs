using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Portal.Pages.Contractors;

/// <summary>A contractor asks for an estimate; "Check availability" answers whether the parcel is in the service area first. Rules: RequestEstimate.</summary>
public sealed class RequestModel(RequestEstimate request, PreviewEstimate preview, IStringLocalizer<SharedResource> l) : PageModel
{
    public static IReadOnlyList<RequestedServices> AllServices => EstimateServices.Each;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<string> MeterSizes { get; private set; } = [];

    public ServiceAvailability? Availability { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Parcel folio number")]
        public string? ParcelId { get; set; }

        public string? Line1 { get; set; }

        public string? City { get; set; }

        public string? Zip { get; set; }

        public string? MeterSize { get; set; }

        public List<RequestedServices> Services { get; set; } = [];

        public PremiseClass UseClass { get; set; } = PremiseClass.Residential;

        [Range(1, EstimateCalculator.MaxAverageDailyGallons, ErrorMessage = "Average daily demand is 1 to 10,000,000 gallons, or leave it empty.")]
        public int? AverageDailyGallons { get; set; }

        public bool InsideCity { get; set; } = true;

        [StringLength(ContractorEstimate.NotesMaxLength, ErrorMessage = "Notes are at most 1000 characters.")]
        public string? Notes { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        MeterSizes = await preview.MeterSizesAsync(ct);
        Input.MeterSize = MeterSizes.Count > 0 ? MeterSizes[0] : null;
        Input.Services = [RequestedServices.Water, RequestedServices.Sewer];
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        MeterSizes = await preview.MeterSizesAsync(ct);
        ModelState.Clear();
        try
        {
            Availability = CheckServiceAvailability.Handle(Input.ParcelId);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("Input.ParcelId", l[ex.Message]);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        MeterSizes = await preview.MeterSizesAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var address = string.IsNullOrWhiteSpace(Input.Line1) ? null : new AddressInput { Line1 = Input.Line1, City = Input.City, State = "FL", Zip = Input.Zip };
            var estimate = await request.HandleAsync(Actor.FromPrincipal(User), new RequestEstimateInput(Input.ParcelId, address, Input.MeterSize,
                Input.Services.Aggregate(RequestedServices.None, (all, s) => all | s), Input.UseClass, Input.AverageDailyGallons, Input.InsideCity, Input.Notes), ct);
            TempData["StatusMessage"] = l["Your estimate request {0} is in. We will let you know when the estimate is issued.", estimate.Reference].Value;
            return RedirectToPage("Estimate", new { id = estimate.Id });
        }
        catch (DomainException ex)
        {
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(EstimateLinesView.FormKey(error.Field), l[error.Message]);
            }

            return Page();
        }
    }
}
