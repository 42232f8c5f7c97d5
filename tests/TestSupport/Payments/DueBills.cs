using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.TestSupport.Payments;

/// <summary>
/// Posts a cycle bill that falls due on a chosen day, as a bill run leaves one (priced with the stored schedule,
/// approved, posted with its ledger charge), for tests of what happens on a due date: autopay, paperless notices.
/// </summary>
public static class DueBills
{
    private static readonly TimeZoneInfo City = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>Today in the city, as the billing rules count days.</summary>
    public static DateOnly CityToday(IServiceProvider services)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, City).DateTime);
    }

    /// <summary>A residential 5/8" water and sewer bill of 9,000 gallons, issued 21 days before <paramref name="dueOn"/>; returns its id.</summary>
    public static async Task<Guid> PostDueOnAsync(IServiceProvider services, Guid accountId, DateOnly dueOn)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var issuedOn = dueOn.AddDays(-21);
        var end = issuedOn.AddDays(-2);
        var period = new BillingPeriod(end.AddMonths(-1).AddDays(1), end);
        var days = period.End.DayNumber - period.Start.DayNumber + 1;
        var schedule = await scope.ServiceProvider.GetRequiredService<RateScheduleCatalog>().RequireInEffectOnAsync(end);
        var facts = new BillingFacts(PremiseClass.Residential, "5/8", 9_000, 0, true, 1, 0, UtilityServices.Water | UtilityServices.Sewer, days, days);
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var bill = new Bill(accountId, BillKind.Cycle, period, period, null, facts, schedule.Ref, BillCalculator.Price(schedule.Schedule, facts), [], false,
            null, now, "test");
        bill.Approve("test", now);
        db.Bills.Add(bill);
        db.JournalEntries.AddRange(bill.Post(LedgerPosition.Empty, issuedOn, 21, now, "test"));
        await db.SaveChangesAsync();
        return bill.Id;
    }
}
