using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Billing.Tests;

/// <summary>Initial and final bills through the use cases, priced with demo-fy2026.json (golden figures worked by hand).</summary>
public sealed class ProrationTests : IAsyncLifetime
{
    private BillingHost _host = null!;

    public async Task InitializeAsync() => _host = await BillingHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AnInitialBill_ProratesBaseAndFlatCharges_FromTheDayServiceStarted()
    {
        // Cycle 3 reads on the 3rd: service from October 19 is 16 days of the 31-day period October 4 to November 3.
        var account = await _host.AddAccountAsync(cycle: 3, openedOn: new DateOnly(2026, 10, 19));
        await _host.AddReadsAsync(account.MeterId, (new DateOnly(2026, 10, 19), 500), (new DateOnly(2026, 11, 3), 8_000));

        var summary = await _host.UseCase<PrepareBill, BillSummary>(u => u.HandleAsync(BillingHost.Specialist,
            new PrepareBillInput(account.Number, BillKind.Initial)));
        var bill = (await _host.BillsOfAsync(account.Id)).ShouldHaveSingleItem();

        summary.Kind.ShouldBe(BillKind.Initial);
        summary.PeriodStart.ShouldBe(new DateOnly(2026, 10, 4));
        summary.ServiceFrom.ShouldBe(new DateOnly(2026, 10, 19));
        summary.ServiceTo.ShouldBe(new DateOnly(2026, 11, 3));
        bill.ServiceDays.ShouldBe(16);
        bill.PeriodDays.ShouldBe(31);
        Amounts(bill).ShouldBe([
            ("Water base charge (5/8\" meter), prorated", 6.40m),      // 12.40 x 16/31
            ("Water tier 1 (0–6,000 gal): 6,000 gal", 18.30m),         // usage is never prorated
            ("Water tier 2 (6,001–15,000 gal): 1,500 gal", 6.38m),
            ("Water tier 3 (15,001–30,000 gal): 0 gal", 0m),
            ("Water tier 4 (over 30,000 gal): 0 gal", 0m),
            ("Sewer base charge (5/8\" meter), prorated", 7.28m),      // 14.10 x 16/31 = 7.2774
            ("Sewer on 7,500 gal", 42.00m),
            ("Stormwater, 1 dwelling unit", 3.56m),                    // 6.90 x 16/31 = 3.5613
            ("Refuse, 1 unit", 12.70m),                                // 24.60 x 16/31 = 12.6968
        ]);
        summary.CurrentCharges.ShouldBe(Money.Of(96.62m));
    }

    [Fact]
    public async Task TheCycleRun_BillsANewAccount_AsAnInitialBill()
    {
        var account = await _host.AddAccountAsync(cycle: 3, openedOn: new DateOnly(2026, 10, 19));
        await _host.AddReadsAsync(account.MeterId, (new DateOnly(2026, 10, 19), 500), (new DateOnly(2026, 11, 3), 8_000));

        await _host.CalculateRunAsync(3, 2026, 11);

        var bill = (await _host.BillsOfAsync(account.Id)).ShouldHaveSingleItem();
        bill.Kind.ShouldBe(BillKind.Initial);
        bill.CurrentCharges.ShouldBe(Money.Of(96.62m));
    }

