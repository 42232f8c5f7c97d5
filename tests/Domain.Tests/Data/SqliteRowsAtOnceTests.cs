using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Checkout;
using UtilityPortal.Domain.Payments.Gateway;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Data;

/// <summary>
/// Rows saved a table at a time on SQLite are stored exactly as SaveChanges stores them, and a save that cannot finish
/// fails the way SaveChanges fails, leaving nothing once the transaction is undone.
/// </summary>
public sealed class SqliteRowsAtOnceTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 30, 0, TimeSpan.FromHours(-5));
    private readonly TestDb _db = new();

    [Fact]
    public async Task AddedAndChangedRows_AreStoredAsSaveChangesStoresThem()
    {
        var account = _db.AddAccount();
        var checkout = Guid.NewGuid();
        var (ours, theirs) = (Started(account.Id, checkout), Started(account.Id, checkout));
        await SaveAsync(db => db.Payments.Add(ours), atOnce: true);
        await SaveAsync(db => db.Payments.Add(theirs), atOnce: false);
        (await StoredAsync(ours.Id)).ShouldBe(await StoredAsync(theirs.Id));

        await SaveAsync(db => Fail(db, ours.Id), atOnce: true);
        await SaveAsync(db => Fail(db, theirs.Id), atOnce: false);
        (await StoredAsync(ours.Id)).ShouldBe(await StoredAsync(theirs.Id));
        await using var check = _db.NewContext();
        var failed = await check.Payments.SingleAsync(p => p.Id == ours.Id);
        failed.Status.ShouldBe(PaymentStatus.Failed);
        failed.GatewayReference.ShouldBe("pi_123");
        failed.Amount.ShouldBe(Money.Of(12.34m));
        failed.ReceivedAt.ShouldBe(Now);
    }

    [Fact]
    public async Task ManyRows_AreWrittenInSeveralStatements_AllOfThem()
    {
        await SaveAsync(db => db.GatewayEvents.AddRange(Enumerable.Range(0, 600).Select(i => Event($"evt_{i}"))), atOnce: true);

        await using var check = _db.NewContext();
        (await check.GatewayEvents.CountAsync()).ShouldBe(600);
    }

    [Fact]
    public async Task ARowThatBreaksAUniqueKey_FailsAsDbUpdateException_AndTheTransactionLeavesNothing()
    {
        await SaveAsync(db => db.GatewayEvents.Add(Event("evt_1")), atOnce: true);

        await Should.ThrowAsync<DbUpdateException>(() => SaveAsync(db => db.GatewayEvents.AddRange(Event("evt_2"), Event("evt_1")), atOnce: true));

        await using var check = _db.NewContext();
        (await check.GatewayEvents.Select(e => e.EventId).ToListAsync()).ShouldBe(["evt_1"]);
    }

    [Fact]
    public async Task ChangingARowThatIsNotThere_FailsAsAConcurrencyConflict()
    {
        var account = _db.AddAccount();
        var missing = Started(account.Id, Guid.NewGuid());

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => SaveAsync(db =>
        {
            db.Payments.Attach(missing);
            missing.MarkFailed("Declined");
        }, atOnce: true));
    }

    [Fact]
    public async Task JournalEntries_StayAppendOnly()
    {
        var account = _db.AddAccount();
        var payment = Payment.Received(account.Id, Money.Of(5m), Tender.Cash, PaymentChannel.Counter, Now, "cashier1", null);
        var entry = payment.ToJournalEntry("cashier1", "Cash");
        await SaveAsync(db => db.JournalEntries.Add(entry), atOnce: true);

        await Should.ThrowAsync<InvalidOperationException>(() => SaveAsync(db =>
        {
            db.JournalEntries.Attach(entry);
            db.Entry(entry).Property(e => e.Description).CurrentValue = "Changed";
        }, atOnce: true));
    }

    [Fact]
    public async Task ADeletion_OrNoTransaction_IsLeftToSaveChanges()
    {
        await SaveAsync(db => db.GatewayEvents.Add(Event("evt_1")), atOnce: true);

        await SaveAsync(db => db.GatewayEvents.Remove(db.GatewayEvents.Single()), atOnce: true);
        await using (var outside = _db.NewContext())
        {
            outside.GatewayEvents.Add(Event("evt_2"));
            await SqliteRowsAtOnce.SaveChangesAsync(outside, CancellationToken.None);
        }

        await using var check = _db.NewContext();
        (await check.GatewayEvents.Select(e => e.EventId).ToListAsync()).ShouldBe(["evt_2"]);
    }

    private static Payment Started(Guid accountId, Guid checkoutId) =>
        Payment.Started(accountId, Money.Of(12.34m), Tender.Card, PaymentChannel.Portal, checkoutId, Now, "resident@example.com");

    private static GatewayEventRecord Event(string id) => new("stripe", id, "payment_intent.succeeded", Now);

    private static void Fail(UtilityDbContext db, Guid paymentId)
    {
        var payment = db.Payments.Single(p => p.Id == paymentId);
        payment.AttachGatewayReference("pi_123");
        payment.MarkFailed("Card declined");
    }

    /// <summary>One transaction, saved either a table at a time or by SaveChanges.</summary>
    private async Task SaveAsync(Action<UtilityDbContext> change, bool atOnce)
    {
        await using var db = _db.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        change(db);
        if (atOnce)
        {
            await SqliteRowsAtOnce.SaveChangesAsync(db, CancellationToken.None);
        }
        else
        {
            await db.SaveChangesAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>Every stored column of a payment but the two that differ by design (its id and receipt number), as text.</summary>
    private async Task<string> StoredAsync(Guid id)
    {
        await using var db = _db.NewContext();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT * FROM Payments WHERE Id = $id";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$id";
        parameter.Value = id.ToString().ToUpperInvariant();
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        return string.Join("|", Enumerable.Range(0, reader.FieldCount)
            .Where(i => reader.GetName(i) is not ("Id" or "ReceiptNumber"))
            .Select(i => $"{reader.GetName(i)}={reader.GetValue(i)} ({reader.GetFieldType(i).Name})"));
    }

    public void Dispose() => _db.Dispose();
}
