using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Agreements;

namespace UtilityPortal.Domain.Tests.Payments.Agreements;

public sealed class AgreementScheduleAddsUp
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Theory]
    [InlineData(100.00, 0.00, 3, 33.33, 33.34)]
    [InlineData(1000.00, 100.00, 7, 128.57, 128.58)]
    [InlineData(250.01, 0.00, 12, 20.83, 20.88)]
    [InlineData(10.00, 9.99, 1, 0.01, 0.01)]
    public void InstallmentsAreWholeCentsAndTheLastTakesTheRemainder(decimal covered, decimal down, int count, decimal each, decimal last)
    {
        var terms = AgreementTerms.Create(covered, down, count, Today.AddDays(10), "Terms", Money.Of(5000m), 12, Today);

        var schedule = terms.Schedule();

        schedule.Count.ShouldBe(count);
        schedule.Select(s => s.Amount).Sum().ShouldBe(Money.Of(covered - down));
        schedule.Take(count - 1).ShouldAllBe(s => s.Amount == Money.Of(each));
        schedule[^1].Amount.ShouldBe(Money.Of(last));
        schedule.ShouldAllBe(s => decimal.Round(s.Amount.Amount, 2) == s.Amount.Amount);
    }

    [Fact]
    public void MonthlyDueDatesKeepTheirDayAndFallOnMonthEndWhenShorter()
    {
        var terms = AgreementTerms.Create(400m, 0m, 4, new DateOnly(2027, 1, 31), "Terms", Money.Of(400m), 12, Today);

        terms.Schedule().Select(s => s.DueOn).ShouldBe(
            [new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 28), new DateOnly(2027, 3, 31), new DateOnly(2027, 4, 30)]);
    }

    [Theory]
    [InlineData(0, 0, 3, 10, "covered")]
    [InlineData(-5, 0, 3, 10, "covered")]
    [InlineData(600.01, 0, 3, 10, "covered")]
    [InlineData(100.005, 0, 3, 10, "covered")]
    [InlineData(100, 100, 3, 10, "downPayment")]
    [InlineData(100, 0.001, 3, 10, "downPayment")]
    [InlineData(100, -1, 3, 10, "downPayment")]
    [InlineData(100, 0, 0, 10, "installments")]
    [InlineData(100, 0, 13, 10, "installments")]
    [InlineData(100, 0, 3, 0, "firstDueOn")]
    [InlineData(100, 0, 3, -3, "firstDueOn")]
    public void BadTermsAreRefusedWithAMessageOnTheField(decimal covered, decimal down, int count, int firstDueInDays, string field)
    {
        var refused = Should.Throw<DomainException>(() =>
            AgreementTerms.Create(covered, down, count, Today.AddDays(firstDueInDays), "Terms", Money.Of(600m), 12, Today));

        refused.Errors.ShouldContain(e => e.Field == field && e.Message.Length > 10);
    }

    [Fact]
    public void TermsTextIsRequired() =>
        Should.Throw<DomainException>(() => AgreementTerms.Create(100m, 0m, 3, Today.AddDays(5), "  ", Money.Of(600m), 12, Today))
            .Errors.ShouldContain(e => e.Field == "terms");
}
