using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Billing.Tests;

/// <summary>A cycle's bill run from start to posting: idempotent, claimed by one worker, review before approval.</summary>
public sealed class BillRunTests : IAsyncLifetime
{
    private static readonly DateOnly October3 = new(2026, 10, 3);
    private static readonly DateOnly November3 = new(2026, 11, 3);
    private BillingHost _host = null!;

    public async Task InitializeAsync() => _host = await BillingHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RunningTheSameCycleAndPeriodAgain_BillsEveryAccountOnce()
    {
        var accounts = new List<TestAccount>();
        for (var i = 0; i < 7; i++)
        {
            var account = await _host.AddAccountAsync(cycle: 3);
            var last = await _host.AddYearOfReadsAsync(account, October3, 6_000);
            await _host.AddReadsAsync(account.MeterId, (November3, last + 6_000));
            accounts.Add(account);
        }

        var first = await _host.CalculateRunAsync(3, 2026, 11);
        var again = await _host.CalculateRunAsync(3, 2026, 11);
        var posted = await _host.ApproveAndPostAsync(first.Id, new DateOnly(2026, 11, 5));
        var afterPosting = await _host.CalculateRunAsync(3, 2026, 11);

        first.Status.ShouldBe(BillRunStatus.Review);
        first.Period.ShouldBe(new BillingPeriod(new DateOnly(2026, 10, 4), November3));
        again.Id.ShouldBe(first.Id);
        afterPosting.Id.ShouldBe(first.Id);
        posted.Status.ShouldBe(BillRunStatus.Posted);
        posted.BillsPosted.ShouldBe(7);
        foreach (var account in accounts)
        {
            var bills = await _host.BillsOfAsync(account.Id);
            var bill = bills.ShouldHaveSingleItem();
            bill.Status.ShouldBe(BillStatus.Posted);
            bill.WaterGallons.ShouldBe(6_000);
            var charges = await _host.DbAsync(db => db.JournalEntries.Where(e => e.ServiceAccountId == account.Id).Select(e => e.IdempotencyKey).ToListAsync());
            charges.ShouldBe([Bill.LedgerKeyOf(bill.Id)]);
            (await _host.BalanceAsync(account.Id)).ShouldBe(bill.CurrentCharges.Amount);
            bill.TotalDue.ShouldBe(bill.CurrentCharges);
            bill.DueOn.ShouldBe(new DateOnly(2026, 11, 26));
        }
    }

    [Fact]
    public async Task TwoWorkersAskingAtOnce_OneCalculatesTheRun()
    {
        for (var i = 0; i < 5; i++)
        {
            var account = await _host.AddAccountAsync(cycle: 3);
            await _host.AddReadsAsync(account.MeterId, (October3, 1_000), (November3, 8_000));
        }

        var started = await _host.UseCase<StartBillRun, StartBillRunResult>(u => u.HandleAsync(BillingHost.Specialist, new StartBillRunInput(3, 2026, 11)));
        var processor = _host.Services.GetRequiredService<BillRunProcessor>();
        var worked = await Task.WhenAll(
            Task.Run(() => processor.ProcessAsync(started.RunId, "node-a")),
            Task.Run(() => processor.ProcessAsync(started.RunId, "node-b")));

        worked.Count(w => w).ShouldBe(1);
        (await _host.DbAsync(db => db.Bills.CountAsync(b => b.BillRunId == started.RunId))).ShouldBe(5);
        (await _host.RunAsync(started.RunId)).AccountsDone.ShouldBe(5);
    }

    [Fact]
    public async Task AHeldBill_StaysOutOfTheRun_AndIsNeverCharged()
    {
        var normal = await _host.AddAccountAsync(cycle: 3);
        await _host.AddReadsAsync(normal.MeterId, (October3, 1_000), (November3, 8_000));
        var stuck = await _host.AddAccountAsync(cycle: 3);
        await _host.AddReadsAsync(stuck.MeterId, (October3, 52_000), (November3, 52_000));
        var run = await _host.CalculateRunAsync(3, 2026, 11);
        var zero = (await Queue(run.Id)).Items.ShouldHaveSingleItem();

        await _host.UseCase<ResolveBillExceptions, ResolveBillExceptionsResult>(u => u.HandleAsync(BillingHost.Specialist,
            new ResolveBillExceptionsInput([zero.Id], BillExceptionResolution.Hold, "Register looks stuck; customer says the house is occupied.")));
        var posted = await _host.ApproveAndPostAsync(run.Id);

        zero.Kind.ShouldBe(BillExceptionKind.Zero);
        posted.BillsPosted.ShouldBe(1);
        posted.BillsByStatus[BillStatus.Held].ShouldBe(1);
        (await _host.BillsOfAsync(stuck.Id)).ShouldHaveSingleItem().Status.ShouldBe(BillStatus.Held);
        (await _host.DbAsync(db => db.JournalEntries.CountAsync(e => e.ServiceAccountId == stuck.Id))).ShouldBe(0);
        (await _host.BillsOfAsync(normal.Id)).ShouldHaveSingleItem().Status.ShouldBe(BillStatus.Posted);
    }

