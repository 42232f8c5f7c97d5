using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.BackOffice.Tests.Payments.Collections;

/// <summary>
/// The BackOffice with its clock at 2026-11-26 10:00 in Florida, the past-due job and the bill run worker off (tests
/// drive them), and helpers that give new accounts (numbers far above the demo city's) a journal.
/// </summary>
public sealed class CollectionsFactory : BackOfficeFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 26);

    /// <summary>Due 21 days after, plus 20 days' grace: a charge of this day is past due beyond grace today.</summary>
    public static readonly DateOnly BeyondGrace = new(2026, 10, 1);

    private static int _sequence;

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Billing:Worker:Enabled"] = "false";
            settings["Payments:Collections:Enabled"] = "false";
            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
    }

    public Task<(Guid Id, string Number, Guid CustomerId)> AccountAsync(AccountRole role = AccountRole.Owner, Guid? customerId = null, string? name = null) =>
        WithDbAsync(async db =>
        {
            var sequence = 950_000 + Interlocked.Increment(ref _sequence);
            var address = PostalAddress.Create($"{sequence} Collections Way", null, "Palm Harbor City", "FL", "33401");
            if (customerId is null)
            {
                var customer = new Customer(CustomerKind.Person, name ?? $"Collections Customer {sequence}", address, $"collect{sequence}@example.com");
                db.Customers.Add(customer);
                customerId = customer.Id;
            }

            var premise = new Premise($"08-8888-000-{sequence % 10_000:D4}", address, true, PremiseClass.Residential, 1, 2_500, "Owner");
            var account = new ServiceAccount(AccountNumber.FromSequence(sequence), customerId.Value, premise.Id, role, 7,
                UtilityServices.Water | UtilityServices.Sewer, new DateOnly(2020, 1, 1));
            account.Activate();
            db.AddRange(premise, account);
            await db.SaveChangesAsync();
            return (account.Id, account.Number.Value, customerId.Value);
        });

    public Task PostAsync(Guid accountId, decimal amount, DateOnly on) =>
        WithDbAsync(async db =>
        {
            var key = $"test:{Guid.NewGuid():N}";
            db.JournalEntries.Add(amount > 0
                ? JournalEntry.Charge(accountId, Money.Of(amount), key, on, Now, "test", "Bill")
                : JournalEntry.Payment(accountId, Money.Of(-amount), key, on, Now, "test", "Payment"));
            return await db.SaveChangesAsync();
        });

    public Task FinalBillAsync(Guid accountId, DateOnly closedOn) =>
        WithDbAsync(async db =>
        {
            db.ServiceAccounts.Single(a => a.Id == accountId).MarkFinalBilled(closedOn);
            return await db.SaveChangesAsync();
        });

    public async Task<HttpClient> SignedInAsync(string email = Staff.SpecialistI)
    {
        var browser = CreateBrowser();
        (await browser.SignInAsync(email)).Dispose();
        return browser;
    }
}
