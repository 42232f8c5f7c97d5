using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Billing.Tests;

/// <summary>A posted bill is never edited: it is corrected by a reversal and a new bill.</summary>
public sealed class CancelRebillTests : IAsyncLifetime
{
    private static readonly DateOnly October3 = new(2026, 10, 3);
    private static readonly DateOnly November3 = new(2026, 11, 3);
    private BillingHost _host = null!;

    public async Task InitializeAsync() => _host = await BillingHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CancelRebill_ReversesTheCharge_ToNetZero_AndTheNewBillIsChargedWhenIssued()
    {
        var account = await _host.AddAccountAsync(cycle: 3);
        await _host.AddReadsAsync(account.MeterId, (October3, 10_000), (November3, 25_000));
        var run = await _host.CalculateRunAsync(3, 2026, 11);
        await _host.ApproveAndPostAsync(run.Id);
        var original = (await _host.BillsOfAsync(account.Id)).ShouldHaveSingleItem();
        // The reader misread 25,000 for 17,500; the corrected read comes in and the bill is redone.
        await _host.DbAsync(db => db.Set<Domain.Meters.MeterRead>().Where(r => r.MeterId == account.MeterId && r.RegisterValue == 25_000).ExecuteDeleteAsync());
        await _host.AddReadsAsync(account.MeterId, (November3, 17_500));

        var result = await _host.UseCase<CancelRebill, CancelRebillResult>(u => u.HandleAsync(BillingHost.Specialist,
            new CancelRebillInput(original.Id, "Misread: the register shows 17,500.")));
        var journal = await _host.DbAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == account.Id).ToListAsync());
        var charge = journal.Single(e => e.IdempotencyKey == Bill.LedgerKeyOf(original.Id));
        var reversal = journal.Single(e => e.IdempotencyKey == Bill.ReversalKeyOf(original.Id));
        var balanceBeforeIssue = await _host.BalanceAsync(account.Id);
        var issued = await _host.UseCase<IssueBill, BillSummary>(u => u.HandleAsync(BillingHost.Specialist, new IssueBillInput(result.Replacement.Id)));
        var again = await Should.ThrowAsync<DomainException>(() => _host.UseCase<CancelRebill, CancelRebillResult>(u => u.HandleAsync(BillingHost.Specialist,
            new CancelRebillInput(original.Id, "Again"))));

        (charge.Amount + reversal.Amount).ShouldBe(Money.Zero);
        reversal.Kind.ShouldBe(EntryKind.Reversal);
        reversal.ReversesEntryId.ShouldBe(charge.Id);
        balanceBeforeIssue.ShouldBe(0m);
        var bills = await _host.BillsOfAsync(account.Id);
        bills.Single(b => b.Id == original.Id).Status.ShouldBe(BillStatus.Cancelled);
        bills.Single(b => b.Id == original.Id).CancelReason.ShouldBe("Misread: the register shows 17,500.");
        var replacement = bills.Single(b => b.Id == result.Replacement.Id);
        replacement.ReplacesBillId.ShouldBe(original.Id);
        replacement.WaterGallons.ShouldBe(7_500);
        issued.Status.ShouldBe(BillStatus.Posted);
        issued.CurrentCharges.Amount.ShouldBe(124.68m);
        original.CurrentCharges.Amount.ShouldBeGreaterThan(124.68m);
        (await _host.BalanceAsync(account.Id)).ShouldBe(124.68m);
        again.Code.ShouldBe(ErrorCodes.Conflict);
    }

    [Fact]
    public async Task OnlyAPostedBillIsCancelled()
    {
        var account = await _host.AddAccountAsync(cycle: 3);
        await _host.AddReadsAsync(account.MeterId, (October3, 10_000), (November3, 17_500));
        await _host.CalculateRunAsync(3, 2026, 11);
        var draft = (await _host.BillsOfAsync(account.Id)).ShouldHaveSingleItem();

        var refused = await Should.ThrowAsync<DomainException>(() => _host.UseCase<CancelRebill, CancelRebillResult>(u => u.HandleAsync(BillingHost.Specialist,
            new CancelRebillInput(draft.Id, "Wrong"))));

        refused.Code.ShouldBe(ErrorCodes.Conflict);
        (await _host.DbAsync(db => db.JournalEntries.CountAsync())).ShouldBe(0);
    }
}
