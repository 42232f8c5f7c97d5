using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments.Agreements;

namespace UtilityPortal.Domain.Tests.Payments.Agreements;

/// <summary>
/// The agreement used: 300.00 covered on a 500.00 balance, 50.00 down (due at signing, 2026-11-20), 5 × 50.00 monthly
/// from 2026-12-15; grace 10 days.
/// </summary>
public sealed class AgreementsDefaultAfterGraceOnce : IAsyncLifetime
{
    private AgreementsHarness _h = null!;

    public async Task InitializeAsync() => _h = await AgreementsHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private void GoTo(DateOnly day) => _h.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero));

    private Task<int> MessagesAsync(Guid accountId) =>
        _h.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ServiceAccountId == accountId && m.Purpose == AgreementDefaults.Purpose));

    [Fact]
    public async Task AnUnpaidDownPaymentDefaultsTheAgreementAfterTheGraceAndNotBefore()
    {
        var account = await _h.AddAccountOwingAsync(500m);
        var agreement = await _h.ActiveAgreementAsync(account);
        (await _h.WithDbAsync(db => AgreementCoverage.CoveredBalancesAsync(db, [account.Id])))[account.Id].ShouldBe(Money.Of(300m));

        GoTo(AgreementsHarness.Today.AddDays(10));
        await _h.ReviewAsync();
        (await _h.LoadAsync(agreement.Id)).Status.ShouldBe(PaymentAgreementStatus.Active);

        GoTo(AgreementsHarness.Today.AddDays(11));
        await _h.ReviewAsync();
        var defaulted = await _h.LoadAsync(agreement.Id);
        defaulted.Status.ShouldBe(PaymentAgreementStatus.Defaulted);
        defaulted.DefaultedOnInstallment.ShouldBe(0);
        (await _h.WithDbAsync(db => AgreementCoverage.CoveredBalancesAsync(db, [account.Id]))).ShouldBeEmpty();
        (await MessagesAsync(account.Id)).ShouldBe(1);

        GoTo(AgreementsHarness.Today.AddDays(12));
        await _h.ReviewAsync();
        (await MessagesAsync(account.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task PaymentsOnScheduleKeepItActiveAndPayingItAllCompletesIt()
    {
        var account = await _h.AddAccountOwingAsync(500m);
        var agreement = await _h.ActiveAgreementAsync(account);
        await _h.PostAsync(account.Id, 50m);

        GoTo(new DateOnly(2026, 12, 14));
        await _h.PostAsync(account.Id, -80m); // a new bill...
        await _h.PostAsync(account.Id, 130m); // ...paid with the first installment
        GoTo(new DateOnly(2027, 1, 10));
        await _h.ReviewAsync();
        (await _h.LoadAsync(agreement.Id)).Status.ShouldBe(PaymentAgreementStatus.Active);
        (await _h.WithDbAsync(db => AgreementCoverage.CoveredBalancesAsync(db, [account.Id])))[account.Id].ShouldBe(Money.Of(200m));

        await _h.PostAsync(account.Id, 200m);
        GoTo(new DateOnly(2027, 1, 11));
        await _h.ReviewAsync();

        (await _h.LoadAsync(agreement.Id)).Status.ShouldBe(PaymentAgreementStatus.Completed);
        (await MessagesAsync(account.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task ANewBillLeftUnpaidHoldsTheAgreementBackUntilItDefaults()
    {
        var account = await _h.AddAccountOwingAsync(500m);
        var agreement = await _h.ActiveAgreementAsync(account);
        await _h.PostAsync(account.Id, 50m);
        GoTo(new DateOnly(2026, 12, 1));
        await _h.PostAsync(account.Id, -60m);
        await _h.PostAsync(account.Id, 50m); // pays only most of the new bill, which takes 10.00 back from the down payment

        GoTo(new DateOnly(2026, 12, 26));
        await _h.ReviewAsync();

        var defaulted = await _h.LoadAsync(agreement.Id);
        defaulted.Status.ShouldBe(PaymentAgreementStatus.Defaulted);
        defaulted.DefaultedOnInstallment.ShouldBe(0);
    }

    [Fact]
    public async Task TwoNodesReviewingAtOnceDefaultAndNotifyEachAgreementOnce()
    {
        var accounts = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            var account = await _h.AddAccountOwingAsync(500m);
            await _h.ActiveAgreementAsync(account);
            accounts.Add(account.Id);
        }

        GoTo(AgreementsHarness.Today.AddDays(20));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            // SQLite lets one writer in at a time; a node that loses the race tries again, as the worker would next round.
            for (var attempt = 0; attempt < 10; attempt++)
            {
                try
                {
                    await _h.ReviewAsync();
                    return;
                }
                catch (Exception e) when (e is DbUpdateException or InvalidOperationException || e.InnerException is not null)
                {
                    await Task.Delay(50);
                }
            }
        })));
        await _h.ReviewAsync();

        var statuses = await _h.WithDbAsync(db => db.PaymentAgreements.Select(a => a.Status).ToListAsync());
        statuses.ShouldAllBe(s => s == PaymentAgreementStatus.Defaulted);
        var messages = await _h.WithDbAsync(db => db.OutboxMessages.Where(m => m.Purpose == AgreementDefaults.Purpose).Select(m => m.ServiceAccountId).ToListAsync());
        messages.Count.ShouldBe(6);
        messages.Distinct().Count().ShouldBe(6);
    }
}
