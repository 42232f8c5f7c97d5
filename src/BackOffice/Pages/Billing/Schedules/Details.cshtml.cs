using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Billing.Schedules;

/// <summary>One stored version of a rate schedule: the document rendered section by section, and the JSON exactly as it was loaded.</summary>
public sealed class DetailsModel(ListRateSchedules schedules) : PageModel
{
    public RateScheduleDetails Details { get; private set; } = null!;

    public RateSchedule Schedule => Details.Schedule;

    public async Task<IActionResult> OnGetAsync(string code, int version, CancellationToken ct)
    {
        try
        {
            Details = await schedules.GetAsync(Actor.FromPrincipal(User), code, version, ct);
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }

        return Page();
    }

    /// <summary>Dollars with the cents a rate needs (3.05, 0.0125), in US notation whatever the page's language.</summary>
    public static string Dollars(decimal amount) => "$" + amount.ToString("#,0.00##", CultureInfo.InvariantCulture);

    public static string Gallons(long gallons) => gallons.ToString("N0", CultureInfo.CurrentCulture);
}
