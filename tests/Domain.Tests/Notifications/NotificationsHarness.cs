using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Notifications;

/// <summary>
/// A database of its own (a SQLite file, or a fresh PostgreSQL database when UTILITYPORTAL_TEST_POSTGRES is
/// set) with the Notifications services wired as a site wires them, a fake clock, and recording SMS and e-mail ports.
/// </summary>
internal sealed class NotificationsHarness : IAsyncDisposable
{
    public const string PostgresVariable = "UTILITYPORTAL_TEST_POSTGRES";

    /// <summary>A Tuesday at noon in New York (EST, UTC-5): inside sending hours.</summary>
    public static readonly DateTimeOffset Noon = new(2026, 11, 17, 17, 0, 0, TimeSpan.Zero);

    private readonly DomainTestHost _host;

    private NotificationsHarness(DateTimeOffset now, IDictionary<string, string?>? settings, Func<IServiceProvider, ISmsSender>? sms)
    {
        Clock = new FakeTimeProvider(now);
        _host = new DomainTestHost(Clock, (services, configuration) =>
        {
            services.AddSingleton<IEmailSender>(Email);
            if (sms is not null)
            {
                services.AddScoped(sms);
            }
            else
            {
                services.AddSingleton<ISmsSender>(Sms);
            }

            services.AddUtilityNotifications(configuration);
        }, settings);
    }

    public FakeTimeProvider Clock { get; }

    public RecordingSms Sms { get; } = new();

    public RecordingEmail Email { get; } = new();

    public ServiceProvider Services => _host.Services;

    public static bool OnPostgres => DomainTestHost.OnPostgres;

    public static async Task<NotificationsHarness> CreateAsync(DateTimeOffset? now = null, IDictionary<string, string?>? settings = null,
        Func<IServiceProvider, ISmsSender>? sms = null)
    {
        var harness = new NotificationsHarness(now ?? Noon, settings, sms);
        // The schema from the model: migrations are checked against the model by the Data tests.
        await harness.WithDbAsync(db => db.Database.EnsureCreatedAsync());
        return harness;
    }

    public Task WithDbAsync(Func<UtilityDbContext, Task> work) => _host.WithDbAsync(async db =>
    {
        await work(db);
        return 0;
    });

    public Task<T> WithDbAsync<T>(Func<UtilityDbContext, Task<T>> work) => _host.WithDbAsync(work);

    public Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work)
        where TService : notnull => _host.WithAsync(work);

    /// <summary>One round of the outbox, as the worker runs it.</summary>
    public Task<int> RunOutboxAsync(string node = "test-node") => WithAsync<OutboxProcessor, int>(p => p.RunOnceAsync(node));

    public Task NotifyAsync(HighBillNotice notice) => WithAsync<IHighBillNotifier, bool>(async n =>
    {
        await n.NotifyAsync(notice);
        return true;
    });

    public Task<List<OutboxMessage>> MessagesAsync() =>
        WithDbAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.Channel).ThenBy(m => m.CreatedAt).ToListAsync());

    public Task<OutboxMessage> MessageAsync(Guid id) => WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    /// <summary>Adds a customer, premise and active account with the contact details given; returns the account.</summary>
    public async Task<ServiceAccount> AddAccountAsync(string language = Languages.English, string? email = "ana.rivera@example.com",
        string? mobile = "(305) 555-0142", bool smsConsent = true, long sequence = 1)
    {
        var address = PostalAddress.Create("100 Palm Ave", null, "Palm Harbor City", "FL", "33401");
        var customer = new Customer(CustomerKind.Person, "Ana Rivera", address);
        var mobileNumber = mobile is null ? (PhoneNumber?)null : PhoneNumber.Parse(mobile);
        customer.UpdateContact(new ContactDetails(email, address, null, null, null, mobileNumber, language, smsConsent),
            DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime), Clock.GetUtcNow(), "test");
        var premise = new Premise($"01-0000-000-{sequence:D4}", address, true, PremiseClass.Residential, 1, 2500, "Ana Rivera");
        var account = new ServiceAccount(AccountNumber.FromSequence(sequence), customer.Id, premise.Id, AccountRole.Owner, 1,
            UtilityServices.Water | UtilityServices.Sewer, new DateOnly(2024, 1, 1));
        account.Activate();
        await WithDbAsync(async db =>
        {
            db.AddRange(customer, premise, account);
            await db.SaveChangesAsync();
        });
        return account;
    }

    /// <summary>14,000 gallons against an 8,642-gallon average: 62% more.</summary>
    public static HighBillNotice HighBill(ServiceAccount account, Guid? billId = null) =>
        new(account.Id, billId ?? Guid.CreateVersion7(), new Money(182.40m), 14_000, 8_642, new DateOnly(2026, 11, 30));

    /// <summary>Queues a text directly, as any producer of outbox messages would.</summary>
    public async Task<OutboxMessage> QueueSmsAsync(string to = "+13055550142", string body = "Test message", DateTimeOffset? notBefore = null)
    {
        var now = Clock.GetUtcNow();
        var message = OutboxMessage.Sms("test:" + Guid.NewGuid().ToString("N"), PhoneNumber.Parse(to), body, Languages.English, "Test", null, now,
            notBefore ?? now);
        await WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
        });
        return message;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

/// <summary>The SMS port as a recorder: every request it was given, and the outcome it is told to answer with.</summary>
internal sealed class RecordingSms : ISmsSender
{
    private readonly ConcurrentQueue<SmsRequest> _sent = new();

    public Func<SmsRequest, SendOutcome> Answer { get; set; } = request => new SendOutcome.Accepted("fake", "SM" + request.OutboxId.ToString("N"), "queued");

    /// <summary>Pauses inside each send, so concurrent workers overlap.</summary>
    public TimeSpan Pause { get; set; }

    public IReadOnlyList<SmsRequest> Sent => [.. _sent];

    public async Task<SendOutcome> SendAsync(SmsRequest message, CancellationToken ct = default)
    {
        _sent.Enqueue(message);
        if (Pause > TimeSpan.Zero)
        {
            await Task.Delay(Pause, ct);
        }

        return Answer(message);
    }
}

internal sealed class RecordingEmail : IEmailSender
{
    private readonly ConcurrentQueue<EmailMessage> _sent = new();

    public IReadOnlyList<EmailMessage> Sent => [.. _sent];

    public Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
