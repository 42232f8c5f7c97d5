using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Ledger;

public sealed class BalanceIsTheSumOfTheJournal
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    public static TheoryData<string, decimal, decimal> EveryKind => new()
    {
        // kind, effect on balance, effect on deposit held
        { "charge", 50.25m, 0m },
        { "payment", -50.25m, 0m },
        { "adjustment-debit", 12.00m, 0m },
        { "adjustment-credit", -12.00m, 0m },
        { "deposit", 0m, 150m },
        { "deposit-application", -150m, -150m },
        { "refund", 20m, 0m },
        { "transfer-in", 75.10m, 0m },
        { "transfer-out", -75.10m, 0m },
        { "write-off", -33.33m, 0m },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void EachKindMovesTheBalanceAndDepositBySignedAmount(string kind, decimal balanceEffect, decimal depositEffect)
    {
        var journal = new Journal(Guid.NewGuid());
        var opening = journal.Charge(100m, Today.AddDays(-10));
        var entry = Make(journal, kind);

        var standing = AccountStanding.From([Line(opening), Line(entry)], Today);

        standing.Balance.Amount.ShouldBe(100m + balanceEffect);
        standing.DepositHeld.Amount.ShouldBe(depositEffect);
        entry.Amount.Amount.ShouldBe(balanceEffect);
    }

    [Fact]
    public void AMixedJournalAddsUpEntryByEntry()
    {
        var journal = new Journal(Guid.NewGuid());
        var entries = new[]
        {
            journal.Charge(84.17m, Today.AddDays(-40)),
            journal.Deposit(150m, Today.AddDays(-40)),
            journal.Payment(84.17m, Today.AddDays(-20)),
            journal.Charge(91.02m, Today.AddDays(-10)),
            journal.Adjustment(-10m, Today.AddDays(-5)),
        };

        var standing = AccountStanding.From(entries.Select(Line), Today);

        standing.Balance.Amount.ShouldBe(81.02m);
        standing.DepositHeld.Amount.ShouldBe(150m);
    }

    [Theory]
    [InlineData("charge")]
    [InlineData("payment")]
    [InlineData("deposit")]
    [InlineData("deposit-application")]
    [InlineData("transfer-in")]
    [InlineData("write-off")]
    public void AReversalNetsToZero(string kind)
    {
        var journal = new Journal(Guid.NewGuid());
        var entry = Make(journal, kind);
        var reversal = journal.Reversal(entry, Today);

        var standing = AccountStanding.From([Line(entry), Line(reversal)], Today);

        standing.Balance.ShouldBe(Money.Zero);
        standing.DepositHeld.ShouldBe(Money.Zero);
        reversal.ReversesEntryId.ShouldBe(entry.Id);
        reversal.Kind.ShouldBe(EntryKind.Reversal);
    }

    [Fact]
    public void AReversalCannotBeReversed()
    {
        var journal = new Journal(Guid.NewGuid());
        var reversal = journal.Reversal(journal.Charge(10m, Today), Today);

        Should.Throw<DomainException>(() => journal.Reversal(reversal, Today));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void PaymentsChargesAndDepositsMustBePositive(decimal amount)
    {
        var journal = new Journal(Guid.NewGuid());
        Should.Throw<DomainException>(() => journal.Charge(amount, Today)).Code.ShouldBe(ErrorCodes.Invalid);
        Should.Throw<DomainException>(() => journal.Payment(amount, Today));
        Should.Throw<DomainException>(() => journal.Deposit(amount, Today));
        Should.Throw<DomainException>(() => journal.Refund(amount, Today));
    }

    [Fact]
    public void AmountsWithFractionsOfACentAreRefused()
    {
        var journal = new Journal(Guid.NewGuid());
        Should.Throw<DomainException>(() => journal.Charge(10.005m, Today)).Errors[0].Field.ShouldBe("amount");
    }

    internal static JournalEntry Make(Journal journal, string kind) => kind switch
    {
        "charge" => journal.Charge(50.25m, Today),
        "payment" => journal.Payment(50.25m, Today),
        "adjustment-debit" => journal.Adjustment(12m, Today),
        "adjustment-credit" => journal.Adjustment(-12m, Today),
        "deposit" => journal.Deposit(150m, Today),
        "deposit-application" => journal.DepositApplication(150m, Today),
        "refund" => journal.Refund(20m, Today),
        "transfer-in" => journal.Transfer(75.10m, Today),
        "transfer-out" => journal.Transfer(-75.10m, Today),
        "write-off" => journal.WriteOff(33.33m, Today),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static LedgerLine Line(JournalEntry e) => new(e.EffectiveOn, e.Amount, e.DepositAmount);
}
