using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.BackOffice.Tests.Billing;

/// <summary>
/// The BackOffice with its clock standing at 2026-11-10 10:00 in Florida (as the Billing tests' host), so bills priced
/// with demo-fy2026.json have the figures worked by hand there: 7,500 gallons on a 5/8" residential meter with four
/// services is $124.68. The bill run worker is off; tests make bills through the pages or the use cases.
/// </summary>
public sealed class AccountBillingFactory : BackOfficeFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 10, 15, 0, 0, TimeSpan.Zero);

    public static readonly Actor Specialist = new("u-test-specialist", Staff.SpecialistI, true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });

    private static int _sequence;

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Billing:Worker:Enabled"] = "false";
            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
    }

    /// <summary>A new account with its own premise, customer and 5/8" meter (numbers far above the demo city's), and reads at midday UTC.</summary>
    public Task<TestBillingAccount> AddAccountAsync(int cycle = 3, AccountRole role = AccountRole.Owner, PremiseClass premiseClass = PremiseClass.Residential,
        string customerName = "", params (DateOnly Day, long Register, string? Flags)[] reads)
    {
        var sequence = 900_000 + Interlocked.Increment(ref _sequence);
        return WithDbAsync(async db =>
        {
            var address = PostalAddress.Create($"{sequence} Billing Test Way", null, "Palm Harbor City", "FL", "33401");
            var name = customerName.Length > 0 ? customerName : $"Billing Customer {sequence}";
            var customer = new Customer(CustomerKind.Person, name, address, $"billing{sequence}@example.com");
            var premise = new Premise($"09-9999-000-{sequence % 10_000:D4}", address, true, premiseClass, 1, 2_500, name);
            var account = new ServiceAccount(AccountNumber.FromSequence(sequence), customer.Id, premise.Id, role, cycle, UtilityServices.Water
                | UtilityServices.Sewer | UtilityServices.Stormwater | UtilityServices.Refuse, new DateOnly(2020, 1, 1));
            account.Activate();
            var meter = new Meter($"BT{sequence:D8}", MeterSize.Parse("5/8"), 6, null, new DateOnly(2015, 1, 1), premise.Id);
            db.AddRange(customer, premise, account, meter);
            foreach (var (day, register, flags) in reads)
            {
                db.MeterReads.Add(new MeterRead(meter.Id, new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), register, ReadSource.Amr, "AMR", flags));
            }

            await db.SaveChangesAsync();
            return new TestBillingAccount(account.Id, account.Number.Value, meter.SerialNumber);
        });
    }

    public Task DepositAsync(Guid accountId, decimal amount) =>
        WithDbAsync(async db =>
        {
            db.JournalEntries.Add(JournalEntry.Deposit(accountId, Money.Of(amount), $"test:deposit:{accountId:N}", new DateOnly(2020, 1, 1), Now, "test", "Service deposit"));
            return await db.SaveChangesAsync();
        });

    public async Task<T> UseCaseAsync<TUseCase, T>(Func<TUseCase, Task<T>> call)
        where TUseCase : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    /// <summary>Prepares and issues an off-cycle bill for the cycle period ending November 3 (no proration: the whole bill).</summary>
    public async Task<BillSummary> PostedOffCycleBillAsync(string number)
    {
        var draft = await UseCaseAsync<PrepareBill, BillSummary>(u => u.HandleAsync(Specialist,
            new PrepareBillInput(number, BillKind.OffCycle, From: new DateOnly(2026, 10, 4), To: new DateOnly(2026, 11, 3))));
        return await UseCaseAsync<IssueBill, BillSummary>(u => u.HandleAsync(Specialist, new IssueBillInput(draft.Id)));
    }

    public Task<List<JournalEntry>> JournalAsync(Guid accountId) =>
        WithDbAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == accountId).ToListAsync());

    public Task<List<Bill>> BillsOfAsync(Guid accountId) =>
        WithDbAsync(db => db.Bills.AsNoTracking().Include(b => b.Lines).Where(b => b.ServiceAccountId == accountId).ToListAsync());

    public async Task<HttpClient> SignedInAsync(string email = Staff.SpecialistI)
    {
        var browser = CreateBrowser();
        (await browser.SignInAsync(email)).Dispose();
        return browser;
    }
}

public sealed record TestBillingAccount(Guid Id, string Number, string MeterSerial);
