using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Data.Seeding;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Tests.Data;

/// <summary>The seeder's bulk writer must store exactly what SaveChanges stores, or EF queries would miss its rows.</summary>
public sealed class BulkWriterTests
{
    [Fact]
    public async Task BulkWrittenRows_AreStoredByteForByteAsSaveChangesStoresThem()
    {
        await using var viaEf = SeededDatabase.Create();
        await using var viaBulk = SeededDatabase.Create();
        await DatabaseInitializer.MigrateAsync(viaEf.Services);
        await DatabaseInitializer.MigrateAsync(viaBulk.Services);
        var batch = DemoCity.Generate(new DemoCityOptions { Accounts = 30, Today = new DateOnly(2026, 3, 9) }).Single();
        batch.Customers[5].UpdateContact(
            new ContactDetails("new@example.com", batch.Customers[5].MailingAddress, PostalAddress.Create("9 Away Rd", "Apt 2", "Boston", "MA", "02110"),
                new DateOnly(2026, 9, 1), null, PhoneNumber.Parse("(954) 555-0177"), Languages.Spanish, true),
            new DateOnly(2026, 3, 9), new DateTimeOffset(2026, 3, 9, 14, 30, 0, TimeSpan.Zero), "test");

        await using (var scope = viaEf.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
            db.AddRange(batch.Customers);
            db.AddRange(batch.Premises);
            db.AddRange(batch.Meters);
            db.AddRange(batch.ServiceAccounts);
            db.AddRange(batch.JournalEntries);
            db.AddRange(batch.SearchTerms);
            await db.SaveChangesAsync();
        }

        await using (var scope = viaBulk.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await using var writer = new BulkWriter(db);
            await writer.WriteAsync(batch.Customers, default);
            await writer.WriteAsync(batch.Premises, default);
            await writer.WriteAsync(batch.Meters, default);
            await writer.WriteAsync(batch.ServiceAccounts, default);
            await writer.WriteAsync(batch.JournalEntries, default);
            await writer.WriteAsync(batch.SearchTerms, default);
            await transaction.CommitAsync();
        }

        foreach (var table in new[] { "Customers", "Premises", "Meters", "ServiceAccounts", "JournalEntries", "AccountSearchTerms" })
        {
            var expected = await DumpAsync(viaEf, table);
            var actual = await DumpAsync(viaBulk, table);
            actual.Count.ShouldBeGreaterThan(0, table);
            actual.ShouldBe(expected, table);
        }

        // And EF reads the bulk rows back into equal values.
        var customer = await viaBulk.WithDbAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.Id == batch.Customers[5].Id));
        customer.TemporaryMailingAddress.ShouldBe(batch.Customers[5].TemporaryMailingAddress);
        customer.SmsConsent.ShouldBe(batch.Customers[5].SmsConsent);
        var entries = await viaBulk.WithDbAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == batch.ServiceAccounts[0].Id).ToListAsync());
        entries.Sum(e => e.Amount.Amount).ShouldBe(batch.JournalEntries.Where(e => e.ServiceAccountId == batch.ServiceAccounts[0].Id).Sum(e => e.Amount.Amount));
        entries.ShouldAllBe(e => e.PostedAt.Offset == TimeSpan.Zero);
    }

    /// <summary>Every column of every row as SQLite's quote() prints it, so type and text must both match.</summary>
    private static Task<List<string>> DumpAsync(SeededDatabase database, string table) => database.WithDbAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        if (table == "AccountSearchTerms")
        {
            columns.Remove("Id"); // numbered by the database in whatever order each path inserts
        }

        var rows = new List<string>();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(" || '|' || ", columns.Select(c => $"quote(\"{c}\")"))} FROM \"{table}\" ORDER BY 1";
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
        }

        return rows;
    });
}
