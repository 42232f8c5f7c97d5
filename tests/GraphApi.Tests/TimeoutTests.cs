using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests;

/// <summary>Every request runs under the configured timeout (GraphApi:Timeout).</summary>
public sealed class TimeoutTests(ImpatientPortalApiFactory site) : IClassFixture<ImpatientPortalApiFactory>
{
    [Fact]
    public async Task ARequestThatOutlivesTheTimeoutAnswersWithATimeoutError()
    {
        var resident = await site.SignedInAsync(People.DemoResident);

        var response = await resident.PostGraphAsync("{ me { accounts { number balance ledger { totalCount } } } }");

        response.ErrorCodes.ShouldContain("TIMEOUT", response.ToString());
        response.HasData.ShouldBeFalse();
    }
}
