using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Billing.Reports;

namespace UtilityPortal.BackOffice.Pages.Billing.Reports;

/// <summary>The month range every period report is filtered by, as the form's month inputs send it ("2026-11").</summary>
public static class ReportFilter
{
    public const string MonthFormat = "yyyy-MM";

    /// <summary>The range asked for (this month when nothing was asked), or null with the problems added to the model state.</summary>
    public static ReportPeriods? Periods(string? from, string? to, TimeProvider clock, ModelStateDictionary modelState, IStringLocalizer t)
    {
        var thisMonth = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var first = Month(from, thisMonth, "From", modelState, t);
        var last = Month(to, first ?? thisMonth, "To", modelState, t);
        if (first is not { } f || last is not { } l)
        {
            return null;
        }

        try
        {
            return ReportPeriods.Months(f, l);
        }
        catch (DomainException ex)
        {
            modelState.AddDomainErrors(ex, t, prefix: string.Empty);
            return null;
        }
    }

    /// <summary>A month for a month input's value.</summary>
    public static string Value(DateOnly day) => day.ToString(MonthFormat, CultureInfo.InvariantCulture);

    private static DateOnly? Month(string? value, DateOnly fallback, string field, ModelStateDictionary modelState, IStringLocalizer t)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(value.Trim(), MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        modelState.AddModelError(field, t["Enter a month as year and month, for example 2026-11."]);
        return null;
    }
}
