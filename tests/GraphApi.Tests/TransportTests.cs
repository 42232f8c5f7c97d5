using System.Net;
using System.Net.Http.Headers;
using System.Text;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests;

/// <summary>The endpoint follows GraphQL-over-HTTP: methods, media types, status codes and CSRF protection.</summary>
public sealed class TransportTests(PortalApiFactory site) : IClassFixture<PortalApiFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task AQueryOverGetAnswersWithData()
    {
        var resident = await site.SignedInAsync(People.DemoResident);

        var response = await resident.GetGraphAsync("query($n: String!) { account(number: $n) { number } }",
            new { n = (await site.LinkedAccountNumbersAsync(People.DemoResident))[0] }, preflightHeader: true);

        response.ShouldSucceed();
        response.MediaType.ShouldBe(GraphQLResponse);
        response.Data.GetProperty("account").GetProperty("number").GetString().ShouldBe((await site.LinkedAccountNumbersAsync(People.DemoResident))[0]);
    }

    [Fact]
    public async Task AMutationOverGetIsRefusedWith405AndAllowPost()
    {
        var resident = await site.SignedInAsync(People.DemoResident);
        var query = "mutation { addInteraction(input: {accountNumber: \"1\", channel: PHONE, subject: \"s\", note: \"n\"}) { subject } }";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Add("GraphQL-Require-Preflight", "1");

        using var response = await resident.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["POST"]);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Only queries can be sent with GET");
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsABadRequest()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ \"query\": ", Encoding.UTF8, "application/json") };

        var response = await site.CreateBrowser().SendGraphAsync(request);

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.MediaType.ShouldBe(GraphQLResponse);
        response.ErrorCodes.ShouldBe(["INVALID_REQUEST"]);
        response.HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task ADocumentThatDoesNotParseIsABadRequest()
    {
        var response = await site.CreateBrowser().PostGraphAsync("{ me { email ");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.MediaType.ShouldBe(GraphQLResponse);
        response.Errors.ShouldNotBeEmpty();
        response.HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task ADocumentThatFailsValidationIsABadRequest()
    {
        var resident = await site.SignedInAsync(People.DemoResident);

        var response = await resident.PostGraphAsync("{ me { shoeSize } }");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.MediaType.ShouldBe(GraphQLResponse);
        response.Errors.Single().GetProperty("message").GetString()!.ShouldContain("shoeSize");
        response.HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task AClientThatAcceptsOnlyJsonGetsJsonAndTheSpecifications200()
    {
        var resident = await site.SignedInAsync(People.DemoResident);

        var valid = await resident.PostGraphAsync("{ me { email } }", accept: "application/json");
        var invalid = await resident.PostGraphAsync("{ me { shoeSize } }", accept: "application/json");

        valid.ShouldSucceed();
        valid.MediaType.ShouldBe("application/json");
        invalid.Status.ShouldBe(HttpStatusCode.OK);
        invalid.MediaType.ShouldBe("application/json");
        invalid.Errors.ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(null, GraphQLResponse)]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    public async Task TheResponseMediaTypeFollowsTheAcceptHeader(string? accept, string expected)
    {
        var response = await site.CreateBrowser().PostGraphAsync("{ __typename }", accept: accept);

        response.ShouldSucceed();
        response.MediaType.ShouldBe(expected);
    }

    [Fact]
    public async Task AClientThatAcceptsNeitherMediaTypeGets406()
    {
        var response = await site.CreateBrowser().PostGraphAsync("{ __typename }", accept: "text/html");

        response.Status.ShouldBe(HttpStatusCode.NotAcceptable);
    }

    [Fact]
    public async Task APostThatIsNotJsonIsAnUnsupportedMediaType()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ __typename }", Encoding.UTF8, "application/graphql") };

        var response = await site.CreateBrowser().SendGraphAsync(request);

        response.Status.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task ASignedInFormPostWithoutThePreflightHeaderIsRefusedAsCsrf()
    {
        var resident = await site.SignedInAsync(People.DemoResident);
        var own = (await site.LinkedAccountNumbersAsync(People.DemoResident))[0];
        var mutation = $"mutation {{ updateContactDetails(input: {{accountNumber: \"{own}\", email: \"forged@example.com\", "
            + "mailingAddress: {line1: \"1 Evil Way\", city: \"Miami\", state: \"FL\", zip: \"33101\"}, preferredLanguage: \"en\", smsConsent: false}) { changedFields } }}";
        using var form = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["query"] = mutation }) };

        var refused = await resident.SendGraphAsync(form);

        refused.Status.ShouldBe(HttpStatusCode.BadRequest);
        refused.ErrorCodes.ShouldBe(["CSRF"]);
        var email = await resident.PostGraphAsync("query($n: String!) { account(number: $n) { customer { email } } }", new { n = own });
        email.ShouldSucceed().Data.GetProperty("account").GetProperty("customer").GetProperty("email").GetString().ShouldNotBe("forged@example.com");
    }

    [Fact]
    public async Task ASignedInGetNeedsThePreflightHeader()
    {
        var resident = await site.SignedInAsync(People.DemoResident);

        var without = await resident.GetGraphAsync("{ me { email } }");
        var with = await resident.GetGraphAsync("{ me { email } }", preflightHeader: true);

        without.Status.ShouldBe(HttpStatusCode.BadRequest);
        without.ErrorCodes.ShouldBe(["CSRF"]);
        with.ShouldSucceed().Data.GetProperty("me").GetProperty("email").GetString().ShouldBe(People.DemoResident);
    }

    [Fact]
    public async Task AnAnonymousGetNeedsNoPreflightHeader()
    {
        var response = await site.CreateBrowser().GetGraphAsync("{ __typename }");

        response.ShouldSucceed().Data.GetProperty("__typename").GetString().ShouldBe("Query");
    }

    [Fact]
    public async Task AQueryDeeperThanTheLimitIsRefusedBeforeItRuns()
    {
        var deep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }";

        var response = await site.CreateBrowser().PostGraphAsync(deep);

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Body.ShouldContain("depth");
        response.HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task AQueryCostlierThanTheLimitIsRefusedBeforeItRuns()
    {
        var resident = await site.SignedInAsync(People.DemoResident);
        var costly = "{ me { accounts { ledger(first: 100) { edges { cursor node { id effectiveOn kind description amount runningBalance } } } } } }";

        var response = await resident.PostGraphAsync(costly);

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Body.ShouldContain("complexity");
        response.HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task IntrospectionAnswersInDevelopment()
    {
        var response = await site.CreateBrowser().PostGraphAsync("{ __schema { queryType { name } } }");

        response.ShouldSucceed().Data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString().ShouldBe("Query");
    }

    [Fact]
    public async Task UnknownMethodsAreNotServed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };

        var response = await site.CreateBrowser().SendGraphAsync(request);

        response.Status.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }
}
