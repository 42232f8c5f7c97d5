using System.Net;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests;

/// <summary>Outside Development the schema is not advertised.</summary>
public sealed class ProductionTests(ProductionPortalApiFactory site) : IClassFixture<ProductionPortalApiFactory>
{
    [Fact]
    public async Task IntrospectionIsRefusedOutsideDevelopment()
    {
        var response = await site.CreateBrowser().PostGraphAsync("{ __schema { queryType { name } } }");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Body.ShouldContain("ntrospection");
        response.HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task TypenameStillAnswersOutsideDevelopment()
    {
        var response = await site.CreateBrowser().PostGraphAsync("{ __typename }");

        response.ShouldSucceed();
    }
}
