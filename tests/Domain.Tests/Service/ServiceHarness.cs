using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Service;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Service;

/// <summary>
/// A migrated database (SQLite file, or a fresh PostgreSQL database when UTILITYPORTAL_TEST_POSTGRES is set) with the
/// service request use cases as the sites register them, the demo rate schedules and a fake clock at 2026-11-26 10:00
/// in Florida. The other harnesses do not register the Service area, hence this one.
/// </summary>
internal sealed class ServiceHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    public static readonly Actor Specialist = new("u-spec", "Ana Ruiz", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });
    public static readonly Actor Supervisor = new("u-sup", "Carmen Delgado", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.Supervisor });
    public static readonly Actor Resident = new("u-res", "Maria Lopez", false, new HashSet<string>(StringComparer.Ordinal) { PublicRoles.Resident });
    public static readonly Actor Stranger = new("u-other", "Someone Else", false, new HashSet<string>(StringComparer.Ordinal) { PublicRoles.Resident });

    private readonly DomainTestHost _host;
    private long _sequence;

    private ServiceHarness(Action<IServiceCollection>? extra) => _host = new DomainTestHost(Clock, (services, _) =>
    {
        services.AddScoped<AccountAccess>();
        services.AddSingleton(QuietHours.Default);
        services.AddBilling();
        services.AddPayments();
        Attachments.AttachmentsRegistration.AddAttachments(services);
        ServiceRegistration.AddServiceRequests(services);
        extra?.Invoke(services);
    });

    public FakeTimeProvider Clock { get; } = new(Now);

    public ServiceProvider Services => _host.Services;

    public static async Task<ServiceHarness> CreateAsync(Action<IServiceCollection>? extra = null)
    {
        var harness = new ServiceHarness(extra);
        await harness._host.MigrateAsync();
        await harness.WithDbAsync(async db =>
        {
            foreach (var person in new[] { Resident, Stranger })
            {
                db.Users.Add(new UtilityUser { Id = person.UserId, UserName = person.UserId, DisplayName = person.Name });
            }

            return await db.SaveChangesAsync();
        });
        await harness._host.AddDemoRateSchedulesAsync(Now);
        return harness;
    }

    /// <summary>An active account whose customer takes e-mail (and texts, with consent) in <paramref name="language"/>, linked to <see cref="Resident"/>.</summary>
    public Task<ServiceAccount> AccountAsync(bool sms = false, string language = Languages.English) => WithDbAsync(async db =>
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var address = PostalAddress.Create($"{sequence} Palm Ave", null, "Palm Harbor City", "FL", "33401");
        var customer = new Customer(CustomerKind.Person, $"Customer {sequence}", address, $"c{sequence}@example.com", preferredLanguage: language);
        if (sms)
        {
            customer.UpdateContact(new ContactDetails($"c{sequence}@example.com", address, null, null, null, PhoneNumber.Parse("(305) 555-0123"), language, true),
                DateOnly.FromDateTime(Now.UtcDateTime), Now, "test");
        }

        var premise = new Premise($"01-0000-000-{sequence:D4}", address, true, PremiseClass.Residential, 1, 2_500, customer.Name);
        var account = new ServiceAccount(AccountNumber.FromSequence(sequence), customer.Id, premise.Id, AccountRole.Owner, 1,
            UtilityServices.Water | UtilityServices.Sewer, new DateOnly(2025, 1, 1));
        account.Activate();
        db.AddRange(customer, premise, account);
        db.AccountLinks.Add(new AccountLink(Resident.UserId, account.Id, Now));
        await db.SaveChangesAsync();
        return account;
    });

    /// <summary>A future slot (starting <paramref name="inHours"/> from now, two hours long).</summary>
    public Task<AppointmentSlot> SlotAsync(int capacity = 1, int inHours = 24) => WithDbAsync(async db =>
    {
        var slot = new AppointmentSlot(Now.AddHours(inHours), Now.AddHours(inHours + 2), capacity, "test", Now);
        db.AppointmentSlots.Add(slot);
        await db.SaveChangesAsync();
        return slot;
    });

    public Task<T> WithDbAsync<T>(Func<UtilityDbContext, Task<T>> work) => _host.WithDbAsync(work);

    /// <summary>Runs a use case in its own scope, as one web request would.</summary>
    public Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Task<TResult>> work)
        where TUseCase : notnull => _host.WithAsync(work);

    public Task<ServiceRequest> FileAsync(FileServiceRequestInput input, Actor? actor = null) =>
        RunAsync<FileServiceRequest, ServiceRequest>(u => u.HandleAsync(actor ?? Resident, input));

    public Task<ServiceRequest> RequestAsync(Guid id) => WithDbAsync(db => db.ServiceRequests.AsNoTracking().SingleAsync(r => r.Id == id));

    public Task<List<WorkOrder>> OrdersAsync(Guid requestId) =>
        WithDbAsync(db => db.WorkOrders.AsNoTracking().Where(w => w.ServiceRequestId == requestId).OrderBy(w => w.RequestedAt).ToListAsync());

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
