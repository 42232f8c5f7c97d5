using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Autopay;
using UtilityPortal.Domain.Payments.Gateway;
using UtilityPortal.Domain.Payments.Paperless;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Payments.Autopay;

/// <summary>
/// A database of its own (a SQLite file, or a fresh PostgreSQL database when UTILITYPORTAL_TEST_POSTGRES is set) with
/// the payments services wired as the sites wire them, a fake clock, and a recording gateway in place of Stripe.
/// </summary>
internal sealed class AutopayHarness : IAsyncDisposable
{
    /// <summary>Friday 20 November 2026, noon in New York.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 17, 0, 0, TimeSpan.Zero);

    /// <summary>Bills in these tests are issued on 1 November and due 21 days later.</summary>
    public static readonly DateOnly IssuedOn = new(2026, 11, 1);

    public static readonly DateOnly DueOn = IssuedOn.AddDays(21);

    public static readonly Actor Staff = new("user-staff", "Sam Specialist", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });

    public static readonly Actor Resident = new("user-resident", "Rita Resident", false, new HashSet<string>(StringComparer.Ordinal) { PublicRoles.Resident });

    private readonly DomainTestHost _host;
    private long _sequence;

    private AutopayHarness() => _host = new DomainTestHost(Clock, (services, configuration) =>
    {
        services.AddScoped<AccountAccess>();
        services.AddSingleton<IEmailSender, NoEmail>();
        services.AddUtilityNotifications(configuration);
        services.AddSingleton(Gateway);
        services.AddScoped<IPaymentGateway>(sp => sp.GetRequiredService<RecordingGateway>());
        services.AddPayments();
    }, new Dictionary<string, string?> { ["Payments:PortalUrl"] = "https://portal.example.org/" });

    public FakeTimeProvider Clock { get; } = new(Now);

    public RecordingGateway Gateway { get; } = new();

    public ServiceProvider Services => _host.Services;

    public static async Task<AutopayHarness> CreateAsync()
    {
        var harness = new AutopayHarness();
        await harness.WithDbAsync(db => db.Database.EnsureCreatedAsync());
        return harness;
    }

    public Task<T> WithDbAsync<T>(Func<UtilityDbContext, Task<T>> work) => _host.WithDbAsync(work);

    public Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull => _host.WithAsync(work);

    /// <summary>One round of the due-date worker, as the worker runs it.</summary>
    public Task<int> RunAutopayAsync(string node = "node-a") => WithAsync<AutopayProcessor, int>(p => p.RunOnceAsync(node));

    public Task<int> RunPaperlessAsync() => WithAsync<PaperlessNoticeProcessor, int>(p => p.RunOnceAsync());

    /// <summary>An active account whose holder has an e-mail address and, with consent, a mobile number for texts.</summary>
    public Task<ServiceAccount> AddAccountAsync(string? email = "ana.rivera@example.com", bool smsConsent = true, string language = Languages.English) =>
        WithDbAsync(async db =>
        {
            var sequence = Interlocked.Increment(ref _sequence);
            var address = PostalAddress.Create($"{sequence} Palm Ave", null, "Palm Harbor City", "FL", "33401");
            var customer = new Customer(CustomerKind.Person, "Ana Rivera", address);
            customer.UpdateContact(new ContactDetails(email, address, null, null, null, PhoneNumber.Parse("(305) 555-0142"), language, smsConsent),
                DateOnly.FromDateTime(Now.UtcDateTime), Now, "test");
            var premise = new Premise($"01-0000-000-{sequence:D4}", address, true, PremiseClass.Residential, 1, 2_500, "Ana Rivera");
            var account = new ServiceAccount(AccountNumber.FromSequence(sequence), customer.Id, premise.Id, AccountRole.Owner, 1,
                UtilityServices.Water | UtilityServices.Sewer, new DateOnly(2024, 1, 1));
            account.Activate();
            db.AddRange(customer, premise, account);
            await db.SaveChangesAsync();
            return account;
        });

    /// <summary>Starts and completes an enrolment as the gateway would report it, with the saved method given.</summary>
    public async Task<Guid> EnrolAsync(ServiceAccount account, string paymentMethod = "pm_ok", Tender method = Tender.Card)
    {
        var started = await WithAsync<StartAutopayEnrollment, AutopaySetupStarted>(s => s.HandleAsync(Staff,
            new StartAutopayInput(account.Number.Value, method, new Uri("/done", UriKind.Relative), new Uri("/back", UriKind.Relative))));
        await WithAsync<IAutopaySetupCompletion, int>(async c =>
        {
            await c.CompleteAsync(RecordingGateway.SetupSession(started.EnrollmentId), "cus_1", paymentMethod);
            return 0;
        });
        return started.EnrollmentId;
    }

    /// <summary>A posted cycle bill for October (7,500 gallons under FY2026), issued on <see cref="IssuedOn"/> and due on <see cref="DueOn"/>.</summary>
    public Task<Bill> PostBillAsync(ServiceAccount account, DateOnly? issuedOn = null) => WithDbAsync(async db =>
    {
        var issued = issuedOn ?? IssuedOn;
        var period = new BillingPeriod(issued.AddMonths(-1), issued.AddDays(-1));
        var days = period.End.DayNumber - period.Start.DayNumber + 1;
        var facts = Schedules.Residential() with { ServiceDays = days, PeriodDays = days };
        var now = Clock.GetUtcNow();
        var bill = new Bill(account.Id, BillKind.Cycle, period, period, null, facts, new ScheduleRef("FY2026", 1), BillCalculator.Price(Schedules.Fy2026, facts),
            [], false, null, now, "test");
        bill.Approve("test", now);
        db.Bills.Add(bill);
        db.JournalEntries.AddRange(bill.Post(LedgerPosition.Empty, issued, 21, now, "test"));
        await db.SaveChangesAsync();
        return bill;
    });

    public Task<Money> BalanceAsync(ServiceAccount account) => WithDbAsync(async db =>
        new Money((await db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == account.Id).ToListAsync()).Sum(e => e.Amount.Amount)));

    public Task<List<Payment>> PaymentsAsync(ServiceAccount account) =>
        WithDbAsync(db => db.Payments.AsNoTracking().Where(p => p.ServiceAccountId == account.Id).ToListAsync());

    public Task<List<OutboxMessage>> MessagesAsync(string purpose) =>
        WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Purpose == purpose).OrderBy(m => m.Channel).ToListAsync());

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private sealed class NoEmail : IEmailSender
    {
        public Task SendAsync(EmailMessage message, CancellationToken ct = default) => Task.CompletedTask;
    }
}

