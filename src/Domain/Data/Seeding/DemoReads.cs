using System.Globalization;
using Bogus;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Data.Seeding;

/// <summary>
/// Monthly reads for each demo meter (two years; 13 months in a large city), on its account's billing cycle day: by radio (AMR) at night for
/// meters with a radio id, on foot in the daytime for the rest, a few estimated. Usage follows the premise kind with
/// South Florida's dry-season irrigation peak. The latest read month holds what a bill run's exception review must
/// find, each on a fixed share of premises (by premise index, so the small test city has one of each):
/// <list type="bullet">
/// <item>p % 97 == 11 (and the demo resident's home), houses only: a leak, flagged by the meter, this month and sometimes the last;</item>
/// <item>p % 397 == 17, houses only: the 6-digit register rolls over past 999,999;</item>
/// <item>p % 251 == 3: no read this month;</item>
/// <item>p % 293 == 5: the meter was changed in the last months (final read, new meter from near zero);</item>
/// <item>p % 311 == 7: a stuck register, no usage for two months;</item>
/// <item>p % 409 == 13: a misread lower than last month's read.</item>
/// </list>
/// Reads draw from their own random stream per premise, so the rest of the city is the same with or without them.
/// </summary>
internal sealed class DemoReads(DateOnly today, int months, int citySeed)
{
    private const string AmrReader = "AMR";
    private const string EstimateReader = "billing estimate";
    private const string MeterShopReader = "meter shop";
    private static readonly string[] RouteReaders = ["route 03 - J. Perez", "route 07 - D. Charles", "route 12 - L. Nguyen", "route 15 - M. Alvarez"];

    public static bool HasLeak(int p, PremiseKind kind) => kind == PremiseKind.SingleFamily && (p == 0 || p % 97 == 11);

    public static bool HasRollover(int p, PremiseKind kind) => kind == PremiseKind.SingleFamily && p % 397 == 17;

    public static bool MissesLatestRead(int p) => p % 251 == 3;

    public static bool HadMeterChange(int p) => p % 293 == 5;

    public static bool IsStuck(int p) => p % 311 == 7;

    public static bool HasMisread(int p) => p % 409 == 13;

    /// <summary>
    /// Adds the reads of a premise's meters (the last <paramref name="meterCount"/> of <paramref name="meters"/>), and for
    /// a meter change the replacement meter to <paramref name="meters"/>.
    /// </summary>
    public void AddPremise(int p, PremiseKind kind, int units, int cycle, List<Meter> meters, int meterCount, List<MeterRead> reads)
    {
        var random = new Randomizer(unchecked((citySeed * 1_000_033) ^ (p * 374_761_393) ^ 0x5EED));
        var dates = ReadDates(cycle);
        var first = meters.Count - meterCount;
        for (var k = 0; k < meterCount; k++)
        {
            var meter = meters[first + k];
            var primary = k == 0;
            var usage = MonthlyUsage(p, kind, units, primary, dates, random);
            var rollover = primary && HasRollover(p, kind);
            if (primary && HadMeterChange(p) && meter.InstalledOn < dates[^3])
            {
                AddChangedMeter(meter, dates, usage, random, meters, reads);
            }
            else
            {
                AddMeterReads(p, meter, dates, usage, StartRegister(meter, usage, rollover, random), random, reads, primary && HasLeak(p, kind), primary);
            }
        }
    }

    /// <summary>The cycle's read days of the last months, up to today: the cycle number is the day of the month.</summary>
    private List<DateOnly> ReadDates(int cycle)
    {
        var latest = new DateOnly(today.Year, today.Month, cycle);
        if (latest > today)
        {
            latest = latest.AddMonths(-1);
        }

        var dates = new List<DateOnly>(months + 1);
        for (var i = months; i >= 0; i--)
        {
            dates.Add(latest.AddMonths(-i));
        }

        return dates;
    }

