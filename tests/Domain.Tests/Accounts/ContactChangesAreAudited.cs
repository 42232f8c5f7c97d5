using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Tests.Builders;

namespace UtilityPortal.Domain.Tests.Accounts;

public sealed class ContactChangesAreAudited : IDisposable
{
    private static readonly Actor Specialist = new("staff-1", "specialist1@example.com", true, new HashSet<string> { StaffRoles.SpecialistI });
    private readonly TestDb _db = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 15, 0, 0, TimeSpan.Zero));

    private static ContactDetailsInput ValidInput(string email = "ana.new@example.com") => new()
    {
        Email = email,
        MailingAddress = new AddressInput { Line1 = "100 Palm Ave", City = "Palm Harbor City", State = "fl", Zip = "33401" },
        HomePhone = "(305) 555-0123",
        MobilePhone = "561 555 0199",
        PreferredLanguage = "es",
        SmsConsent = true,
    };

    [Fact]
    public async Task EachChangedFieldIsRecordedWithOldAndNewValueWhoAndWhen()
    {
        var account = _db.AddAccount();
        await using (var db = _db.NewContext())
        {
            var changes = await new UpdateContactDetails(db, new AccountAccess(db), _clock).HandleAsync(Specialist, account.Number.Value, ValidInput());
            changes.Select(c => c.Field).ShouldBe(["Email", "MobilePhone", "PreferredLanguage", "SmsConsent"], ignoreOrder: true);
        }

        await using var check = _db.NewContext();
        var audit = await check.AuditEntries.Where(a => a.Action == "ContactChanged").ToListAsync();
        var email = audit.Single(a => a.Field == "Email");
        email.Before.ShouldBe("owner@example.com");
        email.After.ShouldBe("ana.new@example.com");
        email.Actor.ShouldBe("specialist1@example.com");
        email.At.ShouldBe(_clock.GetUtcNow());
        audit.Single(a => a.Field == "MobilePhone").After.ShouldBe("+15615550199");

        var customer = await check.Customers.SingleAsync();
        customer.SmsConsent.Given.ShouldBeTrue();
        customer.SmsConsent.Source.ShouldBe("staff:specialist1@example.com");
        customer.PreferredLanguage.ShouldBe("es");
    }

    [Fact]
    public async Task InvalidInputReportsEveryBadFieldAndSavesNothing()
    {
        var account = _db.AddAccount();
        var input = ValidInput("not-an-email") with
        {
            MobilePhone = "12",
            MailingAddress = new AddressInput { Line1 = "1 Main St", City = "Miami", State = "Florida", Zip = "331" },
        };

        await using (var db = _db.NewContext())
        {
            var error = await Should.ThrowAsync<DomainException>(() =>
                new UpdateContactDetails(db, new AccountAccess(db), _clock).HandleAsync(Specialist, account.Number.Value, input));
            error.Errors.Select(e => e.Field).ShouldBe(["Email", "MailingAddress.State", "MailingAddress.Zip", "MobilePhone"], ignoreOrder: true);
        }

        await using var check = _db.NewContext();
        (await check.AuditEntries.CountAsync()).ShouldBe(0);
        (await check.Customers.SingleAsync()).Email.ShouldBe("owner@example.com");
    }

    [Fact]
    public async Task AResidentCannotChangeAnAccountThatIsNotLinkedToThem()
    {
        var account = _db.AddAccount();
        var stranger = new Actor("resident-9", "someone@example.com", false, new HashSet<string> { PublicRoles.Resident });
        await using var db = _db.NewContext();

        var error = await Should.ThrowAsync<DomainException>(() =>
            new UpdateContactDetails(db, new AccountAccess(db), _clock).HandleAsync(stranger, account.Number.Value, ValidInput()));

        error.Code.ShouldBe(ErrorCodes.NotFound);
        (await db.AuditEntries.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task TheSearchIndexFollowsANewEmail()
    {
        var account = _db.AddAccount();
        await using (var db = _db.NewContext())
        {
            await new UpdateContactDetails(db, new AccountAccess(db), _clock).HandleAsync(Specialist, account.Number.Value, ValidInput());
        }

        await using var check = _db.NewContext();
        var hits = await new SearchAccounts(check).HandleAsync(Specialist, "ana.new@");
        hits.Single().AccountNumber.ShouldBe(account.Number.Value);
        (await new SearchAccounts(check).HandleAsync(Specialist, "owner@example")).ShouldBeEmpty();
    }

    public void Dispose() => _db.Dispose();
}
