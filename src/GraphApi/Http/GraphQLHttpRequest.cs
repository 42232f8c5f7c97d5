using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;

namespace UtilityPortal.GraphApi.Http;

/// <summary>Reads a GraphQL request from GET query parameters or a JSON POST body, or says why it cannot (400, 415).</summary>
public static class GraphQLHttpRequest
{
    public sealed record Outcome(GraphQLRequest? Request, int StatusCode, string? Problem);

    public static async Task<Outcome> ReadAsync(HttpRequest http, IGraphQLTextSerializer serializer)
    {
        var isGet = HttpMethods.IsGet(http.Method);
        if (!isGet && !ResponseMediaType.IsJson(http.ContentType))
        {
            return new(null, StatusCodes.Status415UnsupportedMediaType, "Send the request as application/json.");
        }

        GraphQLRequest? request;
        try
        {
            request = isGet
                ? FromQueryString(http.Query, serializer)
                : await ((IGraphQLSerializer)serializer).ReadAsync<GraphQLRequest>(http.Body, http.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return new(null, StatusCodes.Status400BadRequest, "The request is not valid JSON.");
        }

        return string.IsNullOrWhiteSpace(request?.Query)
            ? new(null, StatusCodes.Status400BadRequest, "The request has no query.")
            : new(request, StatusCodes.Status200OK, null);
    }

    private static GraphQLRequest FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer) => new()
    {
        Query = query["query"],
        OperationName = NullIfEmpty(query["operationName"]),
        Variables = NullIfEmpty(query["variables"]) is { } variables ? serializer.Deserialize<Inputs>(variables) : null,
        Extensions = NullIfEmpty(query["extensions"]) is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
    };

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
