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

        var graphQL = Quality(accept, GraphQLResponse);
        var json = Quality(accept, Json);
        if (graphQL <= 0 && json <= 0)
        {
            return null;
        }

        return graphQL >= json ? GraphQLResponse : Json;
    }

    /// <summary>Whether a request body is JSON, the only body a GraphQL POST may have.</summary>
    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>The quality the client gives <paramref name="mediaType"/>, by its most specific matching entry.</summary>
    private static double Quality(IList<MediaTypeHeaderValue> accept, string mediaType)
    {
        var target = new MediaTypeHeaderValue(mediaType);
        MediaTypeHeaderValue? best = null;
        foreach (var entry in accept)
        {
            if (target.IsSubsetOf(entry) && (best is null || Specificity(entry) > Specificity(best)))
            {
                best = entry;
            }
        }

        return best is null ? 0 : best.Quality ?? 1;
    }

    private static int Specificity(MediaTypeHeaderValue value) => value.MatchesAllTypes ? 0 : value.MatchesAllSubTypes ? 1 : 2;
}
