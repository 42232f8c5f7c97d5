using Xunit.Abstractions;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests;

/// <summary>A list of accounts with their customers, premises, meters and balances costs the same SQL whatever its length.</summary>
public sealed class BatchingTests(PortalApiFactory portal, BackOfficeApiFactory backOffice, ITestOutputHelper output)
    : IClassFixture<PortalApiFactory>, IClassFixture<BackOfficeApiFactory>
{
    private const string AccountFields = """
        number status balance dueOn aging { current days90Plus }
        customer { name email mailingAddress { zip } }
        premise { parcelId serviceAddress { line1 } }
        meters { serialNumber size }
        """;

    [Fact]
    public async Task MyAccountsCostTheSameSqlForFiveAccountsAsForForty()
    {
        var numbers = await portal.AccountNumbersAsync();
        var five = await portal.CreateResidentAsync("five@example.com", numbers.Take(5));
        var forty = await portal.CreateResidentAsync("forty@example.com", numbers.Skip(5).Take(40));

        var (fiveCommands, fiveAccounts) = await CountAsync(portal, await portal.SignedInAsync(five), $"{{ me {{ accounts {{ {AccountFields} }} }} }}", "me", "accounts");
        var (fortyCommands, fortyAccounts) = await CountAsync(portal, await portal.SignedInAsync(forty), $"{{ me {{ accounts {{ {AccountFields} }} }} }}", "me", "accounts");

        fiveAccounts.ShouldBe(5);
        fortyAccounts.ShouldBe(40);
        fortyCommands.ShouldBe(fiveCommands);
    }

    [Fact]
    public async Task SearchResultsCostTheSameSqlForFiveAccountsAsForForty()
    {
        var staff = await backOffice.SignedInAsync(People.DemoSpecialist);
        // Every demo account number starts with the same digits, so one prefix finds them all.
        var prefix = (await backOffice.AccountNumbersAsync())[0][..4];

        var (fiveCommands, fiveAccounts) = await CountAsync(backOffice, staff, $"{{ searchAccounts(query: \"{prefix}\", first: 5) {{ {AccountFields} }} }}", "searchAccounts");
        var (fortyCommands, fortyAccounts) = await CountAsync(backOffice, staff, $"{{ searchAccounts(query: \"{prefix}\", first: 40) {{ {AccountFields} }} }}", "searchAccounts");

        fiveAccounts.ShouldBe(5);
        fortyAccounts.ShouldBe(40);
        fortyCommands.ShouldBe(fiveCommands);
    }

    private async Task<(int Commands, int Accounts)> CountAsync(IApiSite site, HttpClient client, string query, params string[] path)
    {
        site.SqlCommands.Reset();
        var response = await client.PostGraphAsync(query);
        var commands = site.SqlCommands.Count;
        var list = response.ShouldSucceed().Data;
        foreach (var step in path)
        {
            list = list.GetProperty(step);
        }

        output.WriteLine($"{list.GetArrayLength()} accounts: {commands} SQL commands for the whole request");
        return (commands, list.GetArrayLength());
    }
}
