using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Tests.Meters;

public sealed class ConsumptionBetweenReads
{
    [Fact]
    public void IsTheDifferenceWhenTheRegisterMovesForward() =>
        Consumption.Between(120_400, 127_900, 6).ShouldBe(new Consumption(7_500, ConsumptionKind.Normal));

    [Fact]
    public void CountsThroughARolloverByTheRegisterDigits()
    {
        Consumption.Between(999_500, 700, 6).ShouldBe(new Consumption(1_200, ConsumptionKind.Rollover));
        Consumption.Between(9_990, 15, 4).ShouldBe(new Consumption(25, ConsumptionKind.Rollover));
    }

    [Fact]
    public void ABackwardStepThatNoRolloverExplainsIsNegative() =>
        Consumption.Between(400_000, 399_000, 6).ShouldBe(new Consumption(-1_000, ConsumptionKind.Negative));

    [Fact]
    public void NoChangeIsZero() =>
        Consumption.Between(5_000, 5_000, 6).ShouldBe(new Consumption(0, ConsumptionKind.Normal));
}
