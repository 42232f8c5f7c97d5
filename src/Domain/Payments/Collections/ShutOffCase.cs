using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Collections;

/// <summary>
/// One delinquency episode of an account, from "processed for shut-off" until service is restored. It carries the
/// delinquency fee's idempotency key (one fee per episode) and the disconnect and reconnect work orders.
/// <see cref="OpenForAccountId"/> is the account id while the episode is open and unique, so two staff members
/// processing the same account at once open one episode.
/// </summary>
public sealed class ShutOffCase
{
    private ShutOffCase()
    {
        ProcessedBy = string.Empty;
    }

    public ShutOffCase(Guid serviceAccountId, Money pastDue, DateOnly processedOn, DateTimeOffset at, string processedBy)
    {
        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        OpenForAccountId = serviceAccountId;
        PastDueAtProcessing = pastDue;
        ProcessedOn = processedOn;
        ProcessedAt = at;
        ProcessedBy = processedBy;
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public Guid? OpenForAccountId { get; private set; }

    /// <summary>What was past due beyond the grace period when the account was processed.</summary>
    public Money PastDueAtProcessing { get; private set; }

    public DateOnly ProcessedOn { get; private set; }

    public DateTimeOffset ProcessedAt { get; private set; }

    public string ProcessedBy { get; private set; }

    /// <summary>The delinquency fee charged for this episode (none when no schedule fee applied).</summary>
    public Money Fee { get; private set; }

    public Guid DisconnectWorkOrderId { get; private set; }

    public Guid? ReconnectWorkOrderId { get; private set; }

    public DateTimeOffset? RestoredAt { get; private set; }

    public string? RestoredBy { get; private set; }

    public bool IsOpen => OpenForAccountId is not null;

    /// <summary>The journal key of this episode's delinquency fee: charged once per episode.</summary>
    public string FeeKey => FeeKeyOf(Id);

    public static string FeeKeyOf(Guid caseId) => $"delinquency-fee:{caseId:N}";

    public void Charged(Money fee, Guid disconnectWorkOrderId)
    {
        Fee = fee;
        DisconnectWorkOrderId = disconnectWorkOrderId;
    }

    public void Restore(Guid? reconnectWorkOrderId, DateTimeOffset at, string by)
    {
        if (!IsOpen)
        {
            throw new DomainException(ErrorCodes.Conflict, "Service has already been restored for this shut-off.");
        }

        ReconnectWorkOrderId = reconnectWorkOrderId;
        RestoredAt = at;
        RestoredBy = by;
        OpenForAccountId = null;
    }
}
