using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests;

/// <summary>What staff do through the API on the BackOffice: search, read an account in full, log interactions, edit contacts.</summary>
public sealed class StaffTests(BackOfficeApiFactory site) : IClassFixture<BackOfficeApiFactory>
{
    [Fact]
    public async Task SearchFindsAnAccountByItsCustomersName()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var account = await site.WithDbAsync(db => db.ServiceAccounts.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Number, a.Customer!.Name }).FirstAsync());
        var (number, name) = (account.Number.Value, account.Name);

        var response = await staff.PostGraphAsync("query($q: String!) { searchAccounts(query: $q, first: 50) { number customer { name } premise { parcelId } } }",
            new { q = name });

        var hits = response.ShouldSucceed().Data.GetProperty("searchAccounts").EnumerateArray().ToList();
        hits.ShouldContain(h => h.GetProperty("number").GetString() == number);
        hits.ShouldAllBe(h => h.GetProperty("premise").GetProperty("parcelId").GetString()!.Length > 0);
    }

    [Fact]
    public async Task AnAccountReadsAsTheAccountPageShowsIt()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var number = (await site.AccountNumbersAsync())[3];
        var overview = await OverviewAsync(number);

        var response = await staff.PostGraphAsync("""
            query($n: String!) {
              account(number: $n) {
                number status role billingCycle services openedOn closedOn balance depositHeld dueOn
                aging { current days30 days60 days90Plus }
                customer { name kind email mailingAddress { zip } smsConsent { given } }
                premise { parcelId serviceAddress { line1 } insideCity class dwellingUnits imperviousSqFt ownerOfRecord }
                meters { serialNumber size installedOn status }
                ledger(first: 100) { totalCount }
              }
            }
            """, new { n = number });

        var account = response.ShouldSucceed().Data.GetProperty("account");
        account.GetProperty("number").GetString().ShouldBe(number);
        account.GetProperty("balance").GetDecimal().ShouldBe(overview.Standing.Balance.Amount);
        account.GetProperty("depositHeld").GetDecimal().ShouldBe(overview.Standing.DepositHeld.Amount);
        account.GetProperty("aging").GetProperty("days90Plus").GetDecimal().ShouldBe(overview.Standing.Aging.Days90Plus.Amount);
        account.GetProperty("dueOn").ValueKind.ShouldBe(overview.DueOn is null ? JsonValueKind.Null : JsonValueKind.String);
        account.GetProperty("customer").GetProperty("name").GetString().ShouldBe(overview.Customer.Name);
        account.GetProperty("premise").GetProperty("parcelId").GetString().ShouldBe(overview.Premise.ParcelId);
        account.GetProperty("meters").GetArrayLength().ShouldBe(overview.Meters.Count);
        account.GetProperty("openedOn").GetString().ShouldBe(overview.OpenedOn.ToString("yyyy-MM-dd", null));
    }

    [Fact]
    public async Task TheLedgerPagesNewestFirstWithARunningBalance()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var number = (await site.AccountNumbersAsync())[5];
        const string query = """
            query($n: String!, $after: String) {
              account(number: $n) {
                balance
                ledger(first: 2, after: $after) {
                  totalCount
                  pageInfo { hasNextPage hasPreviousPage endCursor }
                  edges { cursor node { id amount runningBalance postedBy } }
                }
              }
            }
            """;

        var first = (await staff.PostGraphAsync(query, new { n = number })).ShouldSucceed().Data.GetProperty("account");
        var ledger = first.GetProperty("ledger");
        ledger.GetProperty("totalCount").GetInt32().ShouldBeGreaterThan(2);
        var edges = ledger.GetProperty("edges").EnumerateArray().ToList();
        edges.Count.ShouldBe(2);
        edges[0].GetProperty("node").GetProperty("runningBalance").GetDecimal().ShouldBe(first.GetProperty("balance").GetDecimal());
        (edges[0].GetProperty("node").GetProperty("runningBalance").GetDecimal() - edges[0].GetProperty("node").GetProperty("amount").GetDecimal())
            .ShouldBe(edges[1].GetProperty("node").GetProperty("runningBalance").GetDecimal());
        ledger.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean().ShouldBeTrue();

        var after = ledger.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (await staff.PostGraphAsync(query, new { n = number, after })).ShouldSucceed().Data.GetProperty("account").GetProperty("ledger");
        second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean().ShouldBeTrue();
        var next = second.GetProperty("edges")[0].GetProperty("node");
        next.GetProperty("id").GetString().ShouldNotBe(edges[1].GetProperty("node").GetProperty("id").GetString());
        (edges[1].GetProperty("node").GetProperty("runningBalance").GetDecimal() - edges[1].GetProperty("node").GetProperty("amount").GetDecimal())
            .ShouldBe(next.GetProperty("runningBalance").GetDecimal());
    }

    [Fact]
    public async Task ACursorFromAnotherLedgerIsATypedError()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);

        var response = await staff.PostGraphAsync("query($n: String!) { account(number: $n) { ledger(after: \"bm9wZQ==\") { totalCount } } }",
            new { n = (await site.AccountNumbersAsync())[0] });

        response.ErrorCodes.ShouldBe(["INVALID"]);
        response.ErrorFields.ShouldBe(["after"]);
    }

    [Fact]
    public async Task StaffLogAnInteractionAndSeeItOnTheAccount()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var number = (await site.AccountNumbersAsync())[7];

        var added = await staff.PostGraphAsync("""
            mutation($n: String!) { addInteraction(input: {accountNumber: $n, channel: PHONE, subject: "High bill", note: "Explained the leak credit."}) { subject recordedBy channel } }
            """, new { n = number });
        var log = await staff.PostGraphAsync("query($n: String!) { account(number: $n) { interactions(first: 5) { subject note channel at } } }", new { n = number });

        added.ShouldSucceed().Data.GetProperty("addInteraction").GetProperty("channel").GetString().ShouldBe("PHONE");
        log.ShouldSucceed().Data.GetProperty("account").GetProperty("interactions")[0].GetProperty("note").GetString().ShouldBe("Explained the leak credit.");
    }

    [Fact]
    public async Task AnInteractionWithoutSubjectOrNoteGivesTypedErrorsAndSavesNothing()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var number = (await site.AccountNumbersAsync())[8];
        var before = await site.WithDbAsync(db => db.Interactions.CountAsync());

        var response = await staff.PostGraphAsync("""
            mutation($n: String!) { addInteraction(input: {accountNumber: $n, channel: EMAIL, subject: " ", note: ""}) { subject } }
            """, new { n = number });

        response.ErrorCodes.ShouldBe(["INVALID", "INVALID"]);
        response.ErrorFields.ShouldBe(["subject", "note"]);
        response.Data.GetProperty("addInteraction").ValueKind.ShouldBe(JsonValueKind.Null);
        (await site.WithDbAsync(db => db.Interactions.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task StaffUpdateAnyCustomersContactDetailsAndTheAuditNamesThem()
    {
        var staff = await site.SignedInAsync(People.DemoSpecialist);
        var number = (await site.AccountNumbersAsync())[9];

        var response = await staff.PostGraphAsync(ContactInputs.Mutation, new { input = ContactInputs.Valid(number, "by.staff@example.com") });

        response.ShouldSucceed().Data.GetProperty("updateContactDetails").GetProperty("customer").GetProperty("smsConsent")
            .GetProperty("source").GetString()!.ShouldStartWith("staff:");
        var audit = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.After == "by.staff@example.com").ToListAsync());
        audit.Single().Actor.ShouldBe(People.DemoSpecialist);
    }

    private async Task<AccountOverview> OverviewAsync(string number)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var actor = new Actor("test", "test", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });
        return await scope.ServiceProvider.GetRequiredService<GetAccountOverview>().HandleAsync(actor, number);
    }
}