    [Fact]
    public async Task ARunWithOpenExceptions_CannotBeApproved_UntilTheyAreResolved()
    {
        var stuck = await _host.AddAccountAsync(cycle: 3);
        await _host.AddReadsAsync(stuck.MeterId, (October3, 52_000), (November3, 52_000));
        var run = await _host.CalculateRunAsync(3, 2026, 11);

        var refused = await Should.ThrowAsync<DomainException>(() =>
            _host.UseCase<ApproveBillRun, ApproveBillRunResult>(u => u.HandleAsync(BillingHost.Specialist, new ApproveBillRunInput(run.Id))));
        var exception = (await Queue(run.Id)).Items.ShouldHaveSingleItem();
        await _host.UseCase<ResolveBillExceptions, ResolveBillExceptionsResult>(u => u.HandleAsync(BillingHost.Specialist,
            new ResolveBillExceptionsInput([exception.Id], BillExceptionResolution.Accept, "Vacant, confirmed by the owner.")));
        var approved = await _host.UseCase<ApproveBillRun, ApproveBillRunResult>(u => u.HandleAsync(BillingHost.Specialist, new ApproveBillRunInput(run.Id)));

        refused.Code.ShouldBe(ErrorCodes.Conflict);
        refused.Message.ShouldContain("1 exception(s) are still open");
        approved.Approved.ShouldBe(1);
        (await Queue(run.Id)).Total.ShouldBe(0);
        (await Queue(run.Id, BillExceptionStatus.Resolved)).Items.ShouldHaveSingleItem().Note.ShouldBe("Vacant, confirmed by the owner.");
    }

    [Fact]
    public async Task AHighBill_IsNotifiedWhenReviewFindsIt_WithTheProjectedAmountAndTheAverage()
    {
        var account = await _host.AddAccountAsync(cycle: 3);
        var last = await _host.AddYearOfReadsAsync(account, October3, 6_000);
        await _host.AddReadsAsync(account.MeterId, (November3, last + 20_000));

        var run = await _host.CalculateRunAsync(3, 2026, 11);

        var bill = (await _host.BillsOfAsync(account.Id)).ShouldHaveSingleItem();
        bill.Status.ShouldBe(BillStatus.Draft);
        var notice = _host.Notifier.Notices.ShouldHaveSingleItem();
        notice.BillId.ShouldBe(bill.Id);
        notice.ServiceAccountId.ShouldBe(account.Id);
        notice.ProjectedAmount.ShouldBe(bill.CurrentCharges);
        notice.UsageGallons.ShouldBe(20_000);
        notice.AverageGallons.ShouldBe(6_115); // 72,000 gal over 365 days, for a 31-day period
        notice.PeriodEnd.ShouldBe(November3);
        var high = (await Queue(run.Id)).Items.ShouldHaveSingleItem();
        high.Kind.ShouldBe(BillExceptionKind.High);
        high.PercentOfAverage.ShouldBe(327);
        high.NotifiedAt.ShouldBe(BillingHost.Now);
        high.History.Count.ShouldBe(12);
        high.History.ShouldAllBe(p => p.Gallons == 6_000);
    }

    [Fact]
    public async Task WhenAHighBillNoticeCannotBeSent_TheRunWaitsForItBeforeApproval()
    {
        var account = await _host.AddAccountAsync(cycle: 3);
        var last = await _host.AddYearOfReadsAsync(account, October3, 6_000);
        await _host.AddReadsAsync(account.MeterId, (November3, last + 20_000));
        _host.Notifier.Fail = true;
        var run = await _host.CalculateRunAsync(3, 2026, 11);
        var high = (await Queue(run.Id)).Items.ShouldHaveSingleItem();
        await _host.UseCase<ResolveBillExceptions, ResolveBillExceptionsResult>(u => u.HandleAsync(BillingHost.Specialist,
            new ResolveBillExceptionsInput([high.Id], BillExceptionResolution.Accept, "Pool filled; customer confirmed.")));

        var refused = await Should.ThrowAsync<DomainException>(() =>
            _host.UseCase<ApproveBillRun, ApproveBillRunResult>(u => u.HandleAsync(BillingHost.Specialist, new ApproveBillRunInput(run.Id))));
        _host.Notifier.Notices.ShouldBeEmpty();
        _host.Notifier.Fail = false;
        var approved = await _host.UseCase<ApproveBillRun, ApproveBillRunResult>(u => u.HandleAsync(BillingHost.Specialist, new ApproveBillRunInput(run.Id)));

        refused.Message.ShouldContain("high-bill notice");
        approved.Approved.ShouldBe(1);
        _host.Notifier.Notices.ShouldHaveSingleItem().UsageGallons.ShouldBe(20_000);
    }

    private Task<BillExceptionPage> Queue(Guid runId, BillExceptionStatus status = BillExceptionStatus.Open) =>
        _host.UseCase<ListBillExceptions, BillExceptionPage>(u => u.HandleAsync(BillingHost.Specialist, new ListBillExceptionsInput(runId, status)));
}
