using System.Globalization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Development;

public enum EstimateLineKind
{
    WaterCapitalFacility = 1,
    SewerCapitalFacility = 2,
    MeterInstallation = 3,
    Deposit = 4,

    /// <summary>Added by staff on the worksheet, with a reason.</summary>
    Extra = 5,
}

/// <summary>What a new connection is priced on: the rates README's "Contractor estimates" inputs.</summary>
/// <param name="AverageDailyGallons">Stated demand; null when the request states none.</param>
public sealed record EstimateFacts(PremiseClass CustomerClass, string MeterSize, bool Sewer, int? AverageDailyGallons, bool InsideCity);

/// <param name="Reason">Only extra lines carry one.</param>
public sealed record EstimateLineAmount(EstimateLineKind Kind, string Description, Money Amount, string? Reason = null);

/// <summary>The computed estimate: the ERCs it was priced on and its lines, each already rounded to cents.</summary>
public sealed record ConnectionEstimate(decimal Ercs, IReadOnlyList<EstimateLineAmount> Lines)
{
    public Money Total => Lines.Select(l => l.Amount).Sum();
}

/// <summary>
/// Prices new service at a premise from a schedule's <c>connection</c> and <c>deposits</c> sections, exactly as
/// ../shared/rates/README.md "Contractor estimates" says. Pure: the schedule and the facts in, the lines out.
/// </summary>
public static class EstimateCalculator
{
    public const int MaxAverageDailyGallons = 10_000_000;

    public static ConnectionEstimate Calculate(RateSchedule schedule, EstimateFacts facts)
    {
        var connection = schedule.Connection
            ?? throw new DomainException(ErrorCodes.Invalid, $"Rate schedule {schedule.Code} sets no connection charges.", "scheduleCode");
        if (!Enum.IsDefined(facts.CustomerClass))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose residential, commercial or irrigation.", "customerClass");
        }

        var size = MeterSize.Parse(facts.MeterSize, "meterSize").Label;
        if (!connection.ErcByMeterSize.TryGetValue(size, out var tableErcs))
        {
            throw new DomainException(ErrorCodes.Invalid,
                $"Rate schedule {schedule.Code} sets no connection charges for {size}\" meters. Sizes: {string.Join(", ", connection.ErcByMeterSize.Keys)}.", "meterSize");
        }

        var className = facts.CustomerClass.ToString().ToLowerInvariant();
        if (!schedule.Deposits.TryGetValue(facts.CustomerClass, out var deposits) || !deposits.TryGetValue(size, out var deposit))
        {
            throw new DomainException(ErrorCodes.Invalid, $"Rate schedule {schedule.Code} sets no deposit for {className} service with a {size}\" meter.", "meterSize");
        }

        if (facts.AverageDailyGallons is < 1 or > MaxAverageDailyGallons)
        {
            throw new DomainException(ErrorCodes.Invalid, $"Average daily demand is 1 to {MaxAverageDailyGallons:N0} gallons, or leave it empty.", "averageDailyGallons");
        }

        var ercs = Ercs(tableErcs, facts.AverageDailyGallons, connection.GallonsPerDayPerErc);
        var multiplier = facts.InsideCity ? 1m : connection.OutsideCityMultiplier;
        var outside = facts.InsideCity ? string.Empty : Invariant($", outside city x {multiplier:0.##}");
        var lines = new List<EstimateLineAmount>
        {
            new(EstimateLineKind.WaterCapitalFacility, Invariant($"Water capital facility charge: {ercs:0.00} ERCs x ${connection.WaterCapitalFacilityPerErc:N2}{outside}"),
                Money.Round(ercs * connection.WaterCapitalFacilityPerErc * multiplier)),
        };
        if (facts.Sewer)
        {
            lines.Add(new(EstimateLineKind.SewerCapitalFacility, Invariant($"Sewer capital facility charge: {ercs:0.00} ERCs x ${connection.SewerCapitalFacilityPerErc:N2}{outside}"),
                Money.Round(ercs * connection.SewerCapitalFacilityPerErc * multiplier)));
        }

        lines.Add(connection.MeterInstallationByMeterSize.TryGetValue(size, out var installation)
            ? new(EstimateLineKind.MeterInstallation, $"Meter installation ({size}\" meter)", Money.Round(installation))
            : new(EstimateLineKind.MeterInstallation, $"Meter installation ({size}\" meter): installed by contractor", Money.Zero));
        lines.Add(new(EstimateLineKind.Deposit, $"Service deposit ({size}\" meter, {className})", Money.Round(deposit)));
        return new ConnectionEstimate(ercs, lines);
    }

    /// <summary>The meter table's ERCs, or the stated demand's (rounded up to two decimals) when that is larger.</summary>
    public static decimal Ercs(decimal tableErcs, int? averageDailyGallons, decimal gallonsPerDayPerErc)
    {
        if (averageDailyGallons is not { } demand)
        {
            return tableErcs;
        }

        var byDemand = Math.Ceiling(demand * 100m / gallonsPerDayPerErc) / 100m;
        return Math.Max(tableErcs, byDemand);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