    [Fact]
    public async Task AFinalBill_ProratesToTheMoveOutDay_AndAppliesTheDeposit()
    {
        var account = await _host.AddAccountAsync(cycle: 3, role: AccountRole.Tenant);
        await _host.DepositAsync(account.Id, 150m, new DateOnly(2020, 1, 1));
        await _host.AddReadsAsync(account.MeterId, (new DateOnly(2026, 10, 3), 12_000), (new DateOnly(2026, 11, 3), 20_000));

        // Moves out November 8: 5 days of the 30-day period November 4 to December 3; the final read shows 23,000.
        var draft = await _host.UseCase<PrepareBill, BillSummary>(u => u.HandleAsync(BillingHost.Specialist,
            new PrepareBillInput(account.Number, BillKind.Final, MoveOutDate: new DateOnly(2026, 11, 8), FinalRegister: 23_000)));
        var issued = await _host.UseCase<IssueBill, BillSummary>(u => u.HandleAsync(BillingHost.Specialist, new IssueBillInput(draft.Id)));
        var bill = (await _host.BillsOfAsync(account.Id)).ShouldHaveSingleItem();
        var journal = await _host.DbAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == account.Id).ToListAsync());
        var status = await _host.DbAsync(db => db.ServiceAccounts.Where(a => a.Id == account.Id).Select(a => a.Status).SingleAsync());

        Amounts(bill).ShouldBe([
            ("Water base charge (5/8\" meter), prorated", 2.07m),      // 12.40 x 5/30 = 2.0667
            ("Water tier 1 (0–6,000 gal): 3,000 gal", 9.15m),
            ("Water tier 2 (6,001–15,000 gal): 0 gal", 0m),
            ("Water tier 3 (15,001–30,000 gal): 0 gal", 0m),
            ("Water tier 4 (over 30,000 gal): 0 gal", 0m),
            ("Sewer base charge (5/8\" meter), prorated", 2.35m),      // 14.10 x 5/30
            ("Sewer on 3,000 gal", 16.80m),
            ("Stormwater, 1 dwelling unit", 1.15m),                    // 6.90 x 5/30
            ("Refuse, 1 unit", 4.10m),                                 // 24.60 x 5/30
        ]);
        bill.Reads.ShouldHaveSingleItem().ClosingRegister.ShouldBe(23_000);
        issued.CurrentCharges.ShouldBe(Money.Of(35.62m));
        bill.DepositApplied.ShouldBe(Money.Of(-150m));
        bill.TotalDue.ShouldBe(Money.Of(-114.38m));
        journal.Single(e => e.Kind == EntryKind.DepositApplication).Amount.ShouldBe(Money.Of(-150m));
        journal.Sum(e => e.Amount.Amount).ShouldBe(-114.38m);
        journal.Sum(e => e.DepositAmount.Amount).ShouldBe(0m);
        status.ShouldBe(AccountStatus.FinalBilled);
    }

    [Fact]
    public async Task ABillCarriesThePreviousBalance_AndThePaymentsSinceTheLastBill()
    {
        var account = await _host.AddAccountAsync(cycle: 3);
        await _host.AddReadsAsync(account.MeterId, (new DateOnly(2026, 10, 3), 10_000), (new DateOnly(2026, 11, 3), 17_500));
        await _host.ChargeAsync(account.Id, 80m, new DateOnly(2026, 10, 5), "test:october");
        await _host.PayAsync(account.Id, 50m, new DateOnly(2026, 10, 20), "test:payment");
        await _host.ChargeAsync(account.Id, 30m, new DateOnly(2026, 9, 5), "test:september");

        var run = await _host.CalculateRunAsync(3, 2026, 11);
        await _host.ApproveAndPostAsync(run.Id);
        var bill = (await _host.BillsOfAsync(account.Id)).ShouldHaveSingleItem();

        bill.PreviousBalance.ShouldBe(Money.Of(110m));  // both earlier bills
        bill.PaymentsSince.ShouldBe(Money.Of(-50m));    // paid after the October bill
        bill.AdjustmentsSince.ShouldBe(Money.Zero);
        bill.CurrentCharges.ShouldBe(Money.Of(124.68m));
        bill.TotalDue.ShouldBe(Money.Of(184.68m));
        (await _host.BalanceAsync(account.Id)).ShouldBe(184.68m);
    }

    [Fact]
    public async Task ADepositBill_AsksForTheScheduleDeposit()
    {
        var account = await _host.AddAccountAsync(cycle: 3, meterSize: "1");

        var draft = await _host.UseCase<PrepareBill, BillSummary>(u => u.HandleAsync(BillingHost.Specialist, new PrepareBillInput(account.Number, BillKind.Deposit)));
        var issued = await _host.UseCase<IssueBill, BillSummary>(u => u.HandleAsync(BillingHost.Specialist, new IssueBillInput(draft.Id)));

        var bill = (await _host.BillsOfAsync(account.Id)).ShouldHaveSingleItem();
        Amounts(bill).ShouldBe([("Service deposit (1\" meter, residential)", 250m)]);
        issued.Status.ShouldBe(BillStatus.Posted);
        (await _host.BalanceAsync(account.Id)).ShouldBe(250m);
    }

    private static List<(string, decimal)> Amounts(Bill bill) => bill.Lines.OrderBy(l => l.Sequence).Select(l => (l.Description, l.Amount.Amount)).ToList();
}
