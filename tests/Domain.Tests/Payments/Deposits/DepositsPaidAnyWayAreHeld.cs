using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Deposits;
using UtilityPortal.Domain.Tests.Payments.Lockbox;

namespace UtilityPortal.Domain.Tests.Payments.Deposits;

/// <summary>Deposit bills paid at the counter or through the Portal are moved to the held deposit by the sweep worker, once.</summary>
public sealed class DepositsPaidAnyWayAreHeld : IAsyncLifetime
{
    private PaymentsDatabase _db = null!;

    public async Task InitializeAsync() => _db = await PaymentsDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task TheWorkerHoldsCounterAndPortalPaidDepositsOnceAndLeavesAPartlyPaidOneBilled()
    {
        var counter = await BilledAsync();
        var portal = await BilledAsync();
        var partly = await BilledAsync();
        await _db.PayAtCounterAsync(counter.Id, 150m);
        await PayThroughThePortalAsync(portal.Id, 150m);
        await _db.PayAtCounterAsync(partly.Id, 100m);

        await RunWorkerUntilAsync(() => HeldCountAsync(counter, portal), 2);

        foreach (var paid in new[] { counter, portal })
        {
            (await StatusAsync(paid)).ShouldBe(DepositStatus.Held);
            (await _db.LedgerAsync(paid.Id)).ShouldBe((Money.Zero, Money.Of(150m)), "held once, apart from the balance");
        }

        (await StatusAsync(partly)).ShouldBe(DepositStatus.Billed);
        (await _db.LedgerAsync(partly.Id)).ShouldBe((Money.Of(50m), Money.Zero));
        (await _db.RunAsync<HoldPaidDeposits, int>(h => h.SweepAsync())).ShouldBe(0, "another round holds nothing twice");
    }

    private async Task<ServiceAccount> BilledAsync()
    {
        var account = await _db.AddAccountAsync(AccountStatus.Pending);
        await _db.RunAsync<RequireDeposit, DepositView>(u => u.HandleAsync(PaymentsDatabase.Specialist, new RequireDepositInput(account.Number.Value)));
        return account;
    }

    /// <summary>A card payment started in the Portal and confirmed by the gateway, as the webhook posts it.</summary>
    private Task<PostingOutcome> PayThroughThePortalAsync(Guid accountId, decimal amount) => _db.WithDbAsync(async db =>
    {
        var payment = Payment.Started(accountId, Money.Of(amount), Tender.Card, PaymentChannel.Portal, null, _db.Clock.GetUtcNow(), "resident");
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        return await new PostPayment(db, _db.Clock).ConfirmAsync(payment.Id, "stripe", "Card payment");
    });

    /// <summary>Starts the registered worker as the host would, waits (up to 30 s) for <paramref name="held"/> deposits held, and stops it.</summary>
    private async Task RunWorkerUntilAsync(Func<Task<int>> count, int held)
    {
        var worker = _db.Services.GetServices<IHostedService>().OfType<DepositHoldWorker>().ShouldHaveSingleItem();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            for (var i = 0; i < 300 && await count() < held; i++)
            {
                await Task.Delay(100);
            }
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }

        (await count()).ShouldBe(held);
    }

    private Task<int> HeldCountAsync(params ServiceAccount[] accounts)
    {
        var ids = accounts.Select(a => a.Id).ToList();
        return _db.WithDbAsync(db => db.DepositRequirements.CountAsync(d => ids.Contains(d.ServiceAccountId) && d.Status == DepositStatus.Held));
    }

    private Task<DepositStatus> StatusAsync(ServiceAccount account) =>
        _db.WithDbAsync(db => db.DepositRequirements.Where(d => d.ServiceAccountId == account.Id).Select(d => d.Status).SingleAsync());
}
