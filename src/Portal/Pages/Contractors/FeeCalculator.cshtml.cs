using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Development;

namespace UtilityPortal.Portal.Pages.Contractors;

/// <summary>
/// The public connection fee calculator, open to anyone: priced by PreviewEstimate (GraphQL estimatePreview) with the
/// schedule in effect today, exactly as staff compute an estimate worksheet. Nothing is saved.
/// </summary>
[AllowAnonymous]
public sealed class FeeCalculatorModel(PreviewEstimate preview, IStringLocalizer<SharedResource> l) : PageModel
{
    public static readonly PremiseClass[] Classes = [PremiseClass.Residential, PremiseClass.Commercial, PremiseClass.Irrigation];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<string> MeterSizes { get; private set; } = [];

    public EstimatePreview? Result { get; private set; }

    /// <summary>Field names follow <see cref="EstimatePreviewInput"/>, so the Domain's errors land on the right field.</summary>
    public sealed class InputModel
    {
        public PremiseClass CustomerClass { get; set; } = PremiseClass.Residential;

        [Required(ErrorMessage = "Choose a meter size.")]
        public string? MeterSize { get; set; }

        public bool Sewer { get; set; } = true;

        [Range(1, EstimateCalculator.MaxAverageDailyGallons, ErrorMessage = "Average daily demand is 1 to 10,000,000 gallons, or leave it empty.")]
        public int? AverageDailyGallons { get; set; }

        public bool InsideCity { get; set; } = true;
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        MeterSizes = await preview.MeterSizesAsync(ct);
        Input.MeterSize = MeterSizes.Count > 0 ? MeterSizes[0] : null;
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
            Result = await preview.HandleAsync(new EstimatePreviewInput(null, Input.CustomerClass, Input.MeterSize, Input.Sewer, Input.AverageDailyGallons, Input.InsideCity), ct);
        }
        catch (DomainException ex)
        {
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(EstimateLinesView.FormKey(error.Field), l[error.Message]);
            }
        }

        return Page();
    }
}
