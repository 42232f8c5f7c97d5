using System.Globalization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Billing.Drafting;

/// <summary>A calculated draft and the exceptions review found in it.</summary>
internal sealed record DraftedBill(Bill Bill, IReadOnlyList<BillExceptionItem> Exceptions, UsageHistory History);

/// <summary>
/// Calculates one draft bill from an account, its meters and their reads: the opening and closing read of each meter,
/// the gallons between them (rollover handled by the register's digits), an estimate from the account's history when a
/// read is missing, the price from the schedule in effect, and the review exceptions the result raises. Pure: it reads
/// nothing and writes nothing, so a run can call it for a million accounts and a test for one.
/// </summary>
internal sealed class BillDrafter(PricingSchedule schedule, BillingOptions options, DateTimeOffset now, string createdBy)
{
    private readonly ReviewOptions _review = options.Review;

    public DraftedBill Draft(DraftRequest request, AccountToBill account, IReadOnlyList<MeterToRead> meters, IReadOnlyDictionary<Guid, IReadOnlyList<ReadPoint>> reads)
    {
        var openDay = request.Service.Start.AddDays(-1);
        var closeDay = request.Service.End;
        var inService = meters
            .Where(m => m.Status != MeterStatus.InStock && m.InstalledOn <= closeDay && (m.RemovedOn is null || m.RemovedOn >= openDay))
            .OrderBy(m => m.RemovedOn is null ? 0 : 1).ThenBy(m => m.InstalledOn).ThenBy(m => m.Serial, StringComparer.Ordinal)
            .ToList();
        // The year before the period: from the read a year before its opening read up to the opening read.
        var historyFrom = openDay.AddDays(-UsageHistory.Days - options.ReadToleranceDays);
        var historyTo = openDay.AddDays(options.ReadToleranceDays);
        var history = UsageHistory.Of(inService.Select(m => (m, ReadsOf(reads, m.Id))), historyFrom, historyTo);
        var average = history.AverageFor(request.Service.Days, _review.MinimumHistoryDays);

        var findings = new List<(BillExceptionKind Kind, string Reason)>();
        var billReads = new List<BillRead>();
        long gallons = 0;
        var estimated = false;
        if (account.IsMetered)
        {
            if (inService.Count == 0)
            {
                estimated = true;
                gallons = average ?? 0;
                findings.Add((BillExceptionKind.MissingRead, $"No meter in service at the premise; estimated {Gal(gallons)} gal {From(average)}."));
            }

            foreach (var meter in inService)
            {
                var meterReads = ReadsOf(reads, meter.Id);
                var finalRead = request.ClosingRegister is { } r && meter == inService[0] && meter.RemovedOn is null ? r : (long?)null;
                var measured = Measure(meter, meterReads, openDay, closeDay, finalRead, request.ReReadAfter, findings);
                if (measured is null)
                {
                    var meterHistory = UsageHistory.Of([(meter, meterReads)], historyFrom, historyTo);
                    var guess = meterHistory.AverageFor(request.Service.Days, _review.MinimumHistoryDays) ?? 0;
                    estimated = true;
                    billReads.Add(new BillRead(meter.Id, meter.Serial, null, null, null, null, guess, BillReadKind.Estimated));
                    gallons += guess;
                    findings.Add((BillExceptionKind.MissingRead, string.Create(CultureInfo.InvariantCulture,
                        $"No read of meter {meter.Serial} within {options.ReadToleranceDays} days of {(meterReads.Count == 0 ? closeDay : MissingDay(meter, meterReads, openDay, closeDay)):yyyy-MM-dd}; estimated {Gal(guess)} gal {From(meterHistory.AverageFor(request.Service.Days, _review.MinimumHistoryDays))}.")));
                    continue;
                }

                billReads.Add(measured);
                gallons += measured.Gallons;
            }

            Review(account, gallons, estimated, average, findings);
        }

        var facts = new BillingFacts(account.Class, MainMeterSize(inService), account.Services.HasFlag(UtilityServices.Water) ? gallons : 0,
            account.Services.HasFlag(UtilityServices.Water) ? 0 : gallons, account.InsideCity, account.DwellingUnits, account.ImperviousSqFt,
            account.Services, request.Service.Days, request.Period.Days, AdditionalSizes(inService, closeDay));
        var priced = BillCalculator.Price(schedule.Schedule, facts);
        var bill = new Bill(account.Id, request.Kind, request.Period, request.Service, request.RunId, facts, schedule.Ref, priced, billReads, estimated,
            average, now, createdBy);
        var exceptions = findings
            .GroupBy(f => f.Kind)
            .Select(g => new BillExceptionItem(bill, g.Key, string.Join(" ", g.Select(f => f.Reason)), average, history.Recent, now))
            .ToList();
        return new DraftedBill(bill, exceptions, history);
    }

