using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Tests.Builders;

/// <summary>A real SQLite database in memory, with the schema, for rules that depend on the database (unique keys, transactions).</summary>
internal sealed class TestDb : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public TestDb()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public UtilityDbContext NewContext() =>
        new SqliteUtilityDbContext(new DbContextOptionsBuilder<SqliteUtilityDbContext>().UseSqlite(_connection).Options);

    /// <summary>Adds a customer, premise and active owner account; returns the account.</summary>
    public ServiceAccount AddAccount(long sequence = 1, string? email = "owner@example.com")
    {
        using var db = NewContext();
        var address = PostalAddress.Create("100 Palm Ave", null, "Palm Harbor City", "FL", "33401");
        var customer = new Customer(CustomerKind.Person, "Ana Rivera", address, email, PhoneNumber.Parse("(305) 555-0123"));
        var premise = new Premise($"01-0000-000-{sequence:D4}", address, true, PremiseClass.Residential, 1, 2500, "Ana Rivera");
        var account = new ServiceAccount(AccountNumber.FromSequence(sequence), customer.Id, premise.Id, AccountRole.Owner, 1,
            UtilityServices.Water | UtilityServices.Sewer, new DateOnly(2024, 1, 1));
        account.Activate();
        db.AddRange(customer, premise, account);
        db.AccountSearchTerms.AddRange(SearchTerms.For(account.Number, customer, premise).Select(t => new AccountSearchTerm(account.Id, t)));
        db.SaveChanges();
        return account;
    }

    public void Dispose() => _connection.Dispose();
}
