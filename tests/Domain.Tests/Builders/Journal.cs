using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Tests.Builders;

/// <summary>Builds journal entries of every kind for one account with sensible defaults.</summary>
internal sealed class Journal(Guid accountId)
{
    private static readonly DateTimeOffset PostedAt = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private int _next;

    public Guid AccountId => accountId;

    public string NextKey() => $"test:{accountId:N}:{++_next}";

    public JournalEntry Charge(decimal amount, DateOnly on) => JournalEntry.Charge(accountId, new Money(amount), NextKey(), on, PostedAt, "test", "Charge");

    public JournalEntry Payment(decimal amount, DateOnly on) => JournalEntry.Payment(accountId, new Money(amount), NextKey(), on, PostedAt, "test", "Payment");

    public JournalEntry Adjustment(decimal amount, DateOnly on) => JournalEntry.Adjustment(accountId, new Money(amount), NextKey(), on, PostedAt, "test", "Adjustment");

    public JournalEntry Deposit(decimal amount, DateOnly on) => JournalEntry.Deposit(accountId, new Money(amount), NextKey(), on, PostedAt, "test", "Deposit");

    public JournalEntry DepositApplication(decimal amount, DateOnly on) => JournalEntry.DepositApplication(accountId, new Money(amount), NextKey(), on, PostedAt, "test", "Deposit applied");

    public JournalEntry Refund(decimal amount, DateOnly on) => JournalEntry.Refund(accountId, new Money(amount), NextKey(), on, PostedAt, "test", "Refund");

    public JournalEntry Transfer(decimal amount, DateOnly on) => JournalEntry.Transfer(accountId, Guid.NewGuid(), new Money(amount), NextKey(), on, PostedAt, "test", "Transfer");

    public JournalEntry WriteOff(decimal amount, DateOnly on) => JournalEntry.WriteOff(accountId, new Money(amount), NextKey(), on, PostedAt, "test", "Write-off");

    public JournalEntry Reversal(JournalEntry of, DateOnly on) => of.Reverse(NextKey(), on, PostedAt, "test", "mistake");
}