    /// <summary>Prices a draft again with estimated gallons (a specialist's "estimate" resolution).</summary>
    public static (BillingFacts Facts, PricedBill Priced) Estimate(Bill bill, RateSchedule schedule, long gallons)
    {
        var facts = bill.Facts with
        {
            WaterGallons = bill.Services.HasFlag(UtilityServices.Water) ? gallons : 0,
            ReuseGallons = bill.Services.HasFlag(UtilityServices.Water) ? 0 : gallons,
        };
        return (facts, BillCalculator.Price(schedule, facts));
    }

    private BillRead? Measure(MeterToRead meter, IReadOnlyList<ReadPoint> reads, DateOnly openDay, DateOnly closeDay, long? closingRegister,
        DateTimeOffset? reReadAfter, List<(BillExceptionKind, string)> findings)
    {
        ReadPoint? opening;
        if (meter.InstalledOn > openDay)
        {
            // Set during the period: it starts from its first read, or from zero on the day it was set.
            opening = reads.FirstOrDefault(r => r.Day >= meter.InstalledOn) is { At.Ticks: > 0 } first ? first : new ReadPoint(StartOfDay(meter.InstalledOn), 0, ReadSource.Manual);
            findings.Add((BillExceptionKind.MeterChanged, $"Meter {meter.Serial} was set on {meter.InstalledOn:yyyy-MM-dd}, during the period."));
        }
        else
        {
            opening = Nearest(reads, openDay, after: null);
        }

        if (opening is null)
        {
            return null;
        }

        ReadPoint? closing;
        if (meter.RemovedOn is { } removed && removed <= closeDay)
        {
            // Taken out during the period: its last read is its final read.
            closing = reads.LastOrDefault(r => r.Day <= removed && r.At > opening.Value.At) is { At.Ticks: > 0 } last ? last : null;
            findings.Add((BillExceptionKind.MeterChanged, $"Meter {meter.Serial} was removed on {removed:yyyy-MM-dd}, during the period."));
        }
        else if (closingRegister is { } register)
        {
            closing = new ReadPoint(EndOfDay(closeDay), register, ReadSource.Manual);
        }
        else
        {
            // A re-read taken since the bill was drafted corrects the read it was sent to check.
            closing = reReadAfter is { } since ? Nearest(reads, closeDay, after: since) : null;
            closing ??= Nearest(reads, closeDay, after: opening.Value.At);
        }

        if (closing is null)
        {
            return null;
        }

        var use = Consumption.Between(opening.Value.Register, closing.Value.Register, meter.RegisterDigits);
        var kind = BillRead.KindOf(use.Kind);
        if (use.Kind == ConsumptionKind.Negative)
        {
            findings.Add((BillExceptionKind.Negative, string.Create(CultureInfo.InvariantCulture,
                $"Meter {meter.Serial} went backwards from {opening.Value.Register:N0} to {closing.Value.Register:N0}; billed at zero until reviewed.")));
        }
        else if (use.Kind == ConsumptionKind.Rollover)
        {
            findings.Add((BillExceptionKind.Rollover, string.Create(CultureInfo.InvariantCulture,
                $"Meter {meter.Serial} rolled over from {opening.Value.Register:N0} to {closing.Value.Register:N0}: {use.Gallons:N0} gal if that is right.")));
        }

        return new BillRead(meter.Id, meter.Serial, opening.Value.At, opening.Value.Register, closing.Value.At, closing.Value.Register,
            use.Kind == ConsumptionKind.Negative ? 0 : use.Gallons, kind);
    }

