namespace UtilityPortal.GraphApi.Tests.Billing;

/// <summary>The utility's calendar day: billing dates are days in Florida, as the Domain reckons them.</summary>
internal static class Florida
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
}
