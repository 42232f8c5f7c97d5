using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Agreements;

namespace UtilityPortal.Domain.Tests.Payments.Agreements;

/// <summary>
/// The "payment agreement installments due" section of a bill: 300.00 covered, 50.00 down at signing (2026-11-20),
/// then 5 × 50.00 monthly from 2026-12-15.
/// </summary>
public sealed class BillsShowTheInstallmentsDue : IAsyncLifetime
{
    private AgreementsHarness _h = null!;

    public async Task InitializeAsync() => _h = await AgreementsHarness.CreateAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<AgreementInstallmentsOnBill?> ForBillDueAsync(Guid accountId, DateOnly dueOn) =>
        _h.RunAsync<AgreementInstallmentsDue, AgreementInstallmentsOnBill?>(q => q.ForBillAsync(accountId, dueOn));

    [Fact]
    public async Task ABillShowsTheUnpaidLinesDueByItsDueDate()
    {
        var account = await _h.AddAccountOwingAsync(500m);
        await _h.ActiveAgreementAsync(account);

        var december = await ForBillDueAsync(account.Id, new DateOnly(2026, 12, 20));

        december.ShouldNotBeNull();
        december.Lines.Select(l => (l.Number, l.Remaining)).ShouldBe([(0, Money.Of(50m)), (1, Money.Of(50m))]);
        december.Total.ShouldBe(Money.Of(100m));
    }

    [Fact]
    public async Task PaidLinesLeaveTheBillAndAnAccountWithoutAnAgreementShowsNone()
    {
        var account = await _h.AddAccountOwingAsync(500m);
        var without = await _h.AddAccountOwingAsync(500m);
        await _h.ActiveAgreementAsync(account);
        await _h.PostAsync(account.Id, 75m);

        var december = await ForBillDueAsync(account.Id, new DateOnly(2026, 12, 20));

        december.ShouldNotBeNull();
        december.Lines.Select(l => (l.Number, l.Remaining)).ShouldBe([(1, Money.Of(25m))]);
        (await ForBillDueAsync(without.Id, new DateOnly(2026, 12, 20))).ShouldBeNull();
    }
}
