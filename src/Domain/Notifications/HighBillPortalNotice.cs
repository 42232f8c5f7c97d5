using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Notifications;

/// <summary>
/// The high-bill notice a resident sees on the account dashboard. It keeps the facts, not the words, so the Portal
/// writes it in whichever language the reader has chosen (<see cref="HighBillWording"/>). One per bill.
/// </summary>
public sealed class HighBillPortalNotice
{
    private HighBillPortalNotice()
    {
    }

    public HighBillPortalNotice(Billing.HighBillNotice notice, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        ServiceAccountId = notice.ServiceAccountId;
        BillId = notice.BillId;
        ProjectedAmount = notice.ProjectedAmount;
        UsageGallons = notice.UsageGallons;
        AverageGallons = notice.AverageGallons;
        PeriodEnd = notice.PeriodEnd;
        CreatedAt = createdAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public Guid BillId { get; private set; }

    public Money ProjectedAmount { get; private set; }

    public long UsageGallons { get; private set; }

    public long AverageGallons { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public HighBillFacts Facts(string accountNumber) => new(accountNumber, ProjectedAmount, UsageGallons, AverageGallons, PeriodEnd);
}
