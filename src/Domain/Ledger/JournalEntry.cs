namespace UtilityPortal.Domain.Ledger;

/// <summary>
/// One immutable line of a service account's journal. <see cref="Amount"/> is the effect on what the customer owes
/// (positive: owes more); <see cref="DepositAmount"/> is the effect on the deposit the utility holds, which is kept
/// apart from the balance. Entries are never changed or deleted: a mistake is corrected by a reversal.
/// </summary>
public sealed class JournalEntry
{
    private JournalEntry()
    {
        IdempotencyKey = string.Empty;
        Description = string.Empty;
        PostedBy = string.Empty;
    }

    private JournalEntry(Guid serviceAccountId, EntryKind kind, Money amount, Money depositAmount, string idempotencyKey,
        DateOnly effectiveOn, DateTimeOffset postedAt, string postedBy, string description)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 200)
        {
            throw new DomainException(ErrorCodes.Invalid, "Every posting needs an idempotency key of at most 200 characters.", nameof(idempotencyKey));
        }

        if (string.IsNullOrWhiteSpace(postedBy))
        {
            throw new DomainException(ErrorCodes.Invalid, "Every posting names who or what posted it.", nameof(postedBy));
        }

        Money.Of(amount.Amount);
        Money.Of(depositAmount.Amount);
        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        Kind = kind;
        Amount = amount;
        DepositAmount = depositAmount;
        IdempotencyKey = idempotencyKey;
        EffectiveOn = effectiveOn;
        PostedAt = postedAt;
        PostedBy = postedBy;
        Description = description.Length > 300 ? description[..300] : description;
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public EntryKind Kind { get; private set; }

    public Money Amount { get; private set; }

    public Money DepositAmount { get; private set; }

    public string IdempotencyKey { get; private set; }

    public DateOnly EffectiveOn { get; private set; }

    public DateTimeOffset PostedAt { get; private set; }

    public string PostedBy { get; private set; }

    public string Description { get; private set; }

    /// <summary>The entry this one reverses; a unique index lets an entry be reversed only once.</summary>
    public Guid? ReversesEntryId { get; private set; }

    /// <summary>For transfers: the other account of the pair.</summary>
    public Guid? CounterpartAccountId { get; private set; }

    public static JournalEntry Charge(Guid accountId, Money amount, string key, DateOnly effectiveOn, DateTimeOffset postedAt, string postedBy, string description)
    {
        RequirePositive(amount, "A charge");
        return new(accountId, EntryKind.Charge, amount, Money.Zero, key, effectiveOn, postedAt, postedBy, description);
    }

    public static JournalEntry Payment(Guid accountId, Money amount, string key, DateOnly effectiveOn, DateTimeOffset postedAt, string postedBy, string description)
    {
        RequirePositive(amount, "A payment");
        return new(accountId, EntryKind.Payment, -amount, Money.Zero, key, effectiveOn, postedAt, postedBy, description);
    }

    /// <summary>A signed adjustment: positive debits the account, negative credits it.</summary>
    public static JournalEntry Adjustment(Guid accountId, Money amount, string key, DateOnly effectiveOn, DateTimeOffset postedAt, string postedBy, string description)
    {
        RequireNonZero(amount, "An adjustment");
        return new(accountId, EntryKind.Adjustment, amount, Money.Zero, key, effectiveOn, postedAt, postedBy, description);
    }

    public static JournalEntry Deposit(Guid accountId, Money amount, string key, DateOnly effectiveOn, DateTimeOffset postedAt, string postedBy, string description)
    {
        RequirePositive(amount, "A deposit");
        return new(accountId, EntryKind.Deposit, Money.Zero, amount, key, effectiveOn, postedAt, postedBy, description);
    }

    /// <summary>Moves held deposit onto the balance (usually at the final bill).</summary>
    public static JournalEntry DepositApplication(Guid accountId, Money amount, string key, DateOnly effectiveOn, DateTimeOffset postedAt, string postedBy, string description)
    {
        RequirePositive(amount, "A deposit application");
        return new(accountId, EntryKind.DepositApplication, -amount, -amount, key, effectiveOn, postedAt, postedBy, description);
    }

    /// <summary>Money paid back to the customer out of a credit balance.</summary>
    public static JournalEntry Refund(Guid accountId, Money amount, string key, DateOnly effectiveOn, DateTimeOffset postedAt, string postedBy, string description)
    {
        RequirePositive(amount, "A refund");
        return new(accountId, EntryKind.Refund, amount, Money.Zero, key, effectiveOn, postedAt, postedBy, description);
    }

    /// <summary>One side of a balance transfer; the other side carries the opposite amount.</summary>
    public static JournalEntry Transfer(Guid accountId, Guid counterpartAccountId, Money amount, string key, DateOnly effectiveOn, DateTimeOffset postedAt, string postedBy, string description)
    {
        RequireNonZero(amount, "A transfer");
        return new(accountId, EntryKind.Transfer, amount, Money.Zero, key, effectiveOn, postedAt, postedBy, description)
        {
            CounterpartAccountId = counterpartAccountId,
        };
    }

    public static JournalEntry WriteOff(Guid accountId, Money amount, string key, DateOnly effectiveOn, DateTimeOffset postedAt, string postedBy, string description)
    {
        RequirePositive(amount, "A write-off");
        return new(accountId, EntryKind.WriteOff, -amount, Money.Zero, key, effectiveOn, postedAt, postedBy, description);
    }

    /// <summary>The entry that undoes this one exactly; together they net to zero.</summary>
    public JournalEntry Reverse(string key, DateOnly effectiveOn, DateTimeOffset postedAt, string postedBy, string reason)
    {
        if (Kind == EntryKind.Reversal)
        {
            throw new DomainException(ErrorCodes.Invalid, "A reversal cannot itself be reversed; post a new entry instead.");
        }

        return new JournalEntry(ServiceAccountId, EntryKind.Reversal, -Amount, -DepositAmount, key, effectiveOn, postedAt, postedBy, $"Reversal: {reason}")
        {
            ReversesEntryId = Id,
            CounterpartAccountId = CounterpartAccountId,
        };
    }

    private static void RequirePositive(Money amount, string what)
    {
        if (!amount.IsPositive)
        {
            throw new DomainException(ErrorCodes.Invalid, $"{what} must be more than zero.", "amount");
        }
    }

    private static void RequireNonZero(Money amount, string what)
    {
        if (amount.IsZero)
        {
            throw new DomainException(ErrorCodes.Invalid, $"{what} cannot be zero.", "amount");
        }
    }
}
