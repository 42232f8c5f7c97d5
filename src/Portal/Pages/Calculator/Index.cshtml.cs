using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Billing.Rates;

namespace UtilityPortal.Portal.Pages.Calculator;

/// <summary>
/// "Estimate my bill", open to anyone: the answers priced by PreviewBill with the schedule in effect today, exactly as
/// a real bill (and GraphQL billPreview) is priced. The page only checks what a person typed; the rates are the Domain's.
/// Nothing is saved.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(PreviewBill preview, RateScheduleCatalog catalog, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public static readonly PremiseClass[] Classes = [PremiseClass.Residential, PremiseClass.Commercial, PremiseClass.Irrigation];

    public static readonly UtilityServices[] AllServices =
        [UtilityServices.Water, UtilityServices.Sewer, UtilityServices.Stormwater, UtilityServices.Refuse, UtilityServices.Reuse];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The meter sizes of the schedule in effect today, smallest first as the schedule lists them.</summary>
    public IReadOnlyList<string> MeterSizes { get; private set; } = [];

    public BillPreview? Estimate { get; private set; }

    /// <summary>Field names follow <see cref="PreviewBillInput"/>, so the Domain's errors land on the right field.</summary>
    public sealed class InputModel
    {
        public PremiseClass CustomerClass { get; set; } = PremiseClass.Residential;

        [Required(ErrorMessage = "Choose a meter size.")]
        public string? MeterSize { get; set; }

        public bool InsideCity { get; set; }

        /// <summary>Empty unless posted: unticking every box must not bring the defaults back.</summary>
        public List<UtilityServices> Services { get; set; } = [];

        [Required(ErrorMessage = "Enter the water gallons, 0 or more.")]
        [Range(0, 100_000_000, ErrorMessage = "Enter water gallons from 0 to 100,000,000.")]
        public long? WaterGallons { get; set; }

        [Range(0, 100_000_000, ErrorMessage = "Enter reuse gallons from 0 to 100,000,000.")]
        public long? ReuseGallons { get; set; }

        [Range(1, 10_000, ErrorMessage = "Dwelling units must be at least 1.")]
        public int? DwellingUnits { get; set; }

        [Range(0, 100_000_000, ErrorMessage = "Impervious area cannot be negative.")]
        public int? ImperviousSqFt { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadSizesAsync(ct);
        Input = new InputModel
        {
            MeterSize = MeterSizes.Count > 0 ? MeterSizes[0] : null,
            InsideCity = true,
            Services = [UtilityServices.Water, UtilityServices.Sewer, UtilityServices.Stormwater, UtilityServices.Refuse],
            DwellingUnits = 1,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadSizesAsync(ct);
        if (!string.IsNullOrWhiteSpace(Input.MeterSize) && !MeterSizes.Contains(Input.MeterSize.Trim(), StringComparer.Ordinal))
        {
            ModelState.AddModelError("Input.MeterSize", l["Choose one of the meter sizes listed."]);
        }

        if (Input.Services.Count == 0)
        {
            ModelState.AddModelError("Input.Services", l["Choose at least one service."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Estimate = await preview.HandleAsync(new PreviewBillInput(null, Input.CustomerClass, Input.MeterSize, Input.WaterGallons ?? 0, Input.ReuseGallons,
                Input.InsideCity, Input.DwellingUnits, Input.ImperviousSqFt, Input.Services.Aggregate(UtilityServices.None, (all, s) => all | s), null, null), ct);
        }
        catch (DomainException ex)
        {
            foreach (var error in ex.Errors)
            {
                // The Domain names fields as the GraphQL input does (meterSize); the form's ids are Input_MeterSize.
                var key = string.IsNullOrEmpty(error.Field) ? string.Empty : "Input." + char.ToUpperInvariant(error.Field[0]) + error.Field[1..];
                ModelState.AddModelError(key, l[error.Message]);
            }
        }

        return Page();
    }

    private async Task LoadSizesAsync(CancellationToken ct)
    {
        var schedule = await catalog.InEffectOnAsync(DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
        MeterSizes = schedule?.Schedule.MeterSizes.ToList() ?? [];
    }
}
