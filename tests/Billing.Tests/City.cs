using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Billing.Tests;

/// <summary>An account of the test city, with its premise and first meter.</summary>
public sealed record TestAccount(Guid Id, string Number, Guid PremiseId, Guid MeterId, string MeterSerial, int Cycle);

/// <summary>Builds accounts, meters and reads in a test's database, each through its entity's constructor.</summary>
public static class City
{
    public const UtilityServices FourServices = UtilityServices.Water | UtilityServices.Sewer | UtilityServices.Stormwater | UtilityServices.Refuse;

    private static int _sequence;

    public static async Task<TestAccount> AddAccountAsync(this BillingHost host, int cycle, DateOnly? openedOn = null, UtilityServices services = FourServices,
        PremiseClass premiseClass = PremiseClass.Residential, string meterSize = "5/8", int registerDigits = 6, bool insideCity = true, int units = 1,
        AccountRole role = AccountRole.Owner, DateOnly? meterInstalledOn = null)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        return await host.DbAsync(async db =>
        {
            var address = PostalAddress.Create($"{100 + sequence} Palm Ave", null, "Palm Harbor City", "FL", "33401");
            var customer = new Customer(CustomerKind.Person, $"Customer {sequence}", address, $"customer{sequence}@example.com");
            var premise = new Premise($"01-0000-000-{sequence:D4}", address, insideCity, premiseClass, units, 2_500, $"Customer {sequence}");
            var opened = openedOn ?? new DateOnly(2020, 1, 1);
            var account = new ServiceAccount(AccountNumber.FromSequence(sequence), customer.Id, premise.Id, role, cycle, services, opened);
            account.Activate();
            var serial = $"T{sequence:D8}";
            var meter = new Meter(serial, MeterSize.Parse(meterSize), registerDigits, null, meterInstalledOn ?? new DateOnly(2015, 1, 1), premise.Id);
            db.AddRange(customer, premise, account, meter);
            await db.SaveChangesAsync();
            return new TestAccount(account.Id, account.Number.Value, premise.Id, meter.Id, serial, cycle);
        });
    }

    /// <summary>Reads of a meter at midday UTC (morning in Florida) on each day.</summary>
    public static Task AddReadsAsync(this BillingHost host, Guid meterId, params (DateOnly Day, long Register)[] reads) =>
        host.DbAsync(async db =>
        {
            foreach (var (day, register) in reads)
            {
                db.Set<MeterRead>().Add(new MeterRead(meterId, new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), register, ReadSource.Amr, "AMR"));
            }

            return await db.SaveChangesAsync();
        });

    /// <summary>
    /// A year of monthly reads on the cycle's read day ending at <paramref name="lastRead"/> (13 reads, 12 months of
    /// <paramref name="monthlyGallons"/> each), from <paramref name="start"/> on the register.
    /// </summary>
    public static async Task<long> AddYearOfReadsAsync(this BillingHost host, TestAccount account, DateOnly lastRead, long monthlyGallons, long start = 10_000)
    {
        var reads = new List<(DateOnly, long)>();
        var register = start;
        for (var i = 12; i >= 0; i--)
        {
            reads.Add((lastRead.AddMonths(-i), register));
            register += monthlyGallons;
        }

        await host.AddReadsAsync(account.MeterId, [.. reads]);
        return register - monthlyGallons;
    }

    public static Task DepositAsync(this BillingHost host, Guid accountId, decimal amount, DateOnly on) =>
        host.DbAsync(async db =>
        {
            db.JournalEntries.Add(JournalEntry.Deposit(accountId, Money.Of(amount), $"test:deposit:{accountId:N}", on, BillingHost.Now, "test", "Service deposit"));
            return await db.SaveChangesAsync();
        });

    public static Task ChargeAsync(this BillingHost host, Guid accountId, decimal amount, DateOnly on, string key) =>
        host.DbAsync(async db =>
        {
            db.JournalEntries.Add(JournalEntry.Charge(accountId, Money.Of(amount), key, on, BillingHost.Now, "test", "Earlier bill"));
            return await db.SaveChangesAsync();
        });

    public static Task PayAsync(this BillingHost host, Guid accountId, decimal amount, DateOnly on, string key) =>
        host.DbAsync(async db =>
        {
            db.JournalEntries.Add(JournalEntry.Payment(accountId, Money.Of(amount), key, on, BillingHost.Now, "test", "Payment"));
            return await db.SaveChangesAsync();
        });

    public static Task RemoveMeterAsync(this BillingHost host, Guid meterId, DateOnly on) =>
        host.DbAsync(async db =>
        {
            var meter = await db.Meters.FindAsync(meterId) ?? throw new InvalidOperationException("No such meter.");
            meter.Remove(on);
            return await db.SaveChangesAsync();
        });

    public static Task<Guid> AddMeterAsync(this BillingHost host, Guid premiseId, DateOnly installedOn, string size = "5/8") =>
        host.DbAsync(async db =>
        {
            var meter = new Meter($"N{Interlocked.Increment(ref _sequence):D8}", MeterSize.Parse(size), 6, null, installedOn, premiseId);
            db.Meters.Add(meter);
            await db.SaveChangesAsync();
            return meter.Id;
        });
}
