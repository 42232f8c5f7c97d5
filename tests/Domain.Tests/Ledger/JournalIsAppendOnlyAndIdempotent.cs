using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Ledger;

public sealed class JournalIsAppendOnlyAndIdempotent : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 26);
    private readonly TestDb _db = new();

    [Fact]
    public async Task ARepeatedIdempotencyKeyPostsNothing()
    {
        var account = _db.AddAccount();
        var first = JournalEntry.Payment(account.Id, new Money(40m), "gateway:pi_123", Today, DateTimeOffset.UtcNow, "stripe", "Card payment");
        var again = JournalEntry.Payment(account.Id, new Money(40m), "gateway:pi_123", Today, DateTimeOffset.UtcNow, "stripe", "Card payment");

        await using (var db = _db.NewContext())
        {
            (await new PostToLedger(db).PostAsync(first)).ShouldBe(PostingOutcome.Posted);
        }

        await using (var db = _db.NewContext())
        {
            (await new PostToLedger(db).PostAsync(again)).ShouldBe(PostingOutcome.AlreadyPosted);
        }

        await using var check = _db.NewContext();
        (await check.JournalEntries.CountAsync(e => e.ServiceAccountId == account.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task TheDatabaseRefusesADuplicateKeyEvenWhenTheCheckIsRaced()
    {
        var account = _db.AddAccount();
        await using (var db = _db.NewContext())
        {
            db.JournalEntries.Add(JournalEntry.Charge(account.Id, new Money(10m), "bill:1", Today, DateTimeOffset.UtcNow, "billing", "Bill"));
            await db.SaveChangesAsync();
        }

        await using var racer = _db.NewContext();
        racer.JournalEntries.Add(JournalEntry.Charge(account.Id, new Money(10m), "bill:1", Today, DateTimeOffset.UtcNow, "billing", "Bill"));
        await Should.ThrowAsync<DbUpdateException>(() => racer.SaveChangesAsync());
    }

    [Fact]
    public async Task APostingOfSeveralEntriesLandsWholeOrNotAtAll()
    {
        var from = _db.AddAccount(1);
        var to = _db.AddAccount(2, "tenant@example.com");
        await using (var db = _db.NewContext())
        {
            await new PostToLedger(db).PostAsync(JournalEntry.Charge(to.Id, new Money(5m), "existing", Today, DateTimeOffset.UtcNow, "t", "x"));
        }

        await using (var db = _db.NewContext())
        {
            var half = JournalEntry.Transfer(from.Id, to.Id, new Money(-25m), "transfer:9:out", Today, DateTimeOffset.UtcNow, "t", "Transfer out");
            var clash = JournalEntry.Transfer(to.Id, from.Id, new Money(25m), "existing", Today, DateTimeOffset.UtcNow, "t", "Transfer in");
            // The second entry reuses a posted key: the whole posting is treated as already posted and nothing new lands.
            (await new PostToLedger(db).PostAsync([half, clash])).ShouldBe(PostingOutcome.AlreadyPosted);
        }

        await using var check = _db.NewContext();
        (await check.JournalEntries.CountAsync(e => e.IdempotencyKey == "transfer:9:out")).ShouldBe(0);
    }

    [Fact]
    public async Task EntriesCannotBeChangedOrDeleted()
    {
        var account = _db.AddAccount();
        await using (var db = _db.NewContext())
        {
            await new PostToLedger(db).PostAsync(JournalEntry.Charge(account.Id, new Money(10m), "c1", Today, DateTimeOffset.UtcNow, "t", "Charge"));
        }

        await using (var db = _db.NewContext())
        {
            var entry = await db.JournalEntries.SingleAsync();
            db.Entry(entry).Property(e => e.Description).CurrentValue = "edited";
            await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = _db.NewContext())
        {
            db.JournalEntries.Remove(await db.JournalEntries.SingleAsync());
            await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using var check = _db.NewContext();
        (await check.JournalEntries.SingleAsync()).Description.ShouldBe("Charge");
    }

    [Fact]
    public async Task AnEntryIsReversedOnceAndTheReversalNetsToZero()
    {
        var account = _db.AddAccount();
        Guid chargeId;
        await using (var db = _db.NewContext())
        {
            var charge = JournalEntry.Charge(account.Id, new Money(64.10m), "c1", Today, DateTimeOffset.UtcNow, "t", "Charge");
            chargeId = charge.Id;
            await new PostToLedger(db).PostAsync(charge);
        }

        await using (var db = _db.NewContext())
        {
            (await new PostToLedger(db).ReverseAsync(chargeId, "rev:c1", Today, DateTimeOffset.UtcNow, "t", "posted twice")).ShouldBe(PostingOutcome.Posted);
            (await new PostToLedger(db).ReverseAsync(chargeId, "rev:c1", Today, DateTimeOffset.UtcNow, "t", "retry")).ShouldBe(PostingOutcome.AlreadyPosted);
            await Should.ThrowAsync<DomainException>(() => new PostToLedger(db).ReverseAsync(chargeId, "rev:other", Today, DateTimeOffset.UtcNow, "t", "again"));
        }

        await using var check = _db.NewContext();
        var amounts = await check.JournalEntries.Where(e => e.ServiceAccountId == account.Id).Select(e => e.Amount).ToListAsync();
        amounts.Sum().ShouldBe(Money.Zero);
        amounts.Count.ShouldBe(2);
    }

    [Fact]
    public async Task TheStoredBalanceMatchesTheSumForEveryKind()
    {
        var account = _db.AddAccount();
        var journal = new Journal(account.Id);
        var kinds = BalanceIsTheSumOfTheJournal.EveryKind.Select(row => (string)row[0]).ToList();
        var entries = kinds.Select(k => BalanceIsTheSumOfTheJournal.Make(journal, k)).ToList();
        await using (var db = _db.NewContext())
        {
            foreach (var entry in entries)
            {
                await new PostToLedger(db).PostAsync(entry);
            }
        }

        await using var check = _db.NewContext();
        var rows = await LedgerReaderRows(check, account.Id);
        rows[^1].RunningBalance.ShouldBe(entries.Select(e => e.Amount).Sum());
    }

    private static Task<IReadOnlyList<UtilityPortal.Domain.Accounts.LedgerRow>> LedgerReaderRows(UtilityPortal.Domain.Data.UtilityDbContext db, Guid id) =>
        UtilityPortal.Domain.Accounts.LedgerReader.RowsAsync(db, id);

    public void Dispose() => _db.Dispose();
}
