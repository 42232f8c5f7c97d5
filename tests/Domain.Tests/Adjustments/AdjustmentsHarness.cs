using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Attachments;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Tests.Payments.Lockbox;

namespace UtilityPortal.Domain.Tests.Adjustments;

/// <summary>
/// The payments test database (SQLite or PostgreSQL) with the adjustment use cases, staff of every role, a resident,
/// and posted bills with a 12-month average.
/// </summary>
internal sealed class AdjustmentsHarness : IAsyncDisposable
{
    private AdjustmentsHarness(PaymentsDatabase database) => Database = database;

    public PaymentsDatabase Database { get; }

    public AdjustmentOptions Options { get; } = new();

    public static Actor SpecialistI { get; } = Staff("adj-s1", "Ana One", StaffRoles.SpecialistI);

    public static Actor OtherSpecialistI { get; } = Staff("adj-s1b", "Ben One", StaffRoles.SpecialistI);

    public static Actor SpecialistII { get; } = Staff("adj-s2", "Cal Two", StaffRoles.SpecialistII);

    public static Actor SpecialistIII { get; } = Staff("adj-s3", "Dee Three", StaffRoles.SpecialistIII);

    public static Actor Supervisor { get; } = Staff("adj-sup", "Eve Supervisor", StaffRoles.Supervisor);

    public static Actor OtherSupervisor { get; } = Staff("adj-sup2", "Fay Supervisor", StaffRoles.Supervisor);

    public static Actor Resident { get; } = new("adj-resident", "Rita Resident", false, new HashSet<string>(StringComparer.Ordinal) { PublicRoles.Resident });

    public static Actor Stranger { get; } = new("adj-stranger", "Sid Stranger", false, new HashSet<string>(StringComparer.Ordinal) { PublicRoles.Resident });

    /// <summary>A plumber's invoice, as far as the format check can tell.</summary>
    public static byte[] Pdf { get; } = "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray();

    public static async Task<AdjustmentsHarness> CreateAsync()
    {
        var harness = new AdjustmentsHarness(await PaymentsDatabase.CreateAsync());
        await harness.Database.WithDbAsync(async db =>
        {
            foreach (var user in new[] { Resident, Stranger })
            {
                db.Users.Add(new UtilityUser { Id = user.UserId, UserName = user.UserId + "@example.com", Email = user.UserId + "@example.com", DisplayName = user.Name });
            }

            return await db.SaveChangesAsync();
        });
        return harness;
    }

    /// <summary>An account linked to <see cref="Resident"/>.</summary>
    public async Task<ServiceAccount> AddResidentAccountAsync(UtilityServices services = UtilityServices.Water | UtilityServices.Sewer)
    {
        var account = await Database.AddAccountAsync(services: services);
        await Database.WithDbAsync(db =>
        {
            db.AccountLinks.Add(new AccountLink(Resident.UserId, account.Id, PaymentsDatabase.Now));
            return db.SaveChangesAsync();
        });
        return account;
    }

    /// <summary>A posted residential 5/8" 30-day cycle bill in <paramref name="month"/> of 2026 for <paramref name="gallons"/>, with a 12-month average of <paramref name="average"/>.</summary>
    public Task<Guid> PostBillAsync(ServiceAccount account, long gallons, long? average, bool insideCity = true, int month = 10) => Database.WithDbAsync(async db =>
    {
        var period = new BillingPeriod(new DateOnly(2026, month, 1), new DateOnly(2026, month, 30));
        var schedule = await new RateScheduleCatalog(db).RequireInEffectOnAsync(period.End);
        var facts = new BillingFacts(PremiseClass.Residential, "5/8", gallons, 0, insideCity, 1, 0, account.Services, 30, 30);
        var now = Database.Clock.GetUtcNow();
        var bill = new Bill(account.Id, BillKind.Cycle, period, period, null, facts, schedule.Ref, BillCalculator.Price(schedule.Schedule, facts), [], false, average, now, "test");
        bill.Approve("test", now);
        db.Bills.Add(bill);
        db.JournalEntries.AddRange(bill.Post(LedgerPosition.Empty, new DateOnly(2026, 11, 2), 21, now, "test"));
        await db.SaveChangesAsync();
        return bill.Id;
    });

