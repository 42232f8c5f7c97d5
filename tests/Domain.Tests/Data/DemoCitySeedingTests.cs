using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Data.Seeding;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;

namespace UtilityPortal.Domain.Tests.Data;

/// <summary>The demo city seeded into a fresh, migrated SQLite file, as a developer's first run does.</summary>
public sealed partial class DemoCitySeedingTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static DemoCityOptions Options(int accounts) => new() { Accounts = accounts, Today = Today };

    private static async Task<DemoCitySeedResult> SeedAsync(SeededDatabase database, int accounts, bool demoLogins = true)
    {
        await DatabaseInitializer.MigrateAsync(database.Services);
        return await DemoCitySeeder.SeedAsync(database.Services, Options(accounts), demoLogins);
    }

    [Fact]
    public async Task Seeding200Accounts_WritesTheCityWithTwoYearsOfLedgerAndSearchTerms()
    {
        await using var database = SeededDatabase.Create();

        var result = await SeedAsync(database, 200);

        result.Outcome.ShouldBe(DemoCitySeedOutcome.Seeded);
        var counts = await database.WithDbAsync(async db => new
        {
            Accounts = await db.ServiceAccounts.CountAsync(),
            Customers = await db.Customers.CountAsync(),
            Premises = await db.Premises.CountAsync(),
            Meters = await db.Meters.CountAsync(),
            Entries = await db.JournalEntries.CountAsync(),
            AccountsWithTerms = await db.AccountSearchTerms.Select(t => t.ServiceAccountId).Distinct().CountAsync(),
            Closed = await db.ServiceAccounts.CountAsync(a => a.Status == AccountStatus.Closed || a.Status == AccountStatus.FinalBilled),
            Tenants = await db.ServiceAccounts.CountAsync(a => a.Role == AccountRole.Tenant && a.Status == AccountStatus.Active),
            Outside = await db.Premises.CountAsync(p => !p.InsideCity),
            Commercial = await db.Premises.CountAsync(p => p.Class == PremiseClass.Commercial),
            MultiUnit = await db.Premises.CountAsync(p => p.DwellingUnits > 1),
            PaymentEntries = await db.JournalEntries.CountAsync(e => e.Kind == EntryKind.Payment),
            PostedPayments = await db.Payments.CountAsync(p => p.Status == PaymentStatus.Posted
                && db.JournalEntries.Any(e => e.Id == p.JournalEntryId && e.Kind == EntryKind.Payment)),
            SamplePayment = await db.Payments.OrderBy(p => p.Id).Select(p => new { p.Id, p.Amount, p.JournalEntryId }).FirstAsync(),
            Channels = await db.Payments.Select(p => p.Channel).Distinct().CountAsync(),
        });
        counts.Accounts.ShouldBe(200);
        result.Accounts.ShouldBe(200);
        counts.Customers.ShouldBe(result.Customers);
        counts.Customers.ShouldBeInRange(190, 200); // Maria Lopez holds two accounts
        counts.Premises.ShouldBe(result.Premises);
        counts.Premises.ShouldBeInRange(180, 199); // a few premises show a closed account before the current one
        counts.Meters.ShouldBeGreaterThanOrEqualTo(counts.Premises);
        counts.Entries.ShouldBe((int)result.JournalEntries);
        counts.Entries.ShouldBeGreaterThan(200 * 30); // about two a month for two years, less for newer accounts
        counts.AccountsWithTerms.ShouldBe(200);
        counts.Closed.ShouldBeGreaterThan(0);
        counts.Tenants.ShouldBeInRange(40, 100);
        counts.Outside.ShouldBeInRange(8, 35);
        counts.Commercial.ShouldBeInRange(5, 30);
        counts.MultiUnit.ShouldBeInRange(2, 25);
        // Every payment of the demo's past is a real payment, posted under its own journal key.
        counts.PaymentEntries.ShouldBeGreaterThan(200 * 10);
        counts.PostedPayments.ShouldBe(counts.PaymentEntries);
        counts.Channels.ShouldBe(4);
        var sampleEntry = await database.WithDbAsync(db => db.JournalEntries.SingleAsync(e => e.Id == counts.SamplePayment.JournalEntryId));
        sampleEntry.IdempotencyKey.ShouldBe($"payment:{counts.SamplePayment.Id}");
        sampleEntry.Amount.ShouldBe(-counts.SamplePayment.Amount);
    }

    [Fact]
    public async Task ASeededFile_HasPlannerStatisticsForItsTables()
    {
        await using var database = SeededDatabase.Create();

        await SeedAsync(database, 60, demoLogins: false);

        // Without them SQLite picks poor plans on the big tables until the next hourly run (SqliteStatistics).
        var analyzed = await database.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT DISTINCT tbl AS \"Value\" FROM sqlite_stat1").ToListAsync());
        analyzed.ShouldContain("ServiceAccounts");
        analyzed.ShouldContain("JournalEntries");
    }

    [Fact]
    public async Task SeededAccounts_HaveValidFactsAndAboutOneInEightIsPastDue()
    {
        await using var database = SeededDatabase.Create();
        await SeedAsync(database, 400, demoLogins: false);

        var facts = await database.WithDbAsync(db => db.ServiceAccounts.AsNoTracking()
            .Include(a => a.Customer).Include(a => a.Premise).ToListAsync());
        var lines = await database.WithDbAsync(db => db.JournalEntries.AsNoTracking()
            .Select(e => new { e.ServiceAccountId, e.EffectiveOn, e.Amount, e.DepositAmount, e.IdempotencyKey }).ToListAsync());

        foreach (var account in facts)
        {
            ParcelPattern().IsMatch(account.Premise!.ParcelId).ShouldBeTrue(account.Premise.ParcelId);
            int.Parse(account.Premise.ServiceAddress.Zip, System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(33401, 33420);
            account.Premise.ServiceAddress.City.ShouldBe(DemoCity.CityName);
            foreach (var phone in new[] { account.Customer!.HomePhone, account.Customer.MobilePhone }.OfType<PhoneNumber>())
            {
                PhoneNumber.TryParse(phone.E164, out _).ShouldBeTrue(phone.E164);
                phone.E164.ShouldMatch(@"^\+1(305|786|954|754|561)55501\d\d$");
            }

            if (account.Role == AccountRole.Tenant)
            {
                account.Premise.OwnerOfRecord.ShouldNotBe(account.Customer.Name);
            }
        }

        lines.ShouldAllBe(l => l.IdempotencyKey.StartsWith("seed:", StringComparison.Ordinal) || l.IdempotencyKey.StartsWith("payment:", StringComparison.Ordinal));
        var spanish = facts.Count(a => a.Customer!.PreferredLanguage == Languages.Spanish);
        spanish.ShouldBeInRange(40, 130);
        var pastDue = facts
            .Where(a => a.Status == AccountStatus.Active)
            .Select(a => AccountStanding.From(lines.Where(l => l.ServiceAccountId == a.Id).Select(l => new LedgerLine(l.EffectiveOn, l.Amount, l.DepositAmount)), Today))
            .Count(s => s.Aging.PastDue.IsPositive);
        pastDue.ShouldBeInRange(25, 80); // ~12% of about 390 active accounts
    }

    [Fact]
    public async Task TwoSeedsOfTheSameSize_AreTheSameCity()
    {
        await using var first = SeededDatabase.Create();
        await using var second = SeededDatabase.Create();
        await SeedAsync(first, 150, demoLogins: false);
        await SeedAsync(second, 150, demoLogins: false);

        var a = await first.WithDbAsync(Snapshot);
        var b = await second.WithDbAsync(Snapshot);

        a.Count.ShouldBe(150);
        b.ShouldBe(a);
    }

    [Fact]
    public async Task ASmallCity_IsTheStartOfALargerOne()
    {
        await using var small = SeededDatabase.Create();
        await using var large = SeededDatabase.Create();
        await SeedAsync(small, 60, demoLogins: false);
        await SeedAsync(large, 120, demoLogins: false);

        var a = await small.WithDbAsync(Snapshot);
        var b = await large.WithDbAsync(Snapshot);

        b.Take(59).ShouldBe(a.Take(59)); // the 60th may be a closed account whose successor did not fit
    }

    [Fact]
    public async Task TheDemoResident_HoldsTwoLinkedAccounts_AnOwnerAndATenantAccount()
    {
        await using var database = SeededDatabase.Create();
        await SeedAsync(database, 200);

        await using var scope = database.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UtilityUser>>();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var resident = await users.FindByEmailAsync(DemoLogins.Resident.Email);
        resident.ShouldNotBeNull();
        resident.EmailConfirmed.ShouldBeTrue();
        resident.Kind.ShouldBe(UserKind.Resident);
        (await users.CheckPasswordAsync(resident, DemoLogins.Password)).ShouldBeTrue();
        (await users.IsInRoleAsync(resident, PublicRoles.Resident)).ShouldBeTrue();

        var linked = await scope.ServiceProvider.GetRequiredService<AccountAccess>().LinkedAccountIdsAsync(resident.Id);
        var accounts = await db.ServiceAccounts.AsNoTracking().Include(a => a.Customer)
            .Where(a => linked.Contains(a.Id)).ToListAsync();

        accounts.Count.ShouldBe(2);
        accounts.Select(a => a.Customer!.Name).Distinct().ShouldHaveSingleItem().ShouldBe(DemoCity.ResidentCustomerName);
        accounts.Select(a => a.Role).OrderBy(r => r).ShouldBe([AccountRole.Owner, AccountRole.Tenant]);
        accounts.Select(a => a.Number).ShouldBe([DemoCity.ResidentHomeAccount, DemoCity.ResidentRentalAccount], ignoreOrder: true);

        var actor = new Actor(resident.Id, resident.Email!, false, new HashSet<string>(StringComparer.Ordinal) { PublicRoles.Resident });
        var rental = await scope.ServiceProvider.GetRequiredService<GetAccountOverview>().HandleAsync(actor, DemoCity.ResidentRentalAccount.Value);
        rental.Role.ShouldBe(AccountRole.Tenant);
        rental.Standing.Aging.PastDue.IsPositive.ShouldBeTrue();
        rental.RecentActivity.Count.ShouldBe(10);
    }

    [Fact]
    public async Task EveryDemoLogin_SignsInWithTheDemoPasswordAndHoldsItsRole()
    {
        await using var database = SeededDatabase.Create();
        await SeedAsync(database, 50);

        await using var scope = database.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UtilityUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All.Concat([PublicRoles.Resident, PublicRoles.Contractor]))
        {
            (await roles.RoleExistsAsync(role)).ShouldBeTrue(role);
        }

        DemoLogins.All.Count.ShouldBe(7);
        foreach (var login in DemoLogins.All)
        {
            var user = await users.FindByEmailAsync(login.Email);
            user.ShouldNotBeNull(login.Email);
            user.EmailConfirmed.ShouldBeTrue();
            user.Kind.ShouldBe(login.Kind);
            (await users.CheckPasswordAsync(user, DemoLogins.Password)).ShouldBeTrue(login.Email);
            (await users.GetRolesAsync(user)).ShouldBe([login.Role]);
        }

        DemoLogins.All.Where(l => l.Kind == UserKind.Staff).Select(l => l.Role).ShouldBe(StaffRoles.All);
    }

    [Fact]
    public async Task SeedingAgain_LeavesTheCityAsItWas()
    {
        await using var database = SeededDatabase.Create();
        await SeedAsync(database, 40);

        var again = await DemoCitySeeder.SeedAsync(database.Services, Options(40), includeDemoLogins: true);

        again.Outcome.ShouldBe(DemoCitySeedOutcome.AlreadySeeded);
        (await database.WithDbAsync(db => db.ServiceAccounts.CountAsync())).ShouldBe(40);
        (await database.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(DemoLogins.All.Count);
    }

    [Fact]
    public async Task TwoSitesStartingAtOnceOnOneNewFile_MigrateAndSeedItOnce()
    {
        await using var first = SeededDatabase.Create();

        // A second, separate service provider on the same file stands for the other site.
        var other = new ServiceCollection()
            .AddLogging()
            .AddUtilityDatabase(first.Configuration);
        other.AddIdentityCore<UtilityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<UtilityDbContext>();
        await using var otherSite = other.BuildServiceProvider();

        var results = await Task.WhenAll(StartAsync(first.Services), StartAsync(otherSite));

        (await first.WithDbAsync(db => db.Roles.CountAsync())).ShouldBe(7);

        results.Count(r => r.Outcome == DemoCitySeedOutcome.Seeded).ShouldBe(1);
        results.Count(r => r.Outcome == DemoCitySeedOutcome.AlreadySeeded).ShouldBe(1);
        (await first.WithDbAsync(db => db.ServiceAccounts.CountAsync())).ShouldBe(300);
        (await first.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(DemoLogins.All.Count);
    }

    /// <summary>What a site does on starting in Development: migrate, then seed.</summary>
    private static Task<DemoCitySeedResult> StartAsync(IServiceProvider site) => Task.Run(async () =>
    {
        await DatabaseInitializer.MigrateAsync(site);
        return await DemoCitySeeder.SeedAsync(site, Options(300) with { BatchSize = 100 }, includeDemoLogins: true);
    });

    private static async Task<List<string>> Snapshot(UtilityDbContext db)
    {
        var accounts = await db.ServiceAccounts.AsNoTracking()
            .Select(a => new
            {
                a.Number,
                a.Customer!.Name,
                a.Customer.Email,
                a.Premise!.ServiceAddress.Line1,
                a.Premise.ParcelId,
                a.Role,
                a.Status,
                a.Services,
                Charged = db.JournalEntries.Where(e => e.ServiceAccountId == a.Id).Select(e => e.IdempotencyKey).Count(),
            })
            .ToListAsync();
        return accounts.OrderBy(a => a.Number.Value, StringComparer.Ordinal)
            .Select(a => $"{a.Number} {a.Name} {a.Email} {a.Line1} {a.ParcelId} {a.Role} {a.Status} {a.Services} {a.Charged}")
            .ToList();
    }

    [GeneratedRegex(@"^0[01]-\d{4}-\d{3}-\d{4}$")]
    private static partial Regex ParcelPattern();
}