/// <summary>
/// The gateway port as a recorder: every off-session charge it is asked for (by idempotency key), answering as a card
/// processor would — declined for a method whose reference says so, and the same answer for the same key.
/// </summary>
internal sealed class RecordingGateway : IPaymentGateway
{
    public ConcurrentQueue<SavedMethodCharge> Charges { get; } = new();

    /// <summary>What a charge answers; by default, declined for a "decline" method and succeeded otherwise.</summary>
    public Func<SavedMethodCharge, GatewayOutcome> Answer { get; set; } = charge => charge.PaymentMethodReference.Contains("decline", StringComparison.Ordinal)
        ? new GatewayOutcome.Declined("Your card was declined.")
        : new GatewayOutcome.Succeeded("pi_" + charge.IdempotencyKey.Replace(":", "_", StringComparison.Ordinal));

    /// <summary>A pause inside each charge, to let two workers overlap.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public string Name => "sandbox";

    public static string SetupSession(Guid enrollmentId) => $"setup_{enrollmentId:N}";

    public Task<HostedCheckout> StartCheckoutAsync(HostedCheckoutRequest request, CancellationToken ct = default) => throw new NotSupportedException();

    public Task<HostedSetup> StartSetupAsync(SetupRequest request, CancellationToken ct = default) =>
        Task.FromResult(new HostedSetup(SetupSession(request.EnrollmentId), new Uri(request.SuccessUrl, "/setup/" + request.EnrollmentId)));

    public async Task<GatewayOutcome> ChargeSavedMethodAsync(SavedMethodCharge charge, CancellationToken ct = default)
    {
        Charges.Enqueue(charge);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, ct);
        }

        return Answer(charge);
    }

    public Task<GatewayOutcome> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken ct = default) =>
        throw new NotSupportedException();
}
