using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Reports;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Billing.Tests;

/// <summary>
/// The billing reports against bills made through the use cases (runs, cancel-rebill, deposit bills), priced with
/// demo-fy2026.json: 7,500 gallons on a 5/8" residential meter with four services is $124.68 (water 37.08, sewer
/// 56.10, stormwater 6.90, refuse 24.60).
/// </summary>
public sealed class ReportsTests : IAsyncLifetime
{
    private static readonly DateOnly October3 = new(2026, 10, 3);
    private static readonly DateOnly November3 = new(2026, 11, 3);
    private static readonly ReportPeriods November = ReportPeriods.Months(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 1));
    private static readonly Actor Resident = new("u-resident", "resident@example.com", false, new HashSet<string>(StringComparer.Ordinal));
    private BillingHost _host = null!;

    public async Task InitializeAsync() => _host = await BillingHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TheRegister_ListsEachBillOfTheRun_WithEachServicesAmount_OnScreenAndInTheExport()
    {
        var accounts = new List<TestAccount>();
        foreach (var gallons in new[] { 7_500, 6_000, 7_500 })
        {
            var account = await _host.AddAccountAsync(cycle: 3);
            await _host.AddReadsAsync(account.MeterId, (October3, 10_000), (November3, 10_000 + gallons));
            accounts.Add(account);
        }

        var other = await _host.AddAccountAsync(cycle: 4);
        await _host.AddReadsAsync(other.MeterId, (new DateOnly(2026, 10, 4), 1_000), (new DateOnly(2026, 11, 4), 8_500));
        await _host.CalculateRunAsync(4, 2026, 11);
        var run = await _host.CalculateRunAsync(3, 2026, 11);
        await _host.ApproveAndPostAsync(run.Id);

        var first = await _host.UseCase<BillingRegister, BillingRegisterPage>(r => r.PageAsync(BillingHost.Specialist, run.Id, 1, 2));
        var second = await _host.UseCase<BillingRegister, BillingRegisterPage>(r => r.PageAsync(BillingHost.Specialist, run.Id, 2, 2));
        var exported = await _host.WithAsync(async sp =>
        {
            var rows = new List<BillingRegisterRow>();
            await foreach (var row in await sp.GetRequiredService<BillingRegister>().ExportAsync(BillingHost.Specialist, run.Id))
            {
                rows.Add(row);
            }

            return rows;
        });

        first.Bills.ShouldBe(3);
        first.Pages.ShouldBe(2);
        first.Cycle.ShouldBe(3);
        first.Charges.ShouldBe(Money.Of(124.68m + 109.90m + 124.68m));
        first.Rows.Concat(second.Rows).ShouldBe(exported);
        exported.Select(r => r.AccountNumber).ShouldBe(accounts.Select(a => a.Number).Order(StringComparer.Ordinal));
        var seventyFive = exported.Single(r => r.AccountNumber == accounts[0].Number);
        seventyFive.Kind.ShouldBe(BillKind.Cycle);
        seventyFive.Status.ShouldBe(BillStatus.Posted);
        seventyFive.WaterGallons.ShouldBe(7_500);
        (seventyFive.Water, seventyFive.Sewer, seventyFive.Stormwater, seventyFive.Refuse, seventyFive.Reuse)
            .ShouldBe((Money.Of(37.08m), Money.Of(56.10m), Money.Of(6.90m), Money.Of(24.60m), Money.Zero));
        seventyFive.Total.ShouldBe(Money.Of(124.68m));
        seventyFive.CustomerName.ShouldStartWith("Customer ");
        foreach (var row in exported)
        {
            (row.Water + row.Sewer + row.Stormwater + row.Refuse + row.Reuse).ShouldBe(row.Total);
        }
    }

    [Fact]
    public async Task Consumption_GroupsPostedBillsByCycleAndClass_WithTheAveragePerAccount()
    {
        foreach (var gallons in new[] { 7_500, 6_000 })
        {
            var house = await _host.AddAccountAsync(cycle: 3);
            await _host.AddReadsAsync(house.MeterId, (October3, 10_000), (November3, 10_000 + gallons));
        }

        var shop = await _host.AddAccountAsync(cycle: 3, premiseClass: PremiseClass.Commercial, meterSize: "1");
        await _host.AddReadsAsync(shop.MeterId, (October3, 50_000), (November3, 70_001));
        // Cycle 4 is calculated but not posted: drafts are not billed consumption.
        var draftOnly = await _host.AddAccountAsync(cycle: 4);
        await _host.AddReadsAsync(draftOnly.MeterId, (new DateOnly(2026, 10, 4), 1_000), (new DateOnly(2026, 11, 4), 8_500));
        await _host.CalculateRunAsync(4, 2026, 11);
        await _host.ApproveAndPostAsync((await _host.CalculateRunAsync(3, 2026, 11)).Id);

        var all = await Consumption(new ConsumptionReportInput(November));
        var residential = await Consumption(new ConsumptionReportInput(November, 3, PremiseClass.Residential));
        var october = await Consumption(new ConsumptionReportInput(ReportPeriods.Months(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31))));

        var period = new BillingPeriod(new DateOnly(2026, 10, 4), November3);
        all.ShouldBe([
            new ConsumptionRow(3, period, PremiseClass.Residential, 2, 2, 13_500, 6_750),
            new ConsumptionRow(3, period, PremiseClass.Commercial, 1, 1, 20_001, 20_001),
        ]);
        residential.ShouldBe([all[0]]);
        october.ShouldBeEmpty();
    }

    [Fact]
    public async Task HighLow_FindsTheBillsReviewFlagged_WithTheirPercentOfAverage()
    {
        var usual = await AccountWithAYearOfAsync(6_000, 6_000);
        var leak = await AccountWithAYearOfAsync(6_000, 15_000);
        var away = await AccountWithAYearOfAsync(6_000, 1_000);
        var run = await _host.CalculateRunAsync(3, 2026, 11);

        var both = await HighLow(new HighLowReportInput(November));
        var highOnly = await HighLow(new HighLowReportInput(November, UsageDeviation.High, 3));
        var otherCycle = await HighLow(new HighLowReportInput(November, null, 5));
        var flagged = await _host.DbAsync(db => db.BillExceptions.AsNoTracking().Where(e => e.BillRunId == run.Id
            && (e.Kind == BillExceptionKind.High || e.Kind == BillExceptionKind.Low)).ToListAsync());

        both.Total.ShouldBe(2);
        both.Rows.Select(r => (r.AccountNumber, r.Deviation)).OrderBy(r => r.AccountNumber, StringComparer.Ordinal)
            .ShouldBe(new[] { (leak.Number, UsageDeviation.High), (away.Number, UsageDeviation.Low) }.OrderBy(r => r.Number, StringComparer.Ordinal));
        both.Rows.ShouldNotContain(r => r.AccountNumber == usual.Number);
        var high = highOnly.Rows.ShouldHaveSingleItem();
        high.AccountNumber.ShouldBe(leak.Number);
        high.Gallons.ShouldBe(15_000);
        high.PercentOfAverage.ShouldBe((int)Math.Round(15_000m * 100 / high.AverageGallons, MidpointRounding.AwayFromZero));
        high.PercentOfAverage.ShouldBeGreaterThanOrEqualTo(both.Thresholds.HighPercent);
        high.Status.ShouldBe(BillStatus.Draft);
        both.Rows.Single(r => r.Deviation == UsageDeviation.Low).PercentOfAverage.ShouldBeLessThanOrEqualTo(both.Thresholds.LowPercent);
        // The same thresholds as review: each row is a bill review flagged the same way, and their percentages agree.
        flagged.Select(e => (e.BillId, e.Kind == BillExceptionKind.High ? UsageDeviation.High : UsageDeviation.Low, e.PercentOfAverage))
            .OrderBy(x => x.BillId)
            .ShouldBe(both.Rows.Select(r => (r.BillId, r.Deviation, (int?)r.PercentOfAverage)).OrderBy(x => x.BillId));
        otherCycle.Total.ShouldBe(0);
    }

    [Fact]
    public async Task RevenueByService_IsNetOfCancellations_AndMatchesTheLedger()
    {
        var kept = await _host.AddAccountAsync(cycle: 3);
        var corrected = await _host.AddAccountAsync(cycle: 3);
        var deposit = await _host.AddAccountAsync(cycle: 3, meterSize: "1");
        foreach (var account in new[] { kept, corrected })
        {
            await _host.AddReadsAsync(account.MeterId, (October3, 10_000), (November3, 17_500));
        }

        await _host.AddReadsAsync(deposit.MeterId, (October3, 10_000), (November3, 17_500));
        var run = await _host.CalculateRunAsync(3, 2026, 11);
        await _host.ApproveAndPostAsync(run.Id);
        var original = (await _host.BillsOfAsync(corrected.Id)).Single();
        var rebill = await _host.UseCase<CancelRebill, CancelRebillResult>(u => u.HandleAsync(BillingHost.Specialist,
            new CancelRebillInput(original.Id, "Wrong customer class on file")));
        await _host.UseCase<IssueBill, BillSummary>(u => u.HandleAsync(BillingHost.Specialist, new IssueBillInput(rebill.Replacement.Id)));
        var depositBill = await _host.UseCase<PrepareBill, BillSummary>(u => u.HandleAsync(BillingHost.Specialist, new PrepareBillInput(deposit.Number, BillKind.Deposit)));
        await _host.UseCase<IssueBill, BillSummary>(u => u.HandleAsync(BillingHost.Specialist, new IssueBillInput(depositBill.Id)));

        var report = await _host.UseCase<RevenueByService, RevenueReport>(r => r.HandleAsync(BillingHost.Specialist, November));
        var october = await _host.UseCase<RevenueByService, RevenueReport>(r => r.HandleAsync(BillingHost.Specialist,
            ReportPeriods.Months(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 1))));
        var charged = await _host.DbAsync(async db => (await db.JournalEntries.AsNoTracking()
            .Where(e => e.IdempotencyKey.StartsWith("bill:") && !e.IdempotencyKey.Contains(depositBill.Id.ToString("N")))
            .Select(e => e.Amount).ToListAsync()).Sum(m => m.Amount));

        var deposit1Inch = 31.00m - 12.40m; // the 1" account's water base charge is higher; the rest of its bill is the same
        report.Rows.Select(r => r.Service).ShouldBe([UtilityServices.Water, UtilityServices.Sewer, UtilityServices.Stormwater, UtilityServices.Refuse]);
        var water = report.Rows[0];
        water.Billed.ShouldBe(Money.Of((37.08m * 4) + deposit1Inch));
        water.Cancelled.ShouldBe(Money.Of(-37.08m));
        water.Net.ShouldBe(Money.Of((37.08m * 3) + deposit1Inch));
        water.Bills.ShouldBe(3);
        report.Rows[3].Net.ShouldBe(Money.Of(24.60m * 3));
        report.Cancelled.ShouldBe(Money.Of(-124.68m));
        report.Net.Amount.ShouldBe(charged);
        october.Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task Residents_CannotRunAnyReport()
    {
        var denied = new List<DomainException>
        {
            await Should.ThrowAsync<DomainException>(() => _host.UseCase<BillingRegister, BillingRegisterPage>(r => r.PageAsync(Resident, Guid.NewGuid()))),
            await Should.ThrowAsync<DomainException>(() => _host.UseCase<BillingRegister, IAsyncEnumerable<BillingRegisterRow>>(r => r.ExportAsync(Resident, Guid.NewGuid()))),
            await Should.ThrowAsync<DomainException>(() => Consumption(new ConsumptionReportInput(November), Resident)),
            await Should.ThrowAsync<DomainException>(() => HighLow(new HighLowReportInput(November), Resident)),
            Should.Throw<DomainException>(() => _host.Services.CreateScope().ServiceProvider.GetRequiredService<HighLowReport>().Export(Resident, new HighLowReportInput(November))),
            await Should.ThrowAsync<DomainException>(() => _host.UseCase<RevenueByService, RevenueReport>(r => r.HandleAsync(Resident, November))),
        };

        denied.ShouldAllBe(e => e.Code == ErrorCodes.Forbidden);
    }

    [Fact]
    public void AReportRange_RunsForwards_AndAtMost36Months()
    {
        var range = ReportPeriods.Months(new DateOnly(2025, 10, 17), new DateOnly(2026, 2, 3));
        var backwards = Should.Throw<DomainException>(() => ReportPeriods.Months(new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 1)));
        var tooLong = Should.Throw<DomainException>(() => ReportPeriods.Months(new DateOnly(2023, 1, 1), new DateOnly(2026, 1, 1)));

        range.ShouldBe(new ReportPeriods(new DateOnly(2025, 10, 1), new DateOnly(2026, 2, 28)));
        backwards.Code.ShouldBe(ErrorCodes.Invalid);
        tooLong.Code.ShouldBe(ErrorCodes.Invalid);
        ReportPeriods.Months(new DateOnly(2023, 2, 1), new DateOnly(2026, 1, 1)).To.ShouldBe(new DateOnly(2026, 1, 31));
    }

    private async Task<TestAccount> AccountWithAYearOfAsync(long monthly, long november)
    {
        var account = await _host.AddAccountAsync(cycle: 3);
        var last = await _host.AddYearOfReadsAsync(account, October3, monthly);
        await _host.AddReadsAsync(account.MeterId, (November3, last + november));
        return account;
    }

    private Task<IReadOnlyList<ConsumptionRow>> Consumption(ConsumptionReportInput input, Actor? actor = null) =>
        _host.UseCase<ConsumptionReport, IReadOnlyList<ConsumptionRow>>(r => r.HandleAsync(actor ?? BillingHost.Specialist, input));

    private Task<HighLowPage> HighLow(HighLowReportInput input, Actor? actor = null) =>
        _host.UseCase<HighLowReport, HighLowPage>(r => r.PageAsync(actor ?? BillingHost.Specialist, input));
}
