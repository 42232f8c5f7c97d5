using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Tests.Adjustments;

public sealed class AnApprovedRequestPostsOnceAndEveryStepIsAudited(AdjustmentsFixture fixture) : IClassFixture<AdjustmentsFixture>
{
    private AdjustmentsHarness H => fixture.Harness;

    [Fact]
    public async Task ApprovalPostsOneAdjustmentEntryUnderTheRequestsKey()
    {
        var account = await H.Database.AddAccountAsync();
        var id = await H.RequestAmountAsync(AdjustmentsHarness.SpecialistII, account, 25.50m, AdjustmentReason.FeeWaiver, AdjustmentDirection.Debit);

        await H.ApproveAsync(AdjustmentsHarness.SpecialistIII, id);
        var again = await Should.ThrowAsync<DomainException>(() => H.ApproveAsync(AdjustmentsHarness.Supervisor, id));

        again.Code.ShouldBe(ErrorCodes.Conflict);
        again.Message.ShouldBe("Only a pending request can be approved; this one is Posted.");
        var entries = await H.Database.WithDbAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == account.Id).ToListAsync());
        var entry = entries.ShouldHaveSingleItem();
        entry.Kind.ShouldBe(EntryKind.Adjustment);
        entry.Amount.ShouldBe(Money.Of(25.50m));
        entry.IdempotencyKey.ShouldBe($"adjustment:{id}");
        entry.PostedBy.ShouldBe("Dee Three");
        var request = await H.RequestAsync(id);
        request.JournalEntryId.ShouldBe(entry.Id);
        request.DecidedBy.ShouldBe("Dee Three");
    }

    [Fact]
    public async Task TheHistoryShowsWhoDidWhatAndTheStatusBeforeAndAfter()
    {
        var account = await H.Database.AddAccountAsync();
        var id = await H.RequestAmountAsync(AdjustmentsHarness.SpecialistI, account, 12m);
        await H.ApproveAsync(AdjustmentsHarness.OtherSpecialistI, id);

        var details = await H.GetAsync(AdjustmentsHarness.Supervisor, id);

        details.History.Select(s => (s.Actor, s.Action, s.Before)).ShouldBe(
        [
            ("Ana One", "AdjustmentCreated", null),
            ("Ben One", "AdjustmentApproved", "Pending"),
            ("Ben One", "AdjustmentPosted", "Approved"),
        ]);
        details.History[0].After.ShouldBe($"Pending: Credit $12.00 for courtesy on account {account.Number.Value}");
        details.History[1].After.ShouldBe("Approved: Credit $12.00");
        details.History[2].After!.ShouldEndWith($"(adjustment:{id}), -$12.00");
        details.History.ShouldAllBe(s => s.At == H.Database.Clock.GetUtcNow());
        details.CanDecide.ShouldBeFalse();
    }

    [Fact]
    public async Task ARejectedRequestKeepsItsReasonAndPostsNothing()
    {
        var account = await H.Database.AddAccountAsync();
        var id = await H.RequestAmountAsync(AdjustmentsHarness.SpecialistI, account, 30m);

        (await Should.ThrowAsync<DomainException>(() => H.RejectAsync(AdjustmentsHarness.Supervisor, id, "  ")))
            .Message.ShouldBe("Say why the request is rejected (up to 300 characters).");
        (await Should.ThrowAsync<DomainException>(() => H.RejectAsync(AdjustmentsHarness.SpecialistI, id, "Changed my mind")))
            .Message.ShouldBe("Nobody decides their own request; another person must review it.");
        await H.RejectAsync(AdjustmentsHarness.Supervisor, id, "The fee was charged correctly.");

        var details = await H.GetAsync(AdjustmentsHarness.SpecialistI, id);
        details.Summary.Status.ShouldBe(AdjustmentStatus.Rejected);
        details.Summary.RejectionReason.ShouldBe("The fee was charged correctly.");
        details.History[^1].Action.ShouldBe("AdjustmentRejected");
        details.History[^1].After.ShouldBe("Rejected: The fee was charged correctly.");
        (await H.BalanceAsync(account.Id)).ShouldBe(Money.Zero);
        (await Should.ThrowAsync<DomainException>(() => H.ApproveAsync(AdjustmentsHarness.OtherSupervisor, id)))
            .Message.ShouldBe("Only a pending request can be approved; this one is Rejected.");
    }

    [Fact]
    public async Task TwoApproversAtOnceStillPostOnce()
    {
        var account = await H.Database.AddAccountAsync();
        var id = await H.RequestAmountAsync(AdjustmentsHarness.SpecialistI, account, 20m);

        var outcomes = await Task.WhenAll(
            Record(H.ApproveAsync(AdjustmentsHarness.Supervisor, id)),
            Record(H.ApproveAsync(AdjustmentsHarness.OtherSupervisor, id)));

        outcomes.Count(o => o is null).ShouldBe(1);
        outcomes.Single(o => o is not null)!.Code.ShouldBe(ErrorCodes.Conflict);
        (await H.BalanceAsync(account.Id)).ShouldBe(Money.Of(-20m));
    }

    [Fact]
    public async Task ResidentsAndStrangersCannotDecide()
    {
        var account = await H.AddResidentAccountAsync();
        var id = await H.RequestAmountAsync(AdjustmentsHarness.SpecialistI, account, 20m);

        (await Should.ThrowAsync<DomainException>(() => H.ApproveAsync(AdjustmentsHarness.Resident, id))).Code.ShouldBe(ErrorCodes.Forbidden);
        (await Should.ThrowAsync<DomainException>(() => H.RejectAsync(AdjustmentsHarness.Resident, id, "no"))).Code.ShouldBe(ErrorCodes.Forbidden);
        (await H.RequestAsync(id)).Status.ShouldBe(AdjustmentStatus.Pending);
    }

    private static async Task<DomainException?> Record(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (DomainException ex)
        {
            return ex;
        }
    }
}
