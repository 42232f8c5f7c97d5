using System.Net;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests;

/// <summary>The authorization rule: anonymous callers get nothing, residents get resident fields, staff get staff fields.</summary>
public sealed class AuthorizationTests(PortalApiFactory portal, BackOfficeApiFactory backOffice)
    : IClassFixture<PortalApiFactory>, IClassFixture<BackOfficeApiFactory>
{
    [Theory]
    [InlineData("{ me { email } }")]
    [InlineData("{ account(number: \"0000000018\") { number } }")]
    [InlineData("mutation { addInteraction(input: {accountNumber: \"0000000018\", channel: PHONE, subject: \"s\", note: \"n\"}) { subject } }")]
    public async Task AnAnonymousRequestGetsAnAuthorizationErrorAndNoData(string query)
    {
        var response = await portal.CreateBrowser().PostGraphAsync(query);

        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
        response.ErrorCodes.ShouldNotBeEmpty();
        response.ErrorCodes.ShouldAllBe(code => code == "ACCESS_DENIED");
        response.HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task AResidentSeesThemselvesAndTheirLinkedAccounts()
    {
        var resident = await portal.SignedInAsync(People.DemoResident);

        var response = await resident.PostGraphAsync("{ me { email displayName roles accounts { number } } }");

        var me = response.ShouldSucceed().Data.GetProperty("me");
        me.GetProperty("email").GetString().ShouldBe(People.DemoResident);
        me.GetProperty("displayName").GetString().ShouldNotBeNullOrWhiteSpace();
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Resident"]);
        me.GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("number").GetString()).Order(StringComparer.Ordinal)
            .ShouldBe(await portal.LinkedAccountNumbersAsync(People.DemoResident));
    }

    [Theory]
    [InlineData("{ searchAccounts(query: \"ma\") { number } }")]
    [InlineData("mutation { addInteraction(input: {accountNumber: \"0000000018\", channel: PHONE, subject: \"s\", note: \"n\"}) { subject } }")]
    public async Task AResidentIsRefusedStaffFields(string query)
    {
        var resident = await portal.SignedInAsync(People.DemoResident);

        var response = await resident.PostGraphAsync(query);

        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        response.ErrorCodes.ShouldBe(["ACCESS_DENIED"]);
        response.HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task AResidentIsRefusedTheInteractionLogEvenOfTheirOwnAccount()
    {
        var resident = await portal.SignedInAsync(People.DemoResident);
        var own = (await portal.LinkedAccountNumbersAsync(People.DemoResident))[0];

        var response = await resident.PostGraphAsync("query($n: String!) { account(number: $n) { interactions { note } } }", new { n = own });

        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        response.ErrorCodes.ShouldBe(["ACCESS_DENIED"]);
        response.HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task StaffSearchAndHaveNoLinkedAccounts()
    {
        var staff = await backOffice.SignedInAsync(People.DemoSpecialist);
        var number = (await backOffice.AccountNumbersAsync())[0];

        var response = await staff.PostGraphAsync("query($q: String!) { me { roles accounts { number } } searchAccounts(query: $q) { number } }", new { q = number });

        var data = response.ShouldSucceed().Data;
        data.GetProperty("me").GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["SpecialistI"]);
        data.GetProperty("me").GetProperty("accounts").GetArrayLength().ShouldBe(0);
        data.GetProperty("searchAccounts").EnumerateArray().Select(a => a.GetProperty("number").GetString()).ShouldContain(number);
    }

    [Fact]
    public async Task SkippedStaffFieldsDoNotCountAgainstAResident()
    {
        var resident = await portal.SignedInAsync(People.DemoResident);

        var response = await resident.PostGraphAsync("{ me { email } searchAccounts(query: \"ma\") @skip(if: true) { number } }");

        response.ShouldSucceed();
    }

    [Fact]
    public async Task AStaffFieldInsideAFragmentIsStillRefused()
    {
        var resident = await portal.SignedInAsync(People.DemoResident);

        var response = await resident.PostGraphAsync("query { ...Search } fragment Search on Query { searchAccounts(query: \"ma\") { number } }");

        response.Status.ShouldBe(HttpStatusCode.Forbidden);
        response.ErrorCodes.ShouldBe(["ACCESS_DENIED"]);
    }

    [Fact]
    public async Task OnlyTheChosenOperationIsChecked()
    {
        var resident = await portal.SignedInAsync(People.DemoResident);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new
            {
                query = "query Mine { me { email } } query Staff { searchAccounts(query: \"ma\") { number } }",
                operationName = "Mine",
            }),
        };

        var response = await resident.SendGraphAsync(request);

        response.ShouldSucceed();
    }
}
