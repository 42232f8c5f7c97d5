using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Ledger;

public sealed class AgingBucketsWhatIsStillOwed
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void PaymentsSettleTheOldestChargesFirst()
    {
        var journal = new Journal(Guid.NewGuid());
        var lines = new[]
        {
            journal.Charge(100m, Today.AddDays(-95)),
            journal.Charge(80m, Today.AddDays(-65)),
            journal.Charge(60m, Today.AddDays(-35)),
            journal.Charge(40m, Today.AddDays(-5)),
            journal.Payment(120m, Today.AddDays(-3)),
        }.Select(e => new LedgerLine(e.EffectiveOn, e.Amount, e.DepositAmount));

        var aging = AccountStanding.From(lines, Today).Aging;

        aging.Days90Plus.Amount.ShouldBe(0m);
        aging.Days60.Amount.ShouldBe(60m);
        aging.Days30.Amount.ShouldBe(60m);
        aging.Current.Amount.ShouldBe(40m);
        aging.PastDue.Amount.ShouldBe(120m);
    }

    [Fact]
    public void ACreditBalanceShowsAsNegativeCurrent()
    {
        var journal = new Journal(Guid.NewGuid());
        var lines = new[] { journal.Charge(50m, Today.AddDays(-40)), journal.Payment(70m, Today) }
            .Select(e => new LedgerLine(e.EffectiveOn, e.Amount, e.DepositAmount));

        var standing = AccountStanding.From(lines, Today);

        standing.Balance.Amount.ShouldBe(-20m);
        standing.Aging.Current.Amount.ShouldBe(-20m);
        standing.Aging.PastDue.ShouldBe(Money.Zero);
    }

    [Fact]
    public void TheBucketsAddUpToTheBalance()
    {
        var journal = new Journal(Guid.NewGuid());
        var lines = Enumerable.Range(0, 12)
            .SelectMany(m => new[] { journal.Charge(40m + m, Today.AddDays(-30 * m)), journal.Payment(35m, Today.AddDays(-30 * m + 3)) })
            .Select(e => new LedgerLine(e.EffectiveOn, e.Amount, e.DepositAmount));

        var standing = AccountStanding.From(lines, Today);
        var a = standing.Aging;

        (a.Current + a.Days30 + a.Days60 + a.Days90Plus).ShouldBe(standing.Balance);
    }
}