    private void Review(AccountToBill account, long gallons, bool estimated, long? average, List<(BillExceptionKind, string)> findings)
    {
        if (estimated || findings.Any(f => f.Item1 == BillExceptionKind.Negative))
        {
            return;
        }

        if (gallons == 0 && account.Status == AccountStatus.Active)
        {
            findings.Add((BillExceptionKind.Zero, $"No use at all on an active account{(average is > 0 ? $" that averages {Gal(average.Value)} gal" : string.Empty)}."));
            return;
        }

        if (average is not { } avg || avg <= 0)
        {
            return;
        }

        var percent = Math.Round(gallons * 100m / avg, MidpointRounding.AwayFromZero);
        if (gallons * 100m >= avg * (decimal)_review.HighPercent && gallons >= _review.HighMinimumGallons)
        {
            findings.Add((BillExceptionKind.High, string.Create(CultureInfo.InvariantCulture,
                $"{Gal(gallons)} gal is {percent}% of the 12-month average of {Gal(avg)} gal (review at {_review.HighPercent}% and {Gal(_review.HighMinimumGallons)} gal).")));
        }
        else if (avg >= _review.LowMinimumAverageGallons && gallons * 100m <= avg * (decimal)_review.LowPercent)
        {
            findings.Add((BillExceptionKind.Low, string.Create(CultureInfo.InvariantCulture,
                $"{Gal(gallons)} gal is {percent}% of the 12-month average of {Gal(avg)} gal (review at {_review.LowPercent}% or less).")));
        }
    }

    /// <summary>The read nearest <paramref name="day"/> within the tolerance (later than <paramref name="after"/>), the later one on a tie.</summary>
    private ReadPoint? Nearest(IReadOnlyList<ReadPoint> reads, DateOnly day, DateTimeOffset? after)
    {
        ReadPoint? best = null;
        var bestDistance = int.MaxValue;
        foreach (var read in reads)
        {
            if (after is { } a && read.At <= a)
            {
                continue;
            }

            var distance = Math.Abs(read.Day.DayNumber - day.DayNumber);
            if (distance <= options.ReadToleranceDays && distance <= bestDistance)
            {
                best = read;
                bestDistance = distance;
            }
        }

        return best;
    }

    private DateOnly MissingDay(MeterToRead meter, IReadOnlyList<ReadPoint> reads, DateOnly openDay, DateOnly closeDay) =>
        meter.InstalledOn <= openDay && Nearest(reads, openDay, null) is null ? openDay : closeDay;

    private static IReadOnlyList<ReadPoint> ReadsOf(IReadOnlyDictionary<Guid, IReadOnlyList<ReadPoint>> reads, Guid meterId) =>
        reads.TryGetValue(meterId, out var list) ? list : [];

    /// <summary>The meter in service at the end of the period pays the main base charge; a premise without one is billed as 5/8".</summary>
    private static string MainMeterSize(List<MeterToRead> meters) => meters.Count > 0 ? meters[0].Size : "5/8";

    private static List<string>? AdditionalSizes(List<MeterToRead> meters, DateOnly closeDay)
    {
        var others = meters.Skip(1).Where(m => m.RemovedOn is null || m.RemovedOn > closeDay).Select(m => m.Size).ToList();
        return others.Count == 0 ? null : others;
    }

    private static DateTimeOffset StartOfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static DateTimeOffset EndOfDay(DateOnly day) => new(day.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);

    private static string From(long? average) => average is null ? "(not enough history: zero)" : "from the account's history";

    private static string Gal(long gallons) => gallons.ToString("N0", CultureInfo.InvariantCulture);
}
