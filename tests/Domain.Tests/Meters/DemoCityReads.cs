using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Data.Seeding;
using UtilityPortal.Domain.Meters;
using UtilityPortal.Domain.Tests.Data;

namespace UtilityPortal.Domain.Tests.Meters;

/// <summary>The demo city's two years of reads, and the latest month's cases a bill run's exception review must find.</summary>
public sealed class DemoCityReads : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private readonly SeededDatabase _database = SeededDatabase.Create();
    private List<MeterFacts> _meters = [];

    private sealed record ReadFacts(DateTimeOffset At, long Register, ReadSource Source, string? Flags);

    private sealed record MeterFacts(string Parcel, string Serial, int Digits, string? Radio, MeterStatus Status, DateOnly InstalledOn, DateOnly? RemovedOn,
        int Cycle, bool SingleFamily, List<ReadFacts> Reads)
    {
        public IEnumerable<Consumption> Usage(int digits) => Reads.Zip(Reads.Skip(1), (a, b) => Consumption.Between(a.Register, b.Register, digits));
    }

    public async Task InitializeAsync()
    {
        await DatabaseInitializer.MigrateAsync(_database.Services);
        await DemoCitySeeder.SeedAsync(_database.Services, new DemoCityOptions { Accounts = 500, Today = Today }, includeDemoLogins: false);
        _meters = await _database.WithDbAsync(async db =>
        {
            var meters = await db.Meters.AsNoTracking()
                .Join(db.Premises, m => m.PremiseId, p => p.Id, (m, p) => new { Meter = m, p.ParcelId, p.Id, p.Class, p.DwellingUnits })
                .ToListAsync();
            var cycles = await db.ServiceAccounts.AsNoTracking().GroupBy(a => a.PremiseId).Select(g => new { g.Key, Cycle = g.Max(a => a.BillingCycle) })
                .ToDictionaryAsync(g => g.Key, g => g.Cycle);
            var reads = (await db.MeterReads.AsNoTracking().ToListAsync()).ToLookup(r => r.MeterId);
            return meters.Select(m => new MeterFacts(m.ParcelId, m.Meter.SerialNumber, m.Meter.RegisterDigits, m.Meter.RadioId, m.Meter.Status,
                    m.Meter.InstalledOn, m.Meter.RemovedOn, cycles[m.Id], m.Class == Domain.Accounts.PremiseClass.Residential && m.DwellingUnits == 1,
                    reads[m.Meter.Id].OrderBy(r => r.ReadAt).Select(r => new ReadFacts(r.ReadAt, r.RegisterValue, r.Source, r.Flags)).ToList()))
                .ToList();
        });
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public void EveryMeterInServiceTwoYears_HasAMonthlyReadOnItsCycleDay_ForTwentyFourMonths()
    {
        var steady = _meters.Where(m => m.Status == MeterStatus.Active && m.InstalledOn < Today.AddYears(-2)).ToList();

        steady.Count.ShouldBeGreaterThan(400);
        foreach (var meter in steady)
        {
            meter.Reads.Count.ShouldBeInRange(24, 25, meter.Serial);
            meter.Reads.First().At.ShouldBeLessThan(new DateTimeOffset(Today.AddMonths(-23).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), meter.Serial);
            meter.Reads.ShouldAllBe(r => r.At.UtcDateTime <= Today.ToDateTime(TimeOnly.MaxValue));
            meter.Reads.Count(r => Math.Abs(r.At.Day - meter.Cycle) <= 2).ShouldBeGreaterThanOrEqualTo(meter.Reads.Count - 1, meter.Serial);
        }
    }

    [Fact]
    public void AboutOneMeterInFifty_IsReadByHand_AndAFewReadsAreEstimated()
    {
        var reads = _meters.SelectMany(m => m.Reads).ToList();
        var manualMeters = _meters.Where(m => m.Radio is null).ToList();

        manualMeters.Count.ShouldBeInRange(2, 30);
        manualMeters.SelectMany(m => m.Reads).ShouldAllBe(r => r.Source != ReadSource.Amr);
        _meters.Where(m => m.Radio is not null).SelectMany(m => m.Reads).Count(r => r.Source == ReadSource.Amr)
            .ShouldBeGreaterThan((int)(reads.Count * 0.95));
        reads.Count(r => r.Source == ReadSource.Estimated).ShouldBeInRange(10, (int)(reads.Count * 0.02));
    }

    [Fact]
    public void Houses_UseThreeToTwelveThousandGallonsInMostMonths_MoreInTheDrySeason()
    {
        var months = _meters.Where(m => m.SingleFamily && m.Status == MeterStatus.Active)
            .SelectMany(m => m.Reads.Zip(m.Reads.Skip(1), (a, b) => (b.At.Month, Consumption.Between(a.Register, b.Register, m.Digits))))
            .Where(u => u.Item2.Kind == ConsumptionKind.Normal && u.Item2.Gallons > 0)
            .ToList();

        months.Count(u => u.Item2.Gallons is >= 2_500 and <= 12_500).ShouldBeGreaterThan((int)(months.Count * 0.9));
        months.Count(u => u.Item2.Gallons > 14_000).ShouldBeGreaterThan(0);
        var dry = months.Where(u => u.Month is 2 or 3 or 4).Average(u => u.Item2.Gallons);
        var wet = months.Where(u => u.Month is 7 or 8 or 9).Average(u => u.Item2.Gallons);
        dry.ShouldBeGreaterThan(wet * 1.15);
    }

    [Fact]
    public void TheLatestMonth_HoldsLeaksRolloversMissingReadsStuckAndMisreadMeters()
    {
        // Every meter's latest read falls within the last month: on its cycle day this month, or last month if that day is still to come.
        var latestMonth = Today.AddMonths(-1).AddDays(1);
        var primary = _meters.Where(m => m.Status == MeterStatus.Active && m.InstalledOn < Today.AddYears(-2))
            .GroupBy(m => m.Parcel).Select(g => g.OrderBy(m => m.Serial, StringComparer.Ordinal).First()).ToList();

        var missing = primary.Where(m => m.Reads[^1].At.UtcDateTime < latestMonth.ToDateTime(TimeOnly.MinValue)).ToList();
        var rollovers = primary.Where(m => Last(m).Kind == ConsumptionKind.Rollover).ToList();
        var negative = primary.Where(m => Last(m).Kind == ConsumptionKind.Negative).ToList();
        var stuck = primary.Where(m => Last(m).Gallons == 0 && m.Usage(m.Digits).Reverse().Skip(1).First().Gallons == 0).ToList();
        var leaks = primary.Where(m => m.Reads[^1].Flags == "leak").ToList();

        missing.Count.ShouldBeInRange(1, 6, string.Join(", ", missing.Select(m => $"{m.Parcel} {m.Reads[^1].At:d}")));
        rollovers.Count.ShouldBeInRange(1, 4);
        rollovers.All(m => m.Digits == 6 && m.Reads[^2].Register > 900_000).ShouldBeTrue();
        negative.Count.ShouldBeInRange(1, 4);
        stuck.Count.ShouldBeInRange(1, 4);
        leaks.Count.ShouldBeInRange(3, 12);
        leaks.All(m => Last(m).Gallons > m.Usage(m.Digits).SkipLast(2).Average(u => u.Gallons) * 1.5).ShouldBeTrue();
    }

    [Fact]
    public void AFewMetersWereChangedInTheLastMonths_WithAFinalReadAndANewMeterStartingNearZero()
    {
        var removed = _meters.Where(m => m.Status == MeterStatus.Removed).ToList();

        removed.Count.ShouldBeInRange(1, 4);
        foreach (var old in removed)
        {
            old.RemovedOn.ShouldNotBeNull();
            old.RemovedOn.Value.ShouldBeGreaterThan(Today.AddDays(-75));
            old.Reads[^1].Flags.ShouldBe("meter change");
            var replacement = _meters.Single(m => m.Parcel == old.Parcel && m.InstalledOn == old.RemovedOn && m.Status == MeterStatus.Active);
            replacement.Reads[0].Register.ShouldBeLessThan(50);
            replacement.Reads[0].At.ShouldBeGreaterThan(old.Reads[^1].At);
            replacement.Usage(replacement.Digits).ShouldAllBe(u => u.Kind == ConsumptionKind.Normal);
        }
    }

    private static Consumption Last(MeterFacts meter) => Consumption.Between(meter.Reads[^2].Register, meter.Reads[^1].Register, meter.Digits);
}
