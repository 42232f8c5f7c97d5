using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Lockbox;

namespace UtilityPortal.Domain.Tests.Payments.Lockbox;

public sealed class SuspenseItemsAreAppliedOrReturnedOnce : IAsyncLifetime
{
    private PaymentsDatabase _db = null!;
    private ServiceAccount _account = null!;
    private Guid _itemId;

    public async Task InitializeAsync()
    {
        _db = await PaymentsDatabase.CreateAsync();
        _account = await _db.AddAccountAsync();
        await _db.ImportAsync($"{LockboxFile.Header}\n0000000000,40.00,77,2026-11-19,Ana Rivera\n");
        _itemId = await _db.WithDbAsync(db => db.SuspenseItems.Select(s => s.Id).SingleAsync());
    }

    private Task<SuspenseItemView> ApplyAsync(string accountNumber, string? note = "Remitter matches the account holder") =>
        _db.RunAsync<ApplySuspenseItem, SuspenseItemView>(a => a.HandleAsync(PaymentsDatabase.Specialist, new ApplySuspenseItemInput(_itemId, accountNumber, note)));

    [Fact]
    public async Task ApplyingPostsTheCheckToTheAccountOnce()
    {
        var applied = await ApplyAsync(_account.Number.Value);
        var again = await Should.ThrowAsync<DomainException>(() => ApplyAsync(_account.Number.Value));

        applied.Status.ShouldBe(SuspenseStatus.Applied);
        applied.AppliedAccountNumber.ShouldBe(_account.Number.Value);
        applied.ResolvedBy.ShouldBe("Sam Specialist");
        again.Code.ShouldBe(ErrorCodes.Conflict);
        var payment = await _db.WithDbAsync(db => db.Payments.AsNoTracking().SingleAsync());
        (payment.Reference, payment.Channel, payment.Status, payment.ServiceAccountId).ShouldBe(("77", PaymentChannel.Lockbox, PaymentStatus.Posted, _account.Id));
        (await _db.LedgerAsync(_account.Id)).Balance.ShouldBe(Money.Of(-40m));
        (await _db.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "ApplySuspenseItem"))).ShouldBe(1);
        (await _db.RunAsync<ListSuspenseItems, IReadOnlyList<SuspenseItemView>>(q => q.ListAsync(PaymentsDatabase.Specialist, new ListSuspenseItemsInput()))).ShouldBeEmpty();
    }

    [Fact]
    public async Task TwoSpecialistsApplyingAtOnceFromStaleCopiesPostOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                await ApplyAsync(_account.Number.Value);
                return true;
            }
            catch (DomainException e) when (e.Code == ErrorCodes.Conflict)
            {
                return false;
            }
            catch (DbUpdateException)
            {
                // SQLite may refuse the second writer outright (busy); it still posts nothing.
                return false;
            }
        }));

        results.Count(posted => posted).ShouldBe(1);
        (await _db.WithDbAsync(db => db.Payments.CountAsync())).ShouldBe(1);
        (await _db.WithDbAsync(db => db.JournalEntries.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task AnInvalidOrClosedAccountIsRefusedAndNothingPosts()
    {
        var closed = await _db.AddAccountAsync(AccountStatus.Closed);

        (await Should.ThrowAsync<DomainException>(() => ApplyAsync("12345"))).Errors[0].Field.ShouldBe("AccountNumber");
        (await Should.ThrowAsync<DomainException>(() => ApplyAsync(AccountNumber.FromSequence(999).Value))).Code.ShouldBe(ErrorCodes.NotFound);
        (await Should.ThrowAsync<DomainException>(() => ApplyAsync(closed.Number.Value))).Code.ShouldBe(ErrorCodes.Conflict);
        (await _db.WithDbAsync(db => db.Payments.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task ReturningNeedsANoteAndThenNothingCanPostIt()
    {
        var noNote = await Should.ThrowAsync<DomainException>(() => _db.RunAsync<ReturnSuspenseItem, SuspenseItemView>(r =>
            r.HandleAsync(PaymentsDatabase.Specialist, new ReturnSuspenseItemInput(_itemId, ""))));
        var returned = await _db.RunAsync<ReturnSuspenseItem, SuspenseItemView>(r =>
            r.HandleAsync(PaymentsDatabase.Specialist, new ReturnSuspenseItemInput(_itemId, "No such customer; sent back to the bank")));

        noNote.Errors[0].Field.ShouldBe("note");
        returned.Status.ShouldBe(SuspenseStatus.Returned);
        returned.Note.ShouldBe("No such customer; sent back to the bank");
        (await Should.ThrowAsync<DomainException>(() => ApplyAsync(_account.Number.Value))).Code.ShouldBe(ErrorCodes.Conflict);
        (await _db.WithDbAsync(db => db.Payments.CountAsync())).ShouldBe(0);
        (await _db.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "ReturnSuspenseItem"))).ShouldBe(1);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
