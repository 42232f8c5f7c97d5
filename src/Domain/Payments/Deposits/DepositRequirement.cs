using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Deposits;

public enum DepositStatus
{
    /// <summary>The deposit bill is issued and not yet paid in full.</summary>
    Billed = 1,

    /// <summary>Paid: the money sits in the held deposit, apart from the balance, until the final bill applies it.</summary>
    Held = 2,

    /// <summary>A Supervisor waived it; the deposit bill (if any) was cancelled.</summary>
    Waived = 3,
}

/// <summary>
/// The deposit an account's new service requires: the amount the rate schedule in effect set for its class and meter
/// size, the deposit bill that charged it, and whether it was paid into the held deposit or waived. One per account.
/// What was later applied or refunded is read from the journal.
/// </summary>
public sealed class DepositRequirement
{
    public const int ReasonMaxLength = 300;

    private DepositRequirement()
    {
        RequiredBy = string.Empty;
    }

    private DepositRequirement(Guid serviceAccountId, Money amount, Guid? billId, DepositStatus status, DateTimeOffset at, string by)
    {
        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        Amount = amount;
        BillId = billId;
        Status = status;
        RequiredAt = at;
        RequiredBy = Clip(by, 120);
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    /// <summary>What the schedule asked for; zero when waived before any deposit bill.</summary>
    public Money Amount { get; private set; }

    /// <summary>The deposit bill.</summary>
    public Guid? BillId { get; private set; }

    public DepositStatus Status { get; private set; }

    public DateTimeOffset RequiredAt { get; private set; }

    public string RequiredBy { get; private set; }

    public DateTimeOffset? HeldAt { get; private set; }

    public DateTimeOffset? WaivedAt { get; private set; }

    public string? WaivedBy { get; private set; }

    public string? WaiverReason { get; private set; }

    /// <summary>The key of the entry moving the paid deposit into the held deposit: once per deposit bill.</summary>
    public string HeldKey => HeldKeyOf(BillId ?? Id);

    public static string HeldKeyOf(Guid billId) => $"deposit-held:{billId:N}";

    /// <summary>The key of the refund of what credit remains after the final bill: once per account.</summary>
    public static string RefundKeyOf(Guid accountId) => $"deposit-refund:{accountId}";

    public static DepositRequirement Billed(Guid serviceAccountId, Money amount, Guid billId, DateTimeOffset at, string by) =>
        new(serviceAccountId, amount, billId, DepositStatus.Billed, at, by);

    /// <summary>A waiver given before any deposit was billed: the account will not be asked for one.</summary>
    public static DepositRequirement WaivedUpFront(Guid serviceAccountId, string reason, DateTimeOffset at, string by)
    {
        var requirement = new DepositRequirement(serviceAccountId, Money.Zero, null, DepositStatus.Billed, at, by);
        requirement.Waive(reason, by, at);
        return requirement;
    }

    /// <summary>The paid deposit bill's money moves to the held deposit: the journal entry to post with this change.</summary>
    public JournalEntry Hold(DateOnly effectiveOn, DateTimeOffset at, string by)
    {
        RequireBilled("hold");
        Status = DepositStatus.Held;
        HeldAt = at;
        return JournalEntry.Deposit(ServiceAccountId, Amount, HeldKey, effectiveOn, at, by, "Deposit paid, held until the final bill");
    }

    public void Waive(string reason, string by, DateTimeOffset at)
    {
        RequireBilled("be waived");
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say why the deposit is waived.", "reason");
        }

        Status = DepositStatus.Waived;
        WaivedAt = at;
        WaivedBy = Clip(by, 120);
        WaiverReason = Clip(reason.Trim(), ReasonMaxLength);
    }

    private void RequireBilled(string action)
    {
        if (Status != DepositStatus.Billed)
        {
            throw new DomainException(ErrorCodes.Conflict, $"A {Status.ToString().ToLowerInvariant()} deposit cannot {action}.");
        }
    }

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;
}
