using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Notifications;
using UtilityPortal.Domain.Payments.Agreements;
using UtilityPortal.Domain.Payments.Collections;
using UtilityPortal.Domain.Service;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Payments.Collections;

/// <summary>
/// A database and clock for the collections rules: today is 2026-11-26 in Florida, bills are due 21 days after issue and
/// the shut-off grace is 20 days, so a charge of 2026-10-15 or earlier is past due beyond grace and one of 2026-11-04
/// or earlier is past due. The minimum for shut-off is $50 and the demo FY2026 schedule (delinquency fee $40) is stored.
/// </summary>
internal sealed class CollectionsHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 26);
    public static readonly DateOnly BeyondGrace = new(2026, 10, 1);
    public static readonly DateOnly WithinGrace = new(2026, 10, 25);

    public static readonly Actor Specialist = new("u-spec", "specialist1@example.com", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });
    public static readonly Actor Supervisor = new("u-sup", "supervisor@example.com", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.Supervisor });

    private readonly TestDb _db = new();
    private long _sequence = 100;
    private int _key;

    public CollectionsHarness()
    {
        using var db = NewContext();
        db.RateScheduleVersions.Add(new RateScheduleVersion(Schedules.Fy2026, 1, Schedules.Json("demo-fy2026.json"), "test", "test", Now.AddYears(-1)));
        db.SaveChanges();
    }

    public FakeTimeProvider Clock { get; } = new(Now);

    public CollectionsOptions Options { get; } = new();

    public UtilityDbContext NewContext() => _db.NewContext();

    public async Task<ServiceAccount> AccountAsync(AccountRole role = AccountRole.Owner, Guid? customerId = null, Guid? premiseId = null,
        string? email = "customer@example.com", bool sms = false, string language = Languages.English)
    {
        await using var db = NewContext();
        var sequence = Interlocked.Increment(ref _sequence);
        var address = PostalAddress.Create($"{sequence} Palm Ave", null, "Palm Harbor City", "FL", "33401");
        if (customerId is null)
        {
            var customer = new Customer(CustomerKind.Person, $"Customer {sequence}", address, email, mobilePhone: PhoneNumber.Parse("(305) 555-0123"),
                preferredLanguage: language);
            if (sms)
            {
                customer.UpdateContact(new ContactDetails(email, address, null, null, null, PhoneNumber.Parse("(305) 555-0123"), language, true), Today, Now, "test");
            }

            db.Customers.Add(customer);
            customerId = customer.Id;
        }

        if (premiseId is null)
        {
            var premise = new Premise($"01-0000-000-{sequence:D4}", address, true, PremiseClass.Residential, 1, 2500, "Owner");
            db.Premises.Add(premise);
            premiseId = premise.Id;
        }

        var account = new ServiceAccount(AccountNumber.FromSequence(sequence), customerId.Value, premiseId.Value, role, 1,
            UtilityServices.Water | UtilityServices.Sewer, new DateOnly(2024, 1, 1));
        account.Activate();
        db.ServiceAccounts.Add(account);
        await db.SaveChangesAsync();
        return account;
    }

    public Task ChargeAsync(ServiceAccount account, decimal amount, DateOnly on) =>
        PostAsync(JournalEntry.Charge(account.Id, Money.Of(amount), NextKey(), on, Now, "test", "Bill"));

    public Task PayAsync(ServiceAccount account, decimal amount, DateOnly on) =>
        PostAsync(JournalEntry.Payment(account.Id, Money.Of(amount), NextKey(), on, Now, "test", "Payment"));

    public async Task PostAsync(JournalEntry entry)
    {
        await using var db = NewContext();
        db.JournalEntries.Add(entry);
        await db.SaveChangesAsync();
    }

    /// <summary>A signed, active agreement covering <paramref name="covered"/> of what the account owes now.</summary>
    public async Task AgreementAsync(ServiceAccount account, decimal covered)
    {
        await using var db = NewContext();
        var owed = new Money(db.JournalEntries.Where(e => e.ServiceAccountId == account.Id).AsEnumerable().Sum(e => e.Amount.Amount));
        var terms = AgreementTerms.Create(covered, 0m, 6, Today.AddDays(10), "Six monthly payments.", owed, 12, Today);
        var agreement = PaymentAgreement.Draft(account.Id, terms, Now, "specialist");
        agreement.Accept(AgreementSignature.Counter, "Customer", "specialist", owed, Now);
        db.PaymentAgreements.Add(agreement);
        await db.SaveChangesAsync();
    }

    public async Task FinalBillAsync(ServiceAccount account, DateOnly closedOn)
    {
        await using var db = NewContext();
        var tracked = db.ServiceAccounts.Single(a => a.Id == account.Id);
        tracked.MarkFinalBilled(closedOn);
        await db.SaveChangesAsync();
    }

    /// <summary>A posted cycle bill for the month ending <paramref name="periodEnd"/> (7,500 gallons, $124.68 under FY2026), issued that day.</summary>
    public async Task<Bill> PostedBillAsync(ServiceAccount account, DateOnly periodEnd)
    {
        await using var db = NewContext();
        var period = new BillingPeriod(periodEnd.AddMonths(-1).AddDays(1), periodEnd);
        var facts = Schedules.Residential() with { ServiceDays = period.End.DayNumber - period.Start.DayNumber + 1, PeriodDays = period.End.DayNumber - period.Start.DayNumber + 1 };
        var bill = new Bill(account.Id, BillKind.Cycle, period, period, null, facts, new ScheduleRef("FY2026", 1), BillCalculator.Price(Schedules.Fy2026, facts),
            [], false, null, Now, "test");
        bill.Approve("test", Now);
        db.Bills.Add(bill);
        db.JournalEntries.AddRange(bill.Post(LedgerPosition.Empty, periodEnd, 21, Now, "test"));
        await db.SaveChangesAsync();
        return bill;
    }

    public Money Balance(ServiceAccount account)
    {
        using var db = NewContext();
        return new Money(db.JournalEntries.Where(e => e.ServiceAccountId == account.Id).AsEnumerable().Sum(e => e.Amount.Amount));
    }

    public IOptions<BillingOptions> Billing { get; } = Microsoft.Extensions.Options.Options.Create(new BillingOptions());

    public ShutOffList ShutOffList(UtilityDbContext db) => new(db, Clock, Billing, Microsoft.Extensions.Options.Options.Create(Options));

    public ProcessShutOff ProcessShutOff(UtilityDbContext db) => new(db, ShutOffList(db), new RateScheduleCatalog(db), Clock);

    public RestoreService RestoreService(UtilityDbContext db) => new(db, Clock, Billing, Microsoft.Extensions.Options.Options.Create(Options));

    public AgingReport AgingReport(UtilityDbContext db) => new(db, Clock, Billing, Microsoft.Extensions.Options.Options.Create(Options));

    public WriteOffBalance WriteOff(UtilityDbContext db) => new(db, Clock, Microsoft.Extensions.Options.Options.Create(Options));

    public SendPastDueNotices Notices(UtilityDbContext db) => new(db, QuietHours.Default, Clock, Microsoft.Extensions.Options.Options.Create(Options));

    public GetCollectionStanding Standing(UtilityDbContext db) => new(db, Clock, Billing, Microsoft.Extensions.Options.Options.Create(Options));

    public WorkOrderDispatch Dispatch(UtilityDbContext db) => new(db, Clock);

    public string NextKey() => $"test:{Interlocked.Increment(ref _key)}";

    public void Dispose() => _db.Dispose();
}
