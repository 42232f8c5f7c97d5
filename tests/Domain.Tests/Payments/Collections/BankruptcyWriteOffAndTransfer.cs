using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Collections;
using static UtilityPortal.Domain.Tests.Payments.Collections.CollectionsHarness;

namespace UtilityPortal.Domain.Tests.Payments.Collections;

/// <summary>Bankruptcy splits the balance at filing; write-off waits for the policy period and a Supervisor; transfers stay with the customer.</summary>
public sealed class BankruptcyWriteOffAndTransfer : IDisposable
{
    private readonly CollectionsHarness _h = new();

    [Fact]
    public async Task ABankruptcyFlag_KeepsThePrePetitionBalanceApart_AndASecondFlagIsRefused()
    {
        var account = await _h.AccountAsync();
        await _h.ChargeAsync(account, 300m, new DateOnly(2026, 9, 1));
        await _h.PayAsync(account, 50m, new DateOnly(2026, 9, 20));
        await _h.ChargeAsync(account, 90m, new DateOnly(2026, 11, 1));
        var filedOn = new DateOnly(2026, 10, 15);

        await using var db = _h.NewContext();
        var hold = await new FlagBankruptcy(db, _h.Clock).HandleAsync(Specialist, new FlagBankruptcyInput(account.Number.Value, " 26-10432 ", 13, filedOn));
        var duplicate = await Should.ThrowAsync<DomainException>(
            new FlagBankruptcy(_h.NewContext(), _h.Clock).HandleAsync(Specialist, new FlagBankruptcyInput(account.Number.Value, "26-99999", 7, filedOn)));
        var standing = await _h.Standing(_h.NewContext()).HandleAsync(Specialist, account.Number.Value);

        hold.CaseNumber.ShouldBe("26-10432");
        hold.PrePetitionBalance.ShouldBe(Money.Of(250m));
        duplicate.Code.ShouldBe(ErrorCodes.Conflict);
        standing.Bankruptcy.ShouldBe(new BankruptcySplit(Money.Of(250m), Money.Of(90m)));
        (await _h.NewContext().CollectionHolds.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task ReleasingABankruptcy_PutsTheAccountBackOnTheShutOffList()
    {
        var account = await _h.AccountAsync();
        await _h.ChargeAsync(account, 150m, BeyondGrace);
        await new FlagBankruptcy(_h.NewContext(), _h.Clock).HandleAsync(Specialist, new FlagBankruptcyInput(account.Number.Value, "26-1", 7, Today.AddDays(-30)));

        var early = await Should.ThrowAsync<DomainException>(new ReleaseCollectionHold(_h.NewContext(), _h.Clock).HandleAsync(Specialist,
            new ReleaseCollectionHoldInput(account.Number.Value, CollectionHoldKind.Bankruptcy, Today.AddDays(-31), "dismissed")));
        await new ReleaseCollectionHold(_h.NewContext(), _h.Clock).HandleAsync(Specialist,
            new ReleaseCollectionHoldInput(account.Number.Value, CollectionHoldKind.Bankruptcy, Today, "Dismissed by the court"));
        var list = await _h.ShutOffList(_h.NewContext()).HandleAsync(Specialist);

        early.Errors.ShouldContain(e => e.Field == "releasedOn");
        list.Listed.ShouldHaveSingleItem().AccountId.ShouldBe(account.Id);
    }

    [Fact]
    public async Task AWriteOff_IsForASupervisor_AfterThePolicyPeriod_Once()
    {
        var account = await _h.AccountAsync();
        await _h.ChargeAsync(account, 212.40m, new DateOnly(2026, 3, 1));
        await _h.FinalBillAsync(account, new DateOnly(2026, 6, 1));
        var input = new WriteOffBalanceInput(account.Number.Value, "Customer moved away, no forwarding address");

        var bySpecialist = await Should.ThrowAsync<DomainException>(_h.WriteOff(_h.NewContext()).HandleAsync(Specialist, input));
        var tooEarly = await Should.ThrowAsync<DomainException>(_h.WriteOff(_h.NewContext()).HandleAsync(Supervisor, input));
        _h.Balance(account).ShouldBe(Money.Of(212.40m));
        _h.Clock.Advance(TimeSpan.FromDays(10));
        var written = await _h.WriteOff(_h.NewContext()).HandleAsync(Supervisor, input);
        var twice = await Should.ThrowAsync<DomainException>(_h.WriteOff(_h.NewContext()).HandleAsync(Supervisor, input));

        bySpecialist.Code.ShouldBe(ErrorCodes.Forbidden);
        tooEarly.Message.ShouldBe("The balance can be written off from 2026-11-28, 180 days after the final bill.");
        written.WrittenOff.ShouldBe(Money.Of(212.40m));
        twice.Code.ShouldBe(ErrorCodes.Conflict);
        _h.Balance(account).ShouldBe(Money.Zero);
        var entry = await _h.NewContext().JournalEntries.SingleAsync(e => e.Kind == EntryKind.WriteOff);
        entry.IdempotencyKey.ShouldBe(WriteOffBalance.KeyOf(account.Id));
        (await _h.NewContext().AuditEntries.CountAsync(a => a.Action == "BalanceWrittenOff")).ShouldBe(1);
    }

    [Fact]
    public async Task AnActiveAccountsBalance_CannotBeWrittenOff()
    {
        var account = await _h.AccountAsync();
        await _h.ChargeAsync(account, 20m, new DateOnly(2025, 1, 1));

        var error = await Should.ThrowAsync<DomainException>(_h.WriteOff(_h.NewContext()).HandleAsync(Supervisor, new WriteOffBalanceInput(account.Number.Value, "old")));

        error.Message.ShouldBe("Only a final-billed or closed account's balance can be written off.");
    }

    [Fact]
    public async Task ATransfer_MovesAClosedAccountsBalance_ToTheSameCustomersActiveAccount_AndNetsToZero()
    {
        var closed = await _h.AccountAsync(AccountRole.Tenant);
        await _h.ChargeAsync(closed, 88.15m, new DateOnly(2026, 8, 1));
        await _h.FinalBillAsync(closed, new DateOnly(2026, 9, 1));
        var active = await _h.AccountAsync(AccountRole.Tenant, customerId: closed.CustomerId);

        var result = await new TransferBalance(_h.NewContext(), _h.Clock).HandleAsync(Specialist, new TransferBalanceInput(closed.Number.Value, active.Number.Value));
        var again = await Should.ThrowAsync<DomainException>(
            new TransferBalance(_h.NewContext(), _h.Clock).HandleAsync(Specialist, new TransferBalanceInput(closed.Number.Value, active.Number.Value)));

        result.Amount.ShouldBe(Money.Of(88.15m));
        _h.Balance(closed).ShouldBe(Money.Zero);
        _h.Balance(active).ShouldBe(Money.Of(88.15m));
        var pair = await _h.NewContext().JournalEntries.Where(e => e.Kind == EntryKind.Transfer).ToListAsync();
        pair.Count.ShouldBe(2);
        pair.Sum(e => e.Amount.Amount).ShouldBe(0m);
        again.Message.ShouldBe("This account has no balance to transfer.");
    }

    [Fact]
    public async Task ATransfer_ToAnotherCustomer_OrToAnInactiveAccount_OrFromAnActiveOne_IsRefused_AndNothingMoves()
    {
        var closed = await _h.AccountAsync(AccountRole.Tenant);
        await _h.ChargeAsync(closed, 40m, new DateOnly(2026, 8, 1));
        await _h.FinalBillAsync(closed, new DateOnly(2026, 9, 1));
        var owner = await _h.AccountAsync(AccountRole.Owner, premiseId: closed.PremiseId);
        var inactive = await _h.AccountAsync(AccountRole.Tenant, customerId: closed.CustomerId);
        await _h.FinalBillAsync(inactive, new DateOnly(2026, 10, 1));
        var active = await _h.AccountAsync(AccountRole.Tenant, customerId: closed.CustomerId);

        var otherCustomer = await RefusedAsync(closed.Number.Value, owner.Number.Value);
        var notActive = await RefusedAsync(closed.Number.Value, inactive.Number.Value);
        var fromActive = await RefusedAsync(active.Number.Value, closed.Number.Value);
        var unknown = await RefusedAsync(closed.Number.Value, "0000000000");

        otherCustomer.Message.ShouldBe("A balance can only move to an account of the same customer.");
        notActive.Message.ShouldBe("The balance can only move to an account in service (active).");
        fromActive.Message.ShouldBe("Only a closed or final-billed account's balance can be transferred.");
        unknown.Code.ShouldBe(ErrorCodes.NotFound);
        unknown.Errors[0].Field.ShouldBe("toAccountNumber");
        (await _h.NewContext().JournalEntries.CountAsync(e => e.Kind == EntryKind.Transfer)).ShouldBe(0);
    }

    private Task<DomainException> RefusedAsync(string from, string to) =>
        Should.ThrowAsync<DomainException>(new TransferBalance(_h.NewContext(), _h.Clock).HandleAsync(Specialist, new TransferBalanceInput(from, to)));

    public void Dispose() => _h.Dispose();
}
