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
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Deposits;
using UtilityPortal.Domain.Service;
using UtilityPortal.Domain.Service.Lifecycle;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Service.Lifecycle;

/// <summary>
/// A migrated database (SQLite file, or PostgreSQL when UTILITYPORTAL_TEST_POSTGRES is set) with the demo rate
/// schedules, billing, deposits and the lifecycle use cases. Today is 2026-11-20; accounts are on cycle 1, whose
/// period holding today began on <see cref="PeriodStart"/>, and every meter was read the day before it.
/// </summary>
public sealed class LifecycleHarness : IAsyncDisposable
{
    public const long OpeningRegister = 10_000;

    private readonly DomainTestHost _host;
    private long _sequence = 100;

    private LifecycleHarness() => _host = new DomainTestHost(Clock, (services, _) =>
    {
        services.AddIdentityCore<UtilityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<UtilityDbContext>();
        services.AddScoped<AccountAccess>();
        services.AddScoped<IHighBillNotifier, NoNotices>();
        services.AddSingleton(QuietHours.Default);
        services.AddBilling();
        services.AddPayments();
        Attachments.AttachmentsRegistration.AddAttachments(services);
        ServiceRegistration.AddServiceRequests(services);
        LifecycleRegistration.AddServiceLifecycle(services);
    });

