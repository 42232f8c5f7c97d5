using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Billing.Drafting;

/// <summary>An account as billing needs it: its services and the premise facts its rates depend on.</summary>
internal sealed record AccountToBill(
    Guid Id,
    string Number,
    AccountStatus Status,
    UtilityServices Services,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    Guid PremiseId,
    PremiseClass Class,
    bool InsideCity,
    int DwellingUnits,
    int ImperviousSqFt)
{
    /// <summary>Water and reuse are metered; stormwater, refuse and sewer (on water gallons) are not read.</summary>
    public bool IsMetered => Services.HasFlag(UtilityServices.Water) || Services.HasFlag(UtilityServices.Reuse);
}

internal sealed record MeterToRead(Guid Id, Guid PremiseId, string Serial, string Size, int RegisterDigits, DateOnly InstalledOn, DateOnly? RemovedOn, MeterStatus Status);

internal readonly record struct ReadPoint(DateTimeOffset At, long Register, ReadSource Source)
{
    /// <summary>The day of the read where it was taken: reads are stored in UTC, and a 01:00 UTC read belongs to the evening before in Florida.</summary>
    public DateOnly Day => DateOnly.FromDateTime(At.ToOffset(BillingTime.Offset(At)).DateTime);
}

/// <summary>What to draft for one account.</summary>
/// <param name="Period">The billing period (the cycle's, for cycle, initial and final bills).</param>
/// <param name="Service">The days of the period with service: base and flat charges are prorated by them.</param>
/// <param name="ClosingRegister">A final read the specialist took at move-out, used instead of looking for one.</param>
/// <param name="ReReadAfter">When recalculating: a closing read taken after this moment (a re-read) wins over the original read.</param>
internal sealed record DraftRequest(BillKind Kind, BillingPeriod Period, BillingPeriod Service, Guid? RunId, long? ClosingRegister = null,
    DateTimeOffset? ReReadAfter = null);

/// <summary>The utility's local time: read days and bill dates are days in America/New_York.</summary>
internal static class BillingTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static TimeSpan Offset(DateTimeOffset at) => Zone.GetUtcOffset(at);

    public static DateOnly Today(TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return DateOnly.FromDateTime(now.ToOffset(Offset(now)).DateTime);
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