    /// <summary>Gallons used in each month ending at dates[i] (i from 1); dates[0] opens the window.</summary>
    private static long[] MonthlyUsage(int p, PremiseKind kind, int units, bool primary, List<DateOnly> dates, Randomizer random)
    {
        var household = kind switch
        {
            PremiseKind.SingleFamily => random.Number(4_000, 7_500),
            PremiseKind.MultiUnit => units * random.Number(3_500, 5_500),
            PremiseKind.Commercial => primary ? random.Number(15_000, 150_000) : random.Number(5_000, 30_000),
            _ => random.Number(10_000, 40_000),
        };
        var usage = new long[dates.Count];
        for (var i = 1; i < dates.Count; i++)
        {
            var month = dates[i].Month;
            var dry = month is 12 or 1 or 2 or 3 or 4 or 5;
            var season = kind switch
            {
                PremiseKind.Irrigation => dry ? 1.8 : 0.6,
                PremiseKind.Commercial => dry ? 1.05 : 0.95,
                _ => dry ? 1.2 : 0.9,
            };
            var days = dates[i].DayNumber - dates[i - 1].DayNumber;
            var gallons = household * season * (days / 30.4) * (0.85 + (random.Double() * 0.3));
            if (random.Double() < 0.03)
            {
                gallons *= 1.5 + random.Double(); // a pool filled, guests, a new lawn
            }

            usage[i] = (long)Math.Round(gallons / 10) * 10;
        }

        if (kind == PremiseKind.SingleFamily)
        {
            for (var i = 1; i < usage.Length; i++)
            {
                usage[i] = Math.Clamp(usage[i], 3_000, usage[i] > 12_000 ? 30_000 : 12_000);
            }
        }

        if (primary && HasLeak(p, kind))
        {
            usage[^1] += random.Number(9_000, 22_000);
            if (random.Bool())
            {
                usage[^2] += random.Number(4_000, 8_000);
            }
        }

        if (primary && IsStuck(p))
        {
            usage[^1] = 0;
            usage[^2] = 0;
        }

        return usage;
    }

    /// <summary>Where the register stood at the start of the window: low enough never to roll over, except where a rollover is wanted.</summary>
    private static long StartRegister(Meter meter, long[] usage, bool rollover, Randomizer random)
    {
        var range = meter.RegisterMax + 1;
        var total = usage.Sum();
        if (rollover)
        {
            // Crosses the top of the register during the latest month.
            var beforeLatest = total - usage[^1];
            return range - beforeLatest - Math.Max(1, usage[^1] / 3);
        }

        var room = Math.Max(1, Math.Min(range - total - 1, range / 2));
        return random.Long(0, room - 1);
    }

    private static void AddMeterReads(int p, Meter meter, List<DateOnly> dates, long[] usage, long start, Randomizer random, List<MeterRead> reads,
        bool leak, bool primary)
    {
        var range = meter.RegisterMax + 1;
        var register = start;
        var manual = meter.RadioId is null;
        var setInWindow = meter.InstalledOn > dates[0];
        for (var i = 0; i < dates.Count; i++)
        {
            var date = dates[i];
            if (date < meter.InstalledOn)
            {
                continue;
            }

            if (setInWindow)
            {
                // Installed inside the window: its first read is the set read, near zero, on the day it went in.
                setInWindow = false;
                register = random.Number(0, 40);
                reads.Add(new MeterRead(meter.Id, Daytime(meter.InstalledOn, random), register, ReadSource.Manual, MeterShopReader));
                if (date == meter.InstalledOn)
                {
                    continue;
                }

                register += (long)(usage[i] * Math.Min(1.0, (date.DayNumber - meter.InstalledOn.DayNumber) / 30.4));
            }
            else
            {
                register += usage[i];
            }

            var latest = i == dates.Count - 1;
            if (primary && latest && MissesLatestRead(p))
            {
                continue;
            }

            var value = register % range;
            if (primary && latest && HasMisread(p))
            {
                // A digit misread: lower than last month's read, which no rollover explains.
                value = Math.Max(0, ((register - usage[i]) % range) - random.Number(1_000, 3_000));
            }

            reads.Add(Read(meter, date, value, manual, latest && leak, random));
        }
    }