    public static DateTimeOffset Now { get; } = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);

    public static DateOnly Today { get; } = new(2026, 11, 20);

    public static DateOnly PeriodStart { get; } = BillingCalendar.PeriodContaining(1, Today).Start;

    public FakeTimeProvider Clock { get; } = new(Now);

    public ServiceProvider Services => _host.Services;

    public static Actor Specialist { get; } = Staff("user-specialist", "Sam Specialist", StaffRoles.SpecialistI);

    public static Actor SpecialistTwo { get; } = Staff("user-specialist2", "Tess Two", StaffRoles.SpecialistII);

    public static Actor Supervisor { get; } = Staff("user-supervisor", "Sue Supervisor", StaffRoles.Supervisor);

    public static Actor Resident { get; } = new("user-resident", "Rita Resident", false, new HashSet<string>(StringComparer.Ordinal) { PublicRoles.Resident });

    public static AddressInput Forwarding { get; } = new() { Line1 = "9 New Rd", City = "Tampa", State = "FL", Zip = "33602" };

    public static async Task<LifecycleHarness> CreateAsync()
    {
        var harness = new LifecycleHarness();
        await harness._host.MigrateAsync();
        await harness._host.AddDemoRateSchedulesAsync(Now);
        return harness;
    }

    /// <summary>A premise with a 5/8" meter read the day before the period began, and no account.</summary>
    public Task<Premise> AddPremiseAsync() => WithDbAsync(async db =>
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var address = PostalAddress.Create($"{sequence} Palm Ave", null, "Palm Harbor City", "FL", "33401");
        var premise = new Premise($"01-0000-000-{sequence:D4}", address, true, PremiseClass.Residential, 1, 2_500, "Owner");
        var meter = new Meter($"M-{sequence}", MeterSize.Parse("5/8"), 6, null, new DateOnly(2020, 1, 1), premise.Id);
        db.AddRange(premise, meter);
        db.Add(new MeterRead(meter.Id, new DateTimeOffset(PeriodStart.AddDays(-1).ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero), OpeningRegister,
            ReadSource.Amr, "route"));
        await db.SaveChangesAsync();
        return premise;
    });

    /// <summary>An account at a new premise; linked to <paramref name="residentId"/> when given.</summary>
    public async Task<ServiceAccount> AddAccountAsync(AccountStatus status = AccountStatus.Active, string? residentId = null, Guid? customerId = null)
    {
        var premise = await AddPremiseAsync();
        return await WithDbAsync(async db =>
        {
            var sequence = Interlocked.Increment(ref _sequence);
            if (customerId is null)
            {
                var customer = new Customer(CustomerKind.Person, $"Customer {sequence}", premise.ServiceAddress, $"c{sequence}@example.com");
                db.Add(customer);
                customerId = customer.Id;
            }

            var account = new ServiceAccount(AccountNumber.FromSequence(sequence), customerId.Value, premise.Id, AccountRole.Tenant, 1,
                UtilityServices.Water | UtilityServices.Sewer, new DateOnly(2025, 1, 1));
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

            db.Add(account);
            if (residentId is not null)
            {
                if (!await db.Users.AnyAsync(u => u.Id == residentId))
                {
                    db.Users.Add(new UtilityUser { Id = residentId, UserName = residentId, DisplayName = residentId });
                }

                db.Add(new AccountLink(residentId, account.Id, Now.AddDays(-30)));
            }

            await db.SaveChangesAsync();
            return account;
        });
    }

    /// <summary>A deposit billed, paid at the counter and held, as a new account's would be.</summary>
    public async Task HoldDepositAsync(ServiceAccount account, decimal amount = 150m)
    {
        await RunAsync<RequireDeposit, DepositView>(u => u.HandleAsync(Specialist, new RequireDepositInput(account.Number.Value)));
        await WithDbAsync(db => new PostPayment(db, Clock).PostAsync(
            Payment.Received(account.Id, Money.Of(amount), Tender.Check, PaymentChannel.Counter, Clock.GetUtcNow(), "cashier", "900"), "cashier", "Counter check"));
        await RunAsync<HoldDeposit, DepositView>(u => u.HandleAsync(Specialist, new HoldDepositInput(account.Number.Value)));
    }

    public Task<ServiceChangeView> ReadAsync(Guid changeId, WorkOrderType type, long register) =>
        RunAsync<RecordServiceRead, ServiceChangeView>(u => u.HandleAsync(Specialist, new RecordServiceReadInput(changeId, type, register)));

    /// <summary>The crew closes an order through the service area's completion, which runs the lifecycle's handler in its one save.</summary>
    public Task<WorkOrder> CompleteAsync(Guid? orderId, WorkOrderResult result = WorkOrderResult.Done, string? note = null) =>
        RunAsync<CompleteWorkOrder, WorkOrder>(async complete =>
        {
            var type = await WithDbAsync(db => db.WorkOrders.Where(w => w.Id == orderId).Select(w => w.Type).SingleAsync());
            var code = result == WorkOrderResult.NotDone ? FieldResultCode.NotDone
                : type == WorkOrderType.TurnOn ? FieldResultCode.ServiceTurnedOn : FieldResultCode.ServiceTurnedOff;
            return await complete.HandleAsync(Specialist, new CompleteWorkOrderCommand(orderId!.Value, code, note));
        });

    public Task<ServiceChangeView> ViewAsync(Guid changeId) =>
        RunAsync<ListServiceChanges, ServiceChangeView>(l => l.GetAsync(Specialist, changeId));

    /// <summary>The account's status, balance and held deposit, and its journal entries of each kind.</summary>
    public Task<(AccountStatus Status, Money Balance, Money Deposit, List<(EntryKind Kind, Money Amount)> Entries)> LedgerAsync(Guid accountId) =>
        WithDbAsync(async db =>
        {
            var status = await db.ServiceAccounts.Where(a => a.Id == accountId).Select(a => a.Status).SingleAsync();
            var entries = await db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == accountId)
                .Select(e => new { e.Kind, e.Amount, e.DepositAmount }).ToListAsync();
            return (status, entries.Select(e => e.Amount).Sum(), entries.Select(e => e.DepositAmount).Sum(),
                entries.ConvertAll(e => (e.Kind, e.Amount)));
        });

    public Task<T> WithDbAsync<T>(Func<UtilityDbContext, Task<T>> work) => _host.WithDbAsync(work);

    public Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Task<TResult>> work)
        where TUseCase : notnull => _host.WithAsync(work);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static Actor Staff(string id, string name, string role) => new(id, name, true, new HashSet<string>(StringComparer.Ordinal) { role });

    private sealed class NoNotices : IHighBillNotifier
    {
        public Task NotifyAsync(HighBillNotice notice, CancellationToken ct = default) => Task.CompletedTask;
    }
}
