using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments.Agreements;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Payments.Agreements;

/// <summary>
/// A migrated database of its own (SQLite file, or a fresh PostgreSQL database when UTILITYPORTAL_TEST_POSTGRES is set)
/// with the agreement use cases, a fake clock and the review job off, so tests drive <see cref="AgreementDefaults"/>.
/// </summary>
internal sealed class AgreementsHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 20);
    public static readonly Actor Specialist = new("user-specialist", "Sam Specialist", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });

    private readonly DomainTestHost _host;
    private long _sequence;

    private AgreementsHarness() => _host = new DomainTestHost(Clock, (services, _) =>
    {
        services.AddScoped<AccountAccess>();
        services.AddSingleton(QuietHours.Default);
        AgreementsRegistration.AddPaymentAgreements(services);
    }, new Dictionary<string, string?> { ["Payments:Agreements:Enabled"] = "false" });

    public FakeTimeProvider Clock { get; } = new(Now);

    public ServiceProvider Services => _host.Services;

    public static async Task<AgreementsHarness> CreateAsync()
    {
        var harness = new AgreementsHarness();
        await harness._host.MigrateAsync();
        return harness;
    }

    /// <summary>An active account owing <paramref name="owed"/> (one charge dated a month ago).</summary>
    public Task<ServiceAccount> AddAccountOwingAsync(decimal owed) => WithDbAsync(async db =>
    {
        var sequence = Interlocked.Increment(ref _sequence);
        var address = PostalAddress.Create($"{sequence} Palm Ave", null, "Palm Harbor City", "FL", "33401");
        var customer = new Customer(CustomerKind.Person, $"Ana Rivera {sequence}", address, $"ana{sequence}@example.com");
        var premise = new Premise($"01-0000-000-{sequence:D4}", address, true, PremiseClass.Residential, 1, 2_500, customer.Name);
        var account = new ServiceAccount(AccountNumber.FromSequence(sequence), customer.Id, premise.Id, AccountRole.Owner, 1,
            UtilityServices.Water, new DateOnly(2026, 1, 1));
        account.Activate();
        db.AddRange(customer, premise, account);
        db.JournalEntries.Add(JournalEntry.Charge(account.Id, Money.Of(owed), $"test-charge:{account.Id}", Today.AddDays(-30), Now.AddDays(-30), "test", "Bill"));
        await db.SaveChangesAsync();
        return account;
    });

    /// <summary>A payment (or, with a negative amount, a new charge) on the ledger now.</summary>
    public Task PostAsync(Guid accountId, decimal paid) => WithDbAsync(async db =>
    {
        var now = Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var key = $"test:{Guid.NewGuid():N}";
        db.JournalEntries.Add(paid > 0
            ? JournalEntry.Payment(accountId, Money.Of(paid), key, today, now, "test", "Payment")
            : JournalEntry.Charge(accountId, Money.Of(-paid), key, today, now, "test", "Bill"));
        return await db.SaveChangesAsync();
    });

    /// <summary>Drafts 300.00 (50.00 down, 5 × 50.00 from 2026-12-15) and records a counter signature.</summary>
    public async Task<PaymentAgreement> ActiveAgreementAsync(ServiceAccount account)
    {
        var draft = await RunAsync<DraftPaymentAgreement, PaymentAgreement>(d => d.HandleAsync(Specialist,
            new DraftPaymentAgreementInput(account.Number.Value, 300m, 50m, 5, new DateOnly(2026, 12, 15), "Pay as scheduled.")));
        return await RunAsync<RecordCounterSignature, PaymentAgreement>(r => r.HandleAsync(Specialist, new RecordCounterSignatureInput(draft.Id, "Ana Rivera")));
    }

    public Task<int> ReviewAsync() => RunAsync<AgreementDefaults, int>(d => d.RunOnceAsync());

    public Task<PaymentAgreement> LoadAsync(Guid id) => WithDbAsync(db => db.PaymentAgreements.AsNoTracking().SingleAsync(a => a.Id == id));

    public Task<T> WithDbAsync<T>(Func<UtilityDbContext, Task<T>> work) => _host.WithDbAsync(work);

    public Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Task<TResult>> work)
        where TUseCase : notnull => _host.WithAsync(work);

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
