using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing;

/// <summary>
/// What bill review knows about a high bill before it is issued: enough for the customer to be told the projected
/// amount, how the usage compares with their average, and for which period.
/// </summary>
public sealed record HighBillNotice(
    Guid ServiceAccountId,
    Guid BillId,
    Money ProjectedAmount,
    long UsageGallons,
    long AverageGallons,
    DateOnly PeriodEnd);

/// <summary>
/// Tells the customer about a high bill before it is issued (SMS if they consented, e-mail, a portal notice).
/// Bill review calls it; the implementation lives in Notifications. Calling it twice for one bill adds nothing.
/// It writes through the caller's scoped <c>UtilityDbContext</c> and saves, so it joins a transaction the caller has open.
/// </summary>
public interface IHighBillNotifier
{
    Task NotifyAsync(HighBillNotice notice, CancellationToken ct = default);
}
