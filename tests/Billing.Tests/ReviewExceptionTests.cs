using Microsoft.EntityFrameworkCore;

namespace UtilityPortal.Billing.Tests;

/// <summary>Every kind of review exception a run can raise, with its reason and history, and each way a specialist resolves one.</summary>
public sealed class ReviewExceptionTests : IAsyncLifetime
{
    private static readonly DateOnly October3 = new(2026, 10, 3);
    private static readonly DateOnly November3 = new(2026, 11, 3);
    private BillingHost _host = null!;

    public async Task InitializeAsync() => _host = await BillingHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ARun_RaisesEachKindOfException_WithItsReasonAndHistory()
    {
        var normal = await WithYearAsync(november: 6_500);
        var high = await WithYearAsync(november: 20_000);
        var low = await WithYearAsync(november: 1_000);
        var zero = await WithYearAsync(november: 0);
        var negative = await WithYearAsync(november: -300);
        var missing = await WithYearAsync(november: null);
        var rollover = await _host.AddAccountAsync(cycle: 3);
        await _host.AddReadsAsync(rollover.MeterId, (October3, 998_500), (November3, 4_500));
        var changed = await _host.AddAccountAsync(cycle: 3);
        await _host.AddReadsAsync(changed.MeterId, (October3, 40_000), (new DateOnly(2026, 10, 20), 43_000));
        await _host.RemoveMeterAsync(changed.MeterId, new DateOnly(2026, 10, 20));
        var replacement = await _host.AddMeterAsync(changed.PremiseId, new DateOnly(2026, 10, 20));
        await _host.AddReadsAsync(replacement, (new DateOnly(2026, 10, 20), 12), (November3, 2_512));

        var run = await _host.CalculateRunAsync(3, 2026, 11);
        var queue = await _host.UseCase<ListBillExceptions, BillExceptionPage>(u => u.HandleAsync(BillingHost.Specialist, new ListBillExceptionsInput(run.Id)));
        var byAccount = queue.Items.GroupBy(e => e.AccountNumber).ToDictionary(g => g.Key, g => g.Select(e => e.Kind).Order().ToList());

        run.Accounts.ShouldBe(8);
        byAccount.ShouldNotContainKey(normal.Number);
        byAccount[high.Number].ShouldBe([BillExceptionKind.High]);
        byAccount[low.Number].ShouldBe([BillExceptionKind.Low]);
        byAccount[zero.Number].ShouldBe([BillExceptionKind.Zero]);
        byAccount[negative.Number].ShouldBe([BillExceptionKind.Negative]);
        byAccount[missing.Number].ShouldBe([BillExceptionKind.MissingRead]);
        byAccount[rollover.Number].ShouldBe([BillExceptionKind.Rollover]);
        byAccount[changed.Number].ShouldBe([BillExceptionKind.MeterChanged]);
        run.OpenExceptionsByKind.Count.ShouldBe(7);

        Item(queue, low).Reason.ShouldBe("1,000 gal is 16% of the 12-month average of 6,115 gal (review at 40% or less).");
        Item(queue, high).Reason.ShouldBe("20,000 gal is 327% of the 12-month average of 6,115 gal (review at 150% and 10,000 gal).");
        Item(queue, zero).Reason.ShouldBe("No use at all on an active account that averages 6,115 gal.");
        Item(queue, negative).Reason.ShouldBe($"Meter {negative.MeterSerial} went backwards from 82,000 to 81,700; billed at zero until reviewed.");
        Item(queue, missing).Reason.ShouldBe($"No read of meter {missing.MeterSerial} within 5 days of 2026-11-03; estimated 6,115 gal from the account's history.");
        Item(queue, rollover).Reason.ShouldBe($"Meter {rollover.MeterSerial} rolled over from 998,500 to 4,500: 6,000 gal if that is right.");
        Item(queue, changed).Reason.ShouldContain($"Meter {changed.MeterSerial} was removed on 2026-10-20, during the period.");
        Item(queue, changed).Reason.ShouldContain("was set on 2026-10-20, during the period.");
        foreach (var account in new[] { high, low, zero, negative, missing })
        {
            Item(queue, account).History.Count.ShouldBe(12);
            Item(queue, account).AverageGallons.ShouldBe(6_115);
        }

        (await Bill(negative)).WaterGallons.ShouldBe(0);
        (await Bill(missing)).Estimated.ShouldBeTrue();
        (await Bill(missing)).WaterGallons.ShouldBe(6_115);
        (await Bill(missing)).Reads.ShouldHaveSingleItem().Kind.ShouldBe(BillReadKind.Estimated);
        (await Bill(rollover)).WaterGallons.ShouldBe(6_000);
        (await Bill(rollover)).Reads.ShouldHaveSingleItem().Kind.ShouldBe(BillReadKind.Rollover);
        (await Bill(changed)).WaterGallons.ShouldBe(3_000 + 2_500);
        (await Bill(changed)).Reads.Count.ShouldBe(2);
        (await Bill(changed)).Lines.Count(l => l.Description.StartsWith("Water base charge", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public async Task Estimate_PricesTheBillOnTheAverage_OrOnTheGallonsGiven()
    {
        var negative = await WithYearAsync(november: -300);
        var other = await WithYearAsync(november: -500);
        var run = await _host.CalculateRunAsync(3, 2026, 11);
        var queue = await _host.UseCase<ListBillExceptions, BillExceptionPage>(u => u.HandleAsync(BillingHost.Specialist, new ListBillExceptionsInput(run.Id)));

        await Resolve(Item(queue, negative).Id, BillExceptionResolution.Estimate);
        await Resolve(Item(queue, other).Id, BillExceptionResolution.Estimate, gallons: 7_500);

        var estimated = await Bill(negative);
        estimated.WaterGallons.ShouldBe(6_115);
        estimated.Estimated.ShouldBeTrue();
        estimated.Status.ShouldBe(BillStatus.Draft);
        var given = await Bill(other);
        given.WaterGallons.ShouldBe(7_500);
        // Worked example 1 of the rates README: 7,500 gal on a 5/8" meter, inside the city, four services.
        given.CurrentCharges.Amount.ShouldBe(124.68m);
    }

    [Fact]
    public async Task ReRead_HoldsTheBill_WithAPendingRequest_AndRecalculatingAfterTheNewReadReleasesIt()
    {
        // The bill is drafted on November 4; the reader goes back on the 6th.
        await _host.DisposeAsync();
        _host = await BillingHost.StartAsync(now: new DateTimeOffset(2026, 11, 4, 15, 0, 0, TimeSpan.Zero));
        var negative = await WithYearAsync(november: -300);
        var run = await _host.CalculateRunAsync(3, 2026, 11);
        var queue = await _host.UseCase<ListBillExceptions, BillExceptionPage>(u => u.HandleAsync(BillingHost.Specialist, new ListBillExceptionsInput(run.Id)));

        var result = await Resolve(Item(queue, negative).Id, BillExceptionResolution.ReRead, note: "Reader to check the dial.");
        var held = await Bill(negative);
        var request = await _host.DbAsync(db => db.ReReadRequests.AsNoTracking().SingleAsync());
        await _host.AddReadsAsync(negative.MeterId, (new DateOnly(2026, 11, 6), 82_000 + 6_800));
        var recalculated = await _host.UseCase<RecalculateBill, BillSummary>(u => u.HandleAsync(BillingHost.Specialist, new RecalculateBillInput(held.Id)));

        result.ReReadRequests.ShouldHaveSingleItem().ShouldBe(request.Id);
        held.Status.ShouldBe(BillStatus.Held);
        held.HoldReason.ShouldBe("Waiting for a re-read: Reader to check the dial.");
        request.MeterId.ShouldBe(negative.MeterId);
        request.Status.ShouldBe(ReReadStatus.Pending);
        recalculated.Status.ShouldBe(BillStatus.Draft);
        recalculated.WaterGallons.ShouldBe(6_800);
        recalculated.OpenExceptions.ShouldBe(0);
        (await _host.DbAsync(db => db.ReReadRequests.AsNoTracking().SingleAsync())).Status.ShouldBe(ReReadStatus.Completed);
    }

    [Fact]
    public async Task AHold_NeedsAReason()
    {
        var zero = await WithYearAsync(november: 0);
        var run = await _host.CalculateRunAsync(3, 2026, 11);
        var queue = await _host.UseCase<ListBillExceptions, BillExceptionPage>(u => u.HandleAsync(BillingHost.Specialist, new ListBillExceptionsInput(run.Id)));

        var refused = await Should.ThrowAsync<DomainException>(() => Resolve(Item(queue, zero).Id, BillExceptionResolution.Hold));

        refused.Errors.ShouldHaveSingleItem().Field.ShouldBe("Note");
        (await Bill(zero)).Status.ShouldBe(BillStatus.Draft);
    }

    /// <summary>An account with a year of 6,000 gallon months to October 3 and the given use to November 3 (no read when null).</summary>
    private async Task<TestAccount> WithYearAsync(long? november)
    {
        var account = await _host.AddAccountAsync(cycle: 3);
        var last = await _host.AddYearOfReadsAsync(account, October3, 6_000);
        if (november is { } use)
        {
            await _host.AddReadsAsync(account.MeterId, (November3, last + use));
        }

        return account;
    }

    private Task<ResolveBillExceptionsResult> Resolve(Guid id, BillExceptionResolution resolution, string? note = null, long? gallons = null) =>
        _host.UseCase<ResolveBillExceptions, ResolveBillExceptionsResult>(u => u.HandleAsync(BillingHost.Specialist,
            new ResolveBillExceptionsInput([id], resolution, note, gallons)));

    private async Task<Bill> Bill(TestAccount account) => (await _host.BillsOfAsync(account.Id)).ShouldHaveSingleItem();

    private static BillExceptionView Item(BillExceptionPage queue, TestAccount account) => queue.Items.Single(e => e.AccountNumber == account.Number);
}
