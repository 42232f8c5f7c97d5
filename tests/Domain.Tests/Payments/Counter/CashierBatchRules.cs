using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Counter;

namespace UtilityPortal.Domain.Tests.Payments.Counter;

/// <summary>A cashier batch: who may use it, when it stops taking payments, and how its report reads.</summary>
public sealed class CashierBatchRules
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 14, 0, 0, TimeSpan.Zero);

    private static CashierBatch Batch(decimal openingFloat = 50m) => new("cashier-1", "ana@example.com", new DateOnly(2026, 11, 26), Money.Of(openingFloat), Now);

    [Fact]
    public void OnlyItsCashierTakesPaymentsAndOnlyWhileOpen()
    {
        var batch = Batch();

        Should.Throw<DomainException>(() => batch.AcceptPaymentFrom("cashier-2")).Code.ShouldBe(ErrorCodes.Forbidden);
        batch.AcceptPaymentFrom("cashier-1");
        batch.Close(TenderCount.Zero, "ana@example.com", Now);
        var closed = Should.Throw<DomainException>(() => batch.AcceptPaymentFrom("cashier-1"));
        closed.Code.ShouldBe(ErrorCodes.Conflict);
        closed.Message.ShouldBe("That batch is closed and takes no more payments; open a new batch.");
        Should.Throw<DomainException>(() => batch.Close(TenderCount.Zero, "ana@example.com", Now)).Code.ShouldBe(ErrorCodes.Conflict);
    }

    [Fact]
    public void ANegativeFloatOrCountIsRefused()
    {
        Should.Throw<DomainException>(() => Batch(-1m)).Errors[0].Field.ShouldBe("openingFloat");
        var batch = Batch();
        Should.Throw<DomainException>(() => batch.Close(TenderCount.Zero with { Checks = new Money(-0.01m) }, "x", Now)).Errors[0].Field.ShouldBe("countedChecks");
        Should.Throw<DomainException>(() => batch.Close(TenderCount.Zero with { Cash = new Money(1.001m) }, "x", Now)).Errors[0].Field.ShouldBe("countedCash");
        batch.Status.ShouldBe(CashierBatchStatus.Open);
    }

    [Fact]
    public void TheReportExpectsTheFloatInCashAndShowsEachTendersVariance()
    {
        var batch = Batch(50m);
        batch.Close(new TenderCount(Money.Of(148.75m), Money.Of(200m), Money.Zero, Money.Of(12m)), "ana@example.com", Now);

        var lines = CashierBatchReport.Lines(batch, [(Tender.Cash, 3, Money.Of(100m)), (Tender.Check, 2, Money.Of(200m))]);

        lines.Select(l => l.Tender).ShouldBe(CashierBatch.CounterTenders);
        lines[0].Expected.ShouldBe(Money.Of(150m));
        lines[0].Variance.ShouldBe(Money.Of(-1.25m));
        lines[1].Variance.ShouldBe(Money.Zero);
        lines[2].Payments.ShouldBe(0);
        lines[2].Variance.ShouldBe(Money.Zero);
        // Counted on the card terminal with no card payment in the batch: over by all of it.
        lines[3].Variance.ShouldBe(Money.Of(12m));
    }

    [Fact]
    public void AnOpenBatchHasNoCountsOrVarianceYet()
    {
        var lines = CashierBatchReport.Lines(Batch(), [(Tender.Cash, 1, Money.Of(10m))]);

        lines.ShouldAllBe(l => l.Counted == null && l.Variance == null);
        lines[0].Expected.ShouldBe(Money.Of(60m));
    }
}
