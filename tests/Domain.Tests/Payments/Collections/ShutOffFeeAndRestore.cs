using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Collections;
using UtilityPortal.Domain.Service;
using static UtilityPortal.Domain.Tests.Payments.Collections.CollectionsHarness;

namespace UtilityPortal.Domain.Tests.Payments.Collections;

/// <summary>Processing for shut-off charges the fee once per episode and orders a disconnect; restoring needs the past due paid.</summary>
public sealed class ShutOffFeeAndRestore : IDisposable
{
    private readonly CollectionsHarness _h = new();

    [Fact]
    public async Task ProcessingTwice_ChargesTheScheduleFeeOnce_AndOrdersOneDisconnect()
    {
        var account = await _h.AccountAsync();
        await _h.ChargeAsync(account, 120m, BeyondGrace);

        var first = await ProcessAsync(account.Number.Value);
        var second = await ProcessAsync(account.Number.Value);

        first.Outcome.ShouldBe(ShutOffOutcome.Processed);
        first.Fee.ShouldBe(Money.Of(40m));
        second.Outcome.ShouldBe(ShutOffOutcome.AlreadyProcessed);
        second.WorkOrderId.ShouldBe(first.WorkOrderId);
        await using var db = _h.NewContext();
        var fees = await db.JournalEntries.Where(e => e.ServiceAccountId == account.Id && e.Description == "Delinquency fee").ToListAsync();
        fees.ShouldHaveSingleItem().Amount.ShouldBe(Money.Of(40m));
        var order = await db.WorkOrders.SingleAsync(w => w.ServiceAccountId == account.Id);
        order.Type.ShouldBe(WorkOrderType.Disconnect);
        order.Status.ShouldBe(WorkOrderStatus.Open);
        (await db.AuditEntries.CountAsync(a => a.Action == "ShutOffProcessed" && a.EntityId == account.Number.Value)).ShouldBe(1);
    }

    [Fact]
    public async Task AnAccountNotOnTheList_IsNotCharged()
    {
        var account = await _h.AccountAsync();
        await _h.ChargeAsync(account, 120m, WithinGrace);

        var result = await ProcessAsync(account.Number.Value);

        result.Outcome.ShouldBe(ShutOffOutcome.NotListed);
        _h.Balance(account).ShouldBe(Money.Of(120m));
    }

    [Fact]
    public async Task RestoreIsRefusedWithWhatIsOwed_ThenAllowedOncePaid_WithAReconnectOrder_AndANewEpisodeChargesAgain()
    {
        var account = await _h.AccountAsync();
        await _h.ChargeAsync(account, 120m, BeyondGrace);
        await _h.ChargeAsync(account, 70m, Today.AddDays(-2));
        var processed = await ProcessAsync(account.Number.Value);
        await using (var db = _h.NewContext())
        {
            await _h.Dispatch(db).CompleteAsync(Specialist, new CompleteWorkOrderInput(processed.WorkOrderId!.Value, WorkOrderResult.Done, null));
        }

        await _h.PayAsync(account, 100m, Today);
        var refused = await Should.ThrowAsync<DomainException>(RestoreAsync(account.Number.Value));
        await _h.PayAsync(account, 60m, Today);
        var restored = await RestoreAsync(account.Number.Value);

        refused.Code.ShouldBe(ErrorCodes.Conflict);
        refused.Message.ShouldContain("$60.00 is still owed");
        restored.ReconnectWorkOrderId.ShouldNotBeNull();
        await using (var db = _h.NewContext())
        {
            var reconnect = await db.WorkOrders.SingleAsync(w => w.Id == restored.ReconnectWorkOrderId);
            reconnect.Type.ShouldBe(WorkOrderType.Reconnect);
            (await db.ShutOffCases.SingleAsync()).IsOpen.ShouldBeFalse();
            (await db.AuditEntries.CountAsync(a => a.Action == "ServiceRestored")).ShouldBe(1);
        }

        // The current $70 bill goes unpaid past grace: a new episode, and a new fee.
        _h.Clock.Advance(TimeSpan.FromDays(45));
        var again = await ProcessAsync(account.Number.Value);
        again.Outcome.ShouldBe(ShutOffOutcome.Processed);
        await using var check = _h.NewContext();
        (await check.JournalEntries.CountAsync(e => e.ServiceAccountId == account.Id && e.Description == "Delinquency fee")).ShouldBe(2);
    }

    [Fact]
    public async Task PaidBeforeTheCrewWent_TheDisconnectIsCancelled_AndNoReconnectIsNeeded()
    {
        var account = await _h.AccountAsync();
        await _h.ChargeAsync(account, 120m, BeyondGrace);
        var processed = await ProcessAsync(account.Number.Value);
        await _h.PayAsync(account, 160m, Today);

        var restored = await RestoreAsync(account.Number.Value);

        restored.DisconnectCancelled.ShouldBeTrue();
        restored.ReconnectWorkOrderId.ShouldBeNull();
        await using var db = _h.NewContext();
        (await db.WorkOrders.SingleAsync(w => w.Id == processed.WorkOrderId)).Status.ShouldBe(WorkOrderStatus.Cancelled);
    }

    [Fact]
    public async Task RestoringAnAccountNeverShutOff_IsRefused()
    {
        var account = await _h.AccountAsync();

        var error = await Should.ThrowAsync<DomainException>(RestoreAsync(account.Number.Value));

        error.Message.ShouldBe("This account has no shut-off to restore.");
    }

    private async Task<ShutOffResult> ProcessAsync(string number)
    {
        await using var db = _h.NewContext();
        return (await _h.ProcessShutOff(db).HandleAsync(Specialist, new ProcessShutOffInput([number]))).ShouldHaveSingleItem();
    }

    private async Task<RestoreServiceResult> RestoreAsync(string number)
    {
        await using var db = _h.NewContext();
        return await _h.RestoreService(db).HandleAsync(Specialist, new RestoreServiceInput(number));
    }

    public void Dispose() => _h.Dispose();
}
