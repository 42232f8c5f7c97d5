namespace UtilityPortal.Domain.Ledger;

/// <summary>What a journal entry records. The sign rules of each kind live in <see cref="JournalEntry"/>'s factories.</summary>
public enum EntryKind
{
    Charge = 1,
    Payment = 2,
    Adjustment = 3,
    Deposit = 4,
    DepositApplication = 5,
    Refund = 6,
    Transfer = 7,
    WriteOff = 8,
    Reversal = 9,
}
