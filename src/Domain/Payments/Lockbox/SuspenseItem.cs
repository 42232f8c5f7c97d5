using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Lockbox;

/// <summary>Why a lockbox line could not be posted to an account.</summary>
public enum SuspenseReason
{
    /// <summary>The coupon's account number is missing or fails its check digit.</summary>
    InvalidAccountNumber = 1,

    /// <summary>A well-formed account number that no account has.</summary>
    UnknownAccount = 2,

    /// <summary>The account is closed; the money may belong to the customer's new account.</summary>
    ClosedAccount = 3,
}

public enum SuspenseStatus
{
    Open = 1,

    /// <summary>A specialist posted it to an account.</summary>
    Applied = 2,

    /// <summary>Sent back to the bank with a note; never posted.</summary>
    Returned = 3,
}

/// <summary>
/// A lockbox line whose money the utility holds but cannot yet post: the raw line and the reason, waiting for a
/// specialist to apply it to an account (posted then, once) or return it to the bank. The status is a concurrency
/// token, so two specialists acting on the same item at once cannot both post it.
/// </summary>
public sealed class SuspenseItem
{
    public const int RawLineMaxLength = 500;
    public const int NoteMaxLength = 300;

    private SuspenseItem()
    {
        RawLine = string.Empty;
        AccountText = string.Empty;
        CheckNumber = string.Empty;
    }

    internal SuspenseItem(Guid lockboxBatchId, LockboxLine line, SuspenseReason reason)
    {
        Id = Guid.CreateVersion7();
        LockboxBatchId = lockboxBatchId;
        LineNumber = line.LineNumber;
        RawLine = line.Raw.Length > RawLineMaxLength ? line.Raw[..RawLineMaxLength] : line.Raw;
        AccountText = line.Account;
        Amount = line.Amount;
        CheckNumber = line.CheckNumber;
        PaidOn = line.PaidOn;
        Remitter = line.Remitter;
        Reason = reason;
        Status = SuspenseStatus.Open;
    }

    public Guid Id { get; private set; }

    public Guid LockboxBatchId { get; private set; }

    public int LineNumber { get; private set; }

    public string RawLine { get; private set; }

    /// <summary>The account column as the bank sent it.</summary>
    public string AccountText { get; private set; }

    public Money Amount { get; private set; }

    public string CheckNumber { get; private set; }

    public DateOnly PaidOn { get; private set; }

    public string? Remitter { get; private set; }

    public SuspenseReason Reason { get; private set; }

    public SuspenseStatus Status { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? ResolvedBy { get; private set; }

    /// <summary>The account it was applied to.</summary>
    public Guid? AppliedAccountId { get; private set; }

    /// <summary>The payment it became.</summary>
    public Guid? PaymentId { get; private set; }

    /// <summary>The specialist's note: why this account, or why it went back to the bank.</summary>
    public string? Note { get; private set; }

    /// <summary>The payment this item becomes; <see cref="MarkApplied"/> records it in the same transaction.</summary>
    public Payment ToPayment(Guid accountId) => LockboxFile.PaymentFor(accountId, Amount, CheckNumber, PaidOn, LockboxBatchId);

    public void MarkApplied(Payment payment, string by, DateTimeOffset at, string? note)
    {
        RequireOpen();
        Status = SuspenseStatus.Applied;
        AppliedAccountId = payment.ServiceAccountId;
        PaymentId = payment.Id;
        Resolve(by, at, note);
    }

    public void Return(string note, string by, DateTimeOffset at)
    {
        RequireOpen();
        if (string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say why the payment goes back to the bank.", "note");
        }

        Status = SuspenseStatus.Returned;
        Resolve(by, at, note);
    }

    private void Resolve(string by, DateTimeOffset at, string? note)
    {
        ResolvedBy = by.Length > 120 ? by[..120] : by;
        ResolvedAt = at;
        note = note?.Trim();
        Note = string.IsNullOrEmpty(note) ? null : note.Length > NoteMaxLength ? note[..NoteMaxLength] : note;
    }

    private void RequireOpen()
    {
        if (Status != SuspenseStatus.Open)
        {
            throw new DomainException(ErrorCodes.Conflict, $"This payment was already {Status.ToString().ToLowerInvariant()}.");
        }
    }
}
