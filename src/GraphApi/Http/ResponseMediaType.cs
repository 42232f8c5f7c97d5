using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace UtilityPortal.GraphApi.Http;

/// <summary>
/// GraphQL-over-HTTP content negotiation: application/graphql-response+json unless the client accepts only (or
/// rather) application/json, which older clients expect.
/// </summary>
public static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The media type to answer with, or null when the client accepts neither (406).</summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return GraphQLResponse;
        }

        var graphQL = Quality(accept, "graphql-response+json");
        var json = Quality(accept, "json");
        if (graphQL <= 0 && json <= 0)
        {
            return null;
        }

        return graphQL >= json ? GraphQLResponse : Json;
    }

    /// <summary>Whether a request body is JSON, the only body a GraphQL POST may have.</summary>
    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The quality the client gives application/<paramref name="subType"/>, by its most specific matching entry
    /// (application/x, then application/*, then */*). Suffixes do not match: application/json is not a +json type.
    /// </summary>
    private static double Quality(IList<MediaTypeHeaderValue> accept, string subType)
    {
        MediaTypeHeaderValue? best = null;
        var bestSpecificity = -1;
        foreach (var entry in accept)
        {
            var specificity = entry.MatchesAllTypes ? 0
                : !entry.Type.Equals("application", StringComparison.OrdinalIgnoreCase) ? -1
                : entry.MatchesAllSubTypes ? 1
                : entry.SubType.Equals(subType, StringComparison.OrdinalIgnoreCase) ? 2
                : -1;
            if (specificity > bestSpecificity)
            {
                best = entry;
                bestSpecificity = specificity;
            }
        }

        return best is null ? 0 : best.Quality ?? 1;
    }
}
