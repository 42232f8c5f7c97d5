using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace UtilityPortal.GraphApi.Tests.Infrastructure;

/// <summary>What a GraphQL client sees of one response.</summary>
public sealed class GraphResponse
{
    public GraphResponse(HttpStatusCode status, string? mediaType, string body)
    {
        Status = status;
        MediaType = mediaType;
        Body = body;
        Json = body.Length > 0 && body.TrimStart().StartsWith('{') ? JsonDocument.Parse(body).RootElement.Clone() : default;
    }

    public HttpStatusCode Status { get; }

    public string? MediaType { get; }

    public string Body { get; }

    public JsonElement Json { get; }

    public bool HasData => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null;

    public JsonElement Data => Json.GetProperty("data");

    public IReadOnlyList<JsonElement> Errors =>
        Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("errors", out var errors) ? [.. errors.EnumerateArray()] : [];

    public IReadOnlyList<string?> ErrorCodes => [.. Errors.Select(e => Extension(e, "code"))];

    public IReadOnlyList<string?> ErrorFields => [.. Errors.Select(e => Extension(e, "field"))];

    public static string? Extension(JsonElement error, string name) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty(name, out var value) ? value.ToString() : null;

    /// <summary>Fails with the whole body, so a failing test shows what the API said.</summary>
    public GraphResponse ShouldSucceed()
    {
        Status.ShouldBe(HttpStatusCode.OK, Body);
        Errors.ShouldBeEmpty(Body);
        return this;
    }

    public override string ToString() => $"{(int)Status} {MediaType}: {Body}";
}

public static class GraphClient
{
    public const string Path = "/graphql";

    public static async Task<GraphResponse> PostGraphAsync(this HttpClient client, string query, object? variables = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = JsonContent.Create(new { query, variables }) };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await SendGraphAsync(client, request);
    }

    public static async Task<GraphResponse> GetGraphAsync(this HttpClient client, string query, object? variables = null, bool preflightHeader = false)
    {
        var url = $"{Path}?query={Uri.EscapeDataString(query)}";
        if (variables is not null)
        {
            url += "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables));
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (preflightHeader)
        {
            request.Headers.Add("GraphQL-Require-Preflight", "1");
        }

        return await SendGraphAsync(client, request);
    }

    public static async Task<GraphResponse> SendGraphAsync(this HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        return new GraphResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }
}