    /// <summary>The old meter read monthly until it came out; the new one starts near zero on the same day.</summary>
    private void AddChangedMeter(Meter old, List<DateOnly> dates, long[] usage, Randomizer random, List<Meter> meters, List<MeterRead> reads)
    {
        var changedOn = today.AddDays(-random.Number(5, 70));
        var start = StartRegister(old, usage, rollover: false, random);
        var register = start;
        var i = 0;
        for (; i < dates.Count && dates[i] <= changedOn; i++)
        {
            register += usage[i];
            if (dates[i] >= old.InstalledOn)
            {
                reads.Add(Read(old, dates[i], register % (old.RegisterMax + 1), old.RadioId is null, false, random));
            }
        }

        var sinceLast = i > 0 ? (changedOn.DayNumber - dates[i - 1].DayNumber) / 30.4 : 0;
        var finalRead = (register + (long)(sinceLast * (i < usage.Length ? usage[i] : 0))) % (old.RegisterMax + 1);
        reads.Add(new MeterRead(old.Id, Daytime(changedOn, random), finalRead, ReadSource.Manual, MeterShopReader, "meter change"));
        old.Remove(changedOn);

        // Replacement serials and radio ids follow the old ones in their own number range, so they never collide.
        var sequence = long.Parse(old.SerialNumber[2..], CultureInfo.InvariantCulture) + 90_000_000;
        var serial = (changedOn.Year % 100).ToString("D2", CultureInfo.InvariantCulture) + sequence.ToString("D8", CultureInfo.InvariantCulture);
        var radio = (1_700_000_000L + sequence - 90_000_000).ToString(CultureInfo.InvariantCulture);
        var replacement = new Meter(serial, old.Size, old.RegisterDigits, radio, changedOn, old.PremiseId);
        meters.Add(replacement);
        long value = random.Number(0, 20);
        reads.Add(new MeterRead(replacement.Id, Daytime(changedOn, random).AddMinutes(30), value, ReadSource.Manual, MeterShopReader, "meter change"));
        for (; i < dates.Count; i++)
        {
            value += (long)(usage[i] * Math.Min(1.0, (dates[i].DayNumber - changedOn.DayNumber) / 30.4));
            reads.Add(Read(replacement, dates[i], value, false, false, random));
        }
    }

    private static MeterRead Read(Meter meter, DateOnly date, long value, bool manual, bool leak, Randomizer random)
    {
        if (random.Double() < (manual ? 0.03 : 0.008))
        {
            return new MeterRead(meter.Id, Daytime(date, random), value, ReadSource.Estimated, EstimateReader, ReadFile.EstimatedFlag);
        }

        return manual
            ? new MeterRead(meter.Id, Daytime(date, random), value, ReadSource.Manual, random.ArrayElement(RouteReaders))
            : new MeterRead(meter.Id, Night(date, random), value, ReadSource.Amr, AmrReader, leak ? "leak" : null);
    }

    /// <summary>AMR collectors poll between 2 and 5 in the morning, Eastern time.</summary>
    private static DateTimeOffset Night(DateOnly date, Randomizer random) =>
        new(date.ToDateTime(new TimeOnly(6 + random.Number(0, 2), random.Number(0, 59), random.Number(0, 59))), TimeSpan.Zero);

    /// <summary>Readers on foot and the meter shop work office hours.</summary>
    private static DateTimeOffset Daytime(DateOnly date, Randomizer random) =>
        new(date.ToDateTime(new TimeOnly(13 + random.Number(0, 7), random.Number(0, 59), 0)), TimeSpan.Zero);
}
