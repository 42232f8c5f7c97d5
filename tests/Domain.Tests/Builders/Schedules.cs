using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Rates;

namespace UtilityPortal.Domain.Tests.Builders;

/// <summary>The demo city's schedules as shipped in rates/, and bill facts with the worked examples' defaults.</summary>
internal static class Schedules
{
    public static string RatesFolder { get; } = FindRatesFolder();

    public static RateSchedule Fy2026 { get; } = Load("demo-fy2026.json");

    public static RateSchedule Fy2025 { get; } = Load("demo-fy2025.json");

    public static string Json(string file) => File.ReadAllText(Path.Combine(RatesFolder, file));

    public static RateSchedule Load(string file) => RateScheduleReader.Read(Json(file), file);

    public static BillingFacts Residential(long gallons = 7_500) => new(
        PremiseClass.Residential, "5/8", gallons, 0, InsideCity: true, DwellingUnits: 1, ImperviousSqFt: 0,
        UtilityServices.Water | UtilityServices.Sewer | UtilityServices.Stormwater | UtilityServices.Refuse, ServiceDays: 30, PeriodDays: 30);

    private static string FindRatesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "UtilityPortal.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Repository root not found."), "rates");
    }
}
