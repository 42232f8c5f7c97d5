using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Collections;
using static UtilityPortal.Domain.Tests.Payments.Collections.CollectionsHarness;

namespace UtilityPortal.Domain.Tests.Payments.Collections;

/// <summary>Who is on the shut-off list, who is left off and why.</summary>
public sealed class ShutOffListRules : IDisposable
{
    private readonly CollectionsHarness _h = new();

    [Fact]
    public async Task AnAccountPastDueBeyondGraceAboveTheMinimum_IsListed_WithWhatItOwes()
    {
        var account = await _h.AccountAsync();
        await _h.ChargeAsync(account, 120m, BeyondGrace);
        await _h.ChargeAsync(account, 80m, Today.AddDays(-3));

        var list = await ListAsync();

        var listed = list.Listed.ShouldHaveSingleItem();
        listed.AccountNumber.ShouldBe(account.Number.Value);
        listed.PastDue.ShouldBe(Money.Of(120m));
        listed.Amount.ShouldBe(Money.Of(120m));
        list.Excluded.ShouldBeEmpty();
    }

    [Fact]
    public async Task WithinTheGracePeriod_OrAtTheMinimum_AnAccountIsNotListed()
    {
        var withinGrace = await _h.AccountAsync();
        await _h.ChargeAsync(withinGrace, 300m, WithinGrace);
        var atMinimum = await _h.AccountAsync();
        await _h.ChargeAsync(atMinimum, 50m, BeyondGrace);
        var paidDown = await _h.AccountAsync();
        await _h.ChargeAsync(paidDown, 120m, BeyondGrace);
        await _h.PayAsync(paidDown, 80m, Today.AddDays(-1));

        var list = await ListAsync();

        list.Listed.ShouldBeEmpty();
        list.Excluded.ShouldBeEmpty();
    }

    [Fact]
    public async Task Bankruptcy_AndCriticalCareInForce_KeepAnAccountOff_ButAnExpiredCertificateDoesNot()
    {
        var bankrupt = await _h.AccountAsync();
        var critical = await _h.AccountAsync();
        var expired = await _h.AccountAsync();
        foreach (var account in new[] { bankrupt, critical, expired })
        {
            await _h.ChargeAsync(account, 150m, BeyondGrace);
        }

        await using (var db = _h.NewContext())
        {
            await new FlagBankruptcy(db, _h.Clock).HandleAsync(Specialist, new FlagBankruptcyInput(bankrupt.Number.Value, "26-12345", 7, Today.AddDays(-5)));
            await new FlagCriticalCare(db, _h.Clock).HandleAsync(Specialist, new FlagCriticalCareInput(critical.Number.Value, Today.AddDays(30), "Oxygen concentrator"));
            await new FlagCriticalCare(db, _h.Clock).HandleAsync(Specialist, new FlagCriticalCareInput(expired.Number.Value, Today.AddDays(1), null));
        }

        _h.Clock.Advance(TimeSpan.FromDays(2));
        var list = await ListAsync();

        list.Listed.Select(c => c.AccountNumber).ShouldBe([expired.Number.Value]);
        list.Excluded.Single(c => c.AccountId == bankrupt.Id).ExcludedBy.ShouldBe(ShutOffExclusion.Bankruptcy);
        list.Excluded.Single(c => c.AccountId == critical.Id).ExcludedBy.ShouldBe(ShutOffExclusion.CriticalCare);
    }

    [Fact]
    public async Task AnActiveAgreement_ExcludesWhatItCovers_AndWhatRemainsAboveTheMinimumStaysListed()
    {
        var covered = await _h.AccountAsync();
        await _h.ChargeAsync(covered, 200m, BeyondGrace);
        await _h.AgreementAsync(covered, 180m);
        var partly = await _h.AccountAsync();
        await _h.ChargeAsync(partly, 300m, BeyondGrace);
        await _h.AgreementAsync(partly, 100m);

        var list = await ListAsync();

        var excluded = list.Excluded.ShouldHaveSingleItem();
        excluded.AccountId.ShouldBe(covered.Id);
        excluded.ExcludedBy.ShouldBe(ShutOffExclusion.PaymentAgreement);
        excluded.Amount.ShouldBe(Money.Of(20m));
        var listed = list.Listed.ShouldHaveSingleItem();
        listed.AccountId.ShouldBe(partly.Id);
        listed.Covered.ShouldBe(Money.Of(100m));
        listed.Amount.ShouldBe(Money.Of(200m));
    }

    [Fact]
    public async Task ATenantIsListedForItsOwnBalance_OnlyTheOwnersPastDueIsLienEligible()
    {
        var owner = await _h.AccountAsync(AccountRole.Owner);
        var tenant = await _h.AccountAsync(AccountRole.Tenant, premiseId: owner.PremiseId);
        await _h.ChargeAsync(owner, 100m, BeyondGrace);
        await _h.ChargeAsync(tenant, 250m, BeyondGrace);

        var list = await ListAsync();

        list.Listed.Count.ShouldBe(2);
        var tenantRow = list.Listed.Single(c => c.AccountId == tenant.Id);
        tenantRow.Role.ShouldBe(AccountRole.Tenant);
        tenantRow.Amount.ShouldBe(Money.Of(250m));
        tenantRow.LienEligible.ShouldBe(Money.Zero);
        list.Listed.Single(c => c.AccountId == owner.Id).LienEligible.ShouldBe(Money.Of(100m));
        await using var db = _h.NewContext();
        var standing = await _h.Standing(db).HandleAsync(Specialist, tenant.Number.Value);
        standing.LienEligible.ShouldBe(Money.Zero);
        standing.PremiseLienEligible.ShouldBe(Money.Of(100m));
    }

    private async Task<ShutOffListResult> ListAsync()
    {
        await using var db = _h.NewContext();
        return await _h.ShutOffList(db).HandleAsync(Specialist);
    }

    public void Dispose() => _h.Dispose();
}
