using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Meters;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Deposits;
using UtilityPortal.Domain.Payments.Lockbox;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Payments.Lockbox;

/// <summary>
/// A migrated database with the demo rate schedules and the lockbox and deposit use cases: a SQLite file, or a fresh
/// PostgreSQL database when UTILITYPORTAL_TEST_POSTGRES names a server (as CI sets it).
/// </summary>
public sealed class PaymentsDatabase : IAsyncDisposable
{
    private readonly DomainTestHost _host;
    private long _sequence;

    private PaymentsDatabase() => _host = new DomainTestHost(Clock, (services, _) =>
    {
        services.AddIdentityCore<UtilityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<UtilityDbContext>();
        services.AddScoped<AccountAccess>();
        services.AddScoped<IHighBillNotifier, NoNotices>();
        services.AddBilling();
        services.AddScoped<PostPayment>();
        LockboxRegistration.AddLockbox(services);
        DepositsRegistration.AddDeposits(services);
    });

    public static DateTimeOffset Now { get; } = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);

    public static DateOnly Today { get; } = new(2026, 11, 20);

    public FakeTimeProvider Clock { get; } = new(Now);

    public ServiceProvider Services => _host.Services;

    public static Actor Specialist { get; } = Staff("user-specialist", "Sam Specialist", StaffRoles.SpecialistI);

    public static Actor SpecialistTwo { get; } = Staff("user-specialist2", "Tess Two", StaffRoles.SpecialistII);

    public static Actor Supervisor { get; } = Staff("user-supervisor", "Sue Supervisor", StaffRoles.Supervisor);

    public static Actor Resident { get; } = new("user-resident", "Rita Resident", false, new HashSet<string>(StringComparer.Ordinal) { PublicRoles.Resident });

    public static async Task<PaymentsDatabase> CreateAsync()
    {
        var database = new PaymentsDatabase();
        await database._host.MigrateAsync();
        await database._host.AddDemoRateSchedulesAsync(Now);
        return database;
    }

    /// <summary>Adds a customer, premise and account (active unless told otherwise), with one meter of <paramref name="meterSize"/> when given.</summary>
    public Task<ServiceAccount> AddAccountAsync(AccountStatus status = AccountStatus.Active, PremiseClass premiseClass = PremiseClass.Residential,
        string? meterSize = "5/8", UtilityServices services = UtilityServices.Water | UtilityServices.Sewer) => WithDbAsync(async db =>
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var address = PostalAddress.Create($"{sequence} Palm Ave", null, "Palm Harbor City", "FL", "33401");
        var customer = new Customer(CustomerKind.Person, $"Customer {sequence}", address, $"c{sequence}@example.com");
        var premise = new Premise($"01-0000-000-{sequence:D4}", address, true, premiseClass, 1, 2_500, $"Customer {sequence}");
        var account = new ServiceAccount(AccountNumber.FromSequence(sequence), customer.Id, premise.Id, AccountRole.Owner, 1, services, new DateOnly(2026, 10, 1));
        if (status != AccountStatus.Pending)
        {
            account.Activate();
        }

        if (status is AccountStatus.FinalBilled or AccountStatus.Closed)
        {
            account.MarkFinalBilled(new DateOnly(2026, 11, 1));
        }

        if (status == AccountStatus.Closed)
        {
            account.Close();
        }

        db.AddRange(customer, premise, account);
        if (meterSize is not null)
        {
            db.Add(new Meter($"M-{sequence}", MeterSize.Parse(meterSize), 6, null, new DateOnly(2026, 10, 1), premise.Id));
        }

        await db.SaveChangesAsync();
        return account;
    });

    public Task<T> WithDbAsync<T>(Func<UtilityDbContext, Task<T>> work) => _host.WithDbAsync(work);

    /// <summary>Runs a use case in its own scope, as one web request would.</summary>
    public Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Task<TResult>> work)
        where TUseCase : notnull => _host.WithAsync(work);

    public Task<LockboxImportSummary> ImportAsync(string csv, bool preview = false, Actor? actor = null, string fileName = "lockbox.csv") =>
        RunAsync<ImportLockboxFile, LockboxImportSummary>(import =>
            import.HandleAsync(actor ?? Specialist, new ImportLockboxInput(fileName, preview), System.Text.Encoding.UTF8.GetBytes(csv)));

    /// <summary>The account's balance and held deposit, summed from the journal.</summary>
    public Task<(Money Balance, Money Deposit)> LedgerAsync(Guid accountId) => WithDbAsync(async db =>
    {
        var entries = await db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == accountId).Select(e => new { e.Amount, e.DepositAmount }).ToListAsync();
        return (entries.Select(e => e.Amount).Sum(), entries.Select(e => e.DepositAmount).Sum());
    });

    /// <summary>A check taken at the counter and posted, as a cashier would.</summary>
    public Task PayAtCounterAsync(Guid accountId, decimal amount) => WithDbAsync(async db =>
    {
        var payment = Payment.Received(accountId, Money.Of(amount), Tender.Check, PaymentChannel.Counter, Clock.GetUtcNow(), "cashier", "900");
        return await new PostPayment(db, Clock).PostAsync(payment, "cashier", "Counter check");
    });

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static Actor Staff(string id, string name, string role) => new(id, name, true, new HashSet<string>(StringComparer.Ordinal) { role });

    private sealed class NoNotices : IHighBillNotifier
    {
        public Task NotifyAsync(HighBillNotice notice, CancellationToken ct = default) => Task.CompletedTask;
    }
}
