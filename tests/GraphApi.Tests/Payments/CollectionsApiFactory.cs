using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Payments;

/// <summary>The BackOffice API with its clock at 2026-11-26 in Florida and the past-due job off; new accounts get journals directly.</summary>
public sealed class CollectionsApiFactory : BackOfficeApiFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly BeyondGrace = new(2026, 10, 1);

    private static int _sequence;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Billing:Worker:Enabled"] = "false",
        ["Payments:Collections:Enabled"] = "false",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
    }

    public async Task<(Guid Id, string Number, Guid CustomerId)> AccountAsync(AccountRole role = AccountRole.Owner, Guid? customerId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var sequence = 960_000 + Interlocked.Increment(ref _sequence);
        var address = PostalAddress.Create($"{sequence} Api Collections Way", null, "Palm Harbor City", "FL", "33401");
        if (customerId is null)
        {
            var customer = new Customer(CustomerKind.Person, $"Api Customer {sequence}", address, $"api{sequence}@example.com");
            db.Customers.Add(customer);
            customerId = customer.Id;
        }

        var premise = new Premise($"07-7777-000-{sequence % 10_000:D4}", address, true, PremiseClass.Residential, 1, 2_500, "Owner");
        var account = new ServiceAccount(AccountNumber.FromSequence(sequence), customerId.Value, premise.Id, role, 9,
            UtilityServices.Water | UtilityServices.Sewer, new DateOnly(2020, 1, 1));
        account.Activate();
        db.AddRange(premise, account);
        await db.SaveChangesAsync();
        return (account.Id, account.Number.Value, customerId.Value);
    }

    public async Task PostAsync(Guid accountId, decimal amount, DateOnly on)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var key = $"test:{Guid.NewGuid():N}";
        db.JournalEntries.Add(amount > 0
            ? JournalEntry.Charge(accountId, Money.Of(amount), key, on, Now, "test", "Bill")
            : JournalEntry.Payment(accountId, Money.Of(-amount), key, on, Now, "test", "Payment"));
        await db.SaveChangesAsync();
    }

    public async Task FinalBillAsync(Guid accountId, DateOnly closedOn)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        db.ServiceAccounts.Single(a => a.Id == accountId).MarkFinalBilled(closedOn);
        await db.SaveChangesAsync();
    }
}