    /// <summary>Makes a request a minute after the last one, so lists have a stable order.</summary>
    public Task<Guid> CreateAsync(Actor actor, CreateAdjustmentInput input)
    {
        Database.Clock.Advance(TimeSpan.FromMinutes(1));
        return Database.WithDbAsync(db => Create(db).HandleAsync(actor, input));
    }

    /// <summary>A staff request by amount (courtesy credit unless told otherwise).</summary>
    public Task<Guid> RequestAmountAsync(Actor maker, ServiceAccount account, decimal amount, AdjustmentReason reason = AdjustmentReason.Courtesy,
        AdjustmentDirection direction = AdjustmentDirection.Credit) =>
        CreateAsync(maker, new CreateAdjustmentInput(account.Number.Value, reason, AdjustmentBasis.Amount, direction, amount));

    public Task<Guid> RequestLeakAsync(Actor maker, ServiceAccount account, Guid? billId, byte[]? proof = null) =>
        CreateAsync(maker, CreateAdjustmentInput.LeakFromResident(account.Number.Value, billId, "Pipe under the slab repaired.",
            proof is null && maker.IsStaff ? [] : [Upload(proof ?? Pdf)]));

    public static StoreAttachmentInput Upload(byte[] content, string name = "plumber-invoice.pdf", string type = "application/pdf") =>
        new(new MemoryStream(content), name, type);

    public Task ApproveAsync(Actor actor, Guid id) => Database.WithDbAsync(async db =>
    {
        await new ApproveAdjustmentRequest(db, Microsoft.Extensions.Options.Options.Create(Options), Database.Clock).HandleAsync(actor, id);
        return 0;
    });

    public Task RejectAsync(Actor actor, Guid id, string? reason) => Database.WithDbAsync(async db =>
    {
        await new RejectAdjustmentRequest(db, Database.Clock).HandleAsync(actor, id, reason);
        return 0;
    });

    public Task<AdjustmentRequestDetails> GetAsync(Actor actor, Guid id) => Database.WithDbAsync(db =>
        new GetAdjustmentRequest(db, new AccountAccess(db), Read(db), Microsoft.Extensions.Options.Options.Create(Options)).HandleAsync(actor, id));

    public Task<IReadOnlyList<AdjustmentRequestRow>> ListAsync(Actor actor, AdjustmentFilter filter) => Database.WithDbAsync(db =>
        new ListAdjustmentRequests(db, new AccountAccess(db), Microsoft.Extensions.Options.Options.Create(Options)).HandleAsync(actor, filter));

    public Task<AttachmentFile> ReadFileAsync(Actor actor, Guid id) => Database.WithDbAsync(db => Read(db).HandleAsync(actor, id));

    public Task<AdjustmentRequest> RequestAsync(Guid id) => Database.WithDbAsync(db => db.AdjustmentRequests.AsNoTracking().SingleAsync(r => r.Id == id));

    public Task<int> CountAsync(Guid accountId) => Database.WithDbAsync(db => db.AdjustmentRequests.CountAsync(r => r.ServiceAccountId == accountId));

    public Task<int> FileCountAsync() => Database.WithDbAsync(db => db.Attachments.CountAsync());

    public async Task<Money> BalanceAsync(Guid accountId) => (await Database.LedgerAsync(accountId)).Balance;

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private CreateAdjustmentRequest Create(UtilityDbContext db) =>
        new(db, new AccountAccess(db), new RateScheduleCatalog(db), new StoreAttachment(db, Microsoft.Extensions.Options.Options.Create(new AttachmentOptions()), Database.Clock),
            Microsoft.Extensions.Options.Options.Create(Options), Database.Clock);

    private static ReadAttachment Read(UtilityDbContext db) => new(db, [new AdjustmentAttachmentAccess(db, new AccountAccess(db))]);

    private static Actor Staff(string id, string name, string role) => new(id, name, true, new HashSet<string>(StringComparer.Ordinal) { role });
}
