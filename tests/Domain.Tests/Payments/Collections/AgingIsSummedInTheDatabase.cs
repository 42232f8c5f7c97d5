using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Collections;
using static UtilityPortal.Domain.Tests.Payments.Collections.CollectionsHarness;

namespace UtilityPortal.Domain.Tests.Payments.Collections;

/// <summary>The aging report's grouped SQL ages exactly as AccountStanding ages a journal read row by row.</summary>
public sealed class AgingIsSummedInTheDatabase : IDisposable
{
    private readonly CollectionsHarness _h = new();

    [Fact]
    public async Task EveryBucket_MatchesAccountStanding_ForMixedJournals()
    {
        var random = new Random(20261126);
        var accounts = new List<(ServiceAccount Account, List<LedgerLine> Lines)>();
        for (var i = 0; i < 12; i++)
        {
            var account = await _h.AccountAsync(i % 3 == 0 ? AccountRole.Tenant : AccountRole.Owner);
            var lines = new List<LedgerLine>();
            for (var n = 0; n < 8; n++)
            {
                var on = Today.AddDays(-random.Next(0, 200));
                var amount = Money.Of(random.Next(1_000, 30_000) / 100m);
                var entry = random.Next(4) == 0
                    ? JournalEntry.Payment(account.Id, amount, _h.NextKey(), on, Now, "test", "Payment")
                    : JournalEntry.Charge(account.Id, amount, _h.NextKey(), on, Now, "test", "Bill");
                await _h.PostAsync(entry);
                lines.Add(new LedgerLine(on, entry.Amount, Money.Zero));
            }

            accounts.Add((account, lines));
        }

        var report = await _h.AgingReport(_h.NewContext()).PageAsync(Specialist, new AgingFilter(), pageSize: 500);

        foreach (var (account, lines) in accounts)
        {
            var expected = AccountStanding.From(lines, Today);
            var row = report.Rows.SingleOrDefault(r => r.AccountId == account.Id);
            if (!expected.Aging.PastDue.IsPositive)
            {
                row.ShouldBeNull();
                continue;
            }

            row.ShouldNotBeNull();
            row.Aging.ShouldBe(expected.Aging);
            row.Balance.ShouldBe(expected.Balance);
        }

        report.Totals.Accounts.ShouldBe(report.Rows.Count);
        report.Totals.Days90Plus.ShouldBe(report.Rows.Select(r => r.Aging.Days90Plus).Sum());
        report.Rows.Where(r => r.Role == AccountRole.Tenant).ShouldAllBe(r => r.LienEligible == Money.Zero);
    }

    [Fact]
    public async Task Filters_ByBucketRoleAndCycle_AndPagesLargestPastDueFirst()
    {
        var old = await _h.AccountAsync();
        await _h.ChargeAsync(old, 100m, Today.AddDays(-95));
        var sixty = await _h.AccountAsync(AccountRole.Tenant);
        await _h.ChargeAsync(sixty, 300m, Today.AddDays(-65));
        var thirty = await _h.AccountAsync();
        await _h.ChargeAsync(thirty, 200m, Today.AddDays(-35));
        var current = await _h.AccountAsync();
        await _h.ChargeAsync(current, 500m, Today.AddDays(-5));
        var report = _h.AgingReport(_h.NewContext());

        var all = await report.PageAsync(Specialist, new AgingFilter());
        var over60 = await report.PageAsync(Specialist, new AgingFilter(Bucket: AgingBucket.Days60));
        var over90 = await report.PageAsync(Specialist, new AgingFilter(Bucket: AgingBucket.Days90));
        var tenants = await report.PageAsync(Specialist, new AgingFilter(Role: AccountRole.Tenant));
        var otherCycle = await report.PageAsync(Specialist, new AgingFilter(Cycle: 7));
        var secondPage = await report.PageAsync(Specialist, new AgingFilter(), page: 2, pageSize: 2);

        all.Rows.Select(r => r.AccountId).ShouldBe([sixty.Id, thirty.Id, old.Id]);
        all.Totals.PastDue.ShouldBe(Money.Of(600m));
        all.Totals.LienEligible.ShouldBe(Money.Of(300m));
        over60.Rows.Select(r => r.AccountId).ShouldBe([sixty.Id, old.Id]);
        over90.Rows.ShouldHaveSingleItem().AccountId.ShouldBe(old.Id);
        tenants.Rows.ShouldHaveSingleItem().AccountId.ShouldBe(sixty.Id);
        otherCycle.Rows.ShouldBeEmpty();
        secondPage.Pages.ShouldBe(2);
        secondPage.Rows.ShouldHaveSingleItem().AccountId.ShouldBe(old.Id);
        var exported = await report.Export(Specialist, new AgingFilter()).ToListAsync();
        exported.Select(r => r.AccountNumber).ShouldBe(all.Rows.Select(r => r.AccountNumber));
    }

    public void Dispose() => _h.Dispose();
}
