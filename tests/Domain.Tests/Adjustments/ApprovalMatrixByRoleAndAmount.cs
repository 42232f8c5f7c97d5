using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Tests.Adjustments;

/// <summary>
/// Default limits: Specialist I $50, II $250, III $500, Supervisor none. The approver needs the amount within their
/// own limit and, for a staff request, within the maker's; above the maker's limit only a Supervisor approves.
/// </summary>
public sealed class ApprovalMatrixByRoleAndAmount(AdjustmentsFixture fixture) : IClassFixture<AdjustmentsFixture>
{
    private static readonly Dictionary<string, Actor> People = new(StringComparer.Ordinal)
    {
        ["I"] = AdjustmentsHarness.SpecialistI,
        ["I'"] = AdjustmentsHarness.OtherSpecialistI,
        ["II"] = AdjustmentsHarness.SpecialistII,
        ["III"] = AdjustmentsHarness.SpecialistIII,
        ["Sup"] = AdjustmentsHarness.Supervisor,
        ["Sup'"] = AdjustmentsHarness.OtherSupervisor,
    };

    private AdjustmentsHarness H => fixture.Harness;

    [Theory]
    [InlineData("I", "I'", 50.00, null)]
    [InlineData("I", "II", 50.00, null)]
    [InlineData("I", "II", 50.01, "$50.01 is above the maker's limit of $50.00; a Supervisor must approve it.")]
    [InlineData("I", "III", 120.00, "$120.00 is above the maker's limit of $50.00; a Supervisor must approve it.")]
    [InlineData("I", "Sup", 120.00, null)]
    [InlineData("II", "I", 50.00, null)]
    [InlineData("II", "I", 50.01, "$50.01 is above your approval limit of $50.00; a Supervisor must approve it.")]
    [InlineData("II", "III", 250.00, null)]
    [InlineData("II", "III", 250.01, "$250.01 is above the maker's limit of $250.00; a Supervisor must approve it.")]
    [InlineData("III", "II", 250.01, "$250.01 is above your approval limit of $250.00; a Supervisor must approve it.")]
    [InlineData("III", "Sup", 500.00, null)]
    [InlineData("III", "Sup", 500.01, null)]
    [InlineData("Sup", "III", 500.00, null)]
    [InlineData("Sup", "III", 500.01, "$500.01 is above your approval limit of $500.00; a Supervisor must approve it.")]
    [InlineData("Sup", "Sup'", 9_000.00, null)]
    public async Task ApprovesWithinTheLimitsAndRefusesAbove(string maker, string approver, decimal amount, string? refusal)
    {
        var account = await H.Database.AddAccountAsync();
        var id = await H.RequestAmountAsync(People[maker], account, amount);

        if (refusal is null)
        {
            await H.ApproveAsync(People[approver], id);
            (await H.RequestAsync(id)).Status.ShouldBe(AdjustmentStatus.Posted);
            (await H.BalanceAsync(account.Id)).ShouldBe(Money.Of(-amount));
        }
        else
        {
            var refused = await Should.ThrowAsync<DomainException>(() => H.ApproveAsync(People[approver], id));
            refused.Code.ShouldBe(ErrorCodes.Forbidden);
            refused.Message.ShouldBe(refusal);
            (await H.RequestAsync(id)).Status.ShouldBe(AdjustmentStatus.Pending);
            (await H.BalanceAsync(account.Id)).ShouldBe(Money.Zero);
        }
    }

    [Theory]
    [InlineData("I")]
    [InlineData("III")]
    [InlineData("Sup")]
    public async Task NobodyApprovesTheirOwnRequest(string maker)
    {
        var account = await H.Database.AddAccountAsync();
        var id = await H.RequestAmountAsync(People[maker], account, 10m);

        var refused = await Should.ThrowAsync<DomainException>(() => H.ApproveAsync(People[maker], id));
        refused.Message.ShouldBe("Nobody approves their own request; another person must approve it.");
        (await H.RequestAsync(id)).Status.ShouldBe(AdjustmentStatus.Pending);
        (await H.BalanceAsync(account.Id)).ShouldBe(Money.Zero);
    }

    [Fact]
    public async Task AResidentsLeakRequestIsApprovedWithinTheApproversOwnLimit()
    {
        var account = await H.AddResidentAccountAsync();
        var bill = await H.PostBillAsync(account, 20_000, 5_000);
        var id = await H.RequestLeakAsync(AdjustmentsHarness.Resident, account, bill);

        (await Should.ThrowAsync<DomainException>(() => H.ApproveAsync(AdjustmentsHarness.SpecialistI, id)))
            .Message.ShouldBe("$83.05 is above your approval limit of $50.00; a Supervisor must approve it.");
        await H.ApproveAsync(AdjustmentsHarness.SpecialistII, id);

        (await H.RequestAsync(id)).Status.ShouldBe(AdjustmentStatus.Posted);
    }

    [Fact]
    public async Task ConfiguredLimitsReplaceTheDefaults()
    {
        var account = await H.Database.AddAccountAsync();
        var id = await H.RequestAmountAsync(AdjustmentsHarness.SpecialistII, account, 80m);
        H.Options.ApprovalLimits[StaffRoles.SpecialistI] = 100m;
        try
        {
            await H.ApproveAsync(AdjustmentsHarness.SpecialistI, id);
        }
        finally
        {
            H.Options.ApprovalLimits[StaffRoles.SpecialistI] = 50m;
        }

        (await H.RequestAsync(id)).Status.ShouldBe(AdjustmentStatus.Posted);
    }

    [Fact]
    public async Task TheQueueOfRequestsMineToApproveFollowsTheSameRule()
    {
        var account = await H.Database.AddAccountAsync();
        var small = await H.RequestAmountAsync(AdjustmentsHarness.SpecialistII, account, 40m);
        var large = await H.RequestAmountAsync(AdjustmentsHarness.SpecialistII, account, 60m);
        var own = await H.RequestAmountAsync(AdjustmentsHarness.SpecialistI, account, 10m);

        var mine = await H.ListAsync(AdjustmentsHarness.SpecialistI, new AdjustmentFilter(AccountNumber: account.Number.Value, ForMe: true));
        var supervisors = await H.ListAsync(AdjustmentsHarness.Supervisor, new AdjustmentFilter(AccountNumber: account.Number.Value, ForMe: true));

        mine.Select(r => r.Id).ShouldBe([small]);
        supervisors.Select(r => r.Id).ShouldBe([small, large, own]);
    }
}
