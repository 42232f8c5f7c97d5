using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using UtilityPortal.GraphApi.Authorization;

namespace UtilityPortal.GraphApi.Http;

/// <summary>
/// /graphql, following the GraphQL-over-HTTP specification: POST with a JSON body, GET for queries only, answers in
/// application/graphql-response+json (or application/json for clients that accept only that), 400 for a request
/// that fails to parse or validate. Who is asking is the site's cookie (HttpContext.User).
/// </summary>
public static class GraphQLEndpoint
{
    public static async Task HandleAsync(HttpContext http)
    {
        // Every answer here carries its own JSON body; the sites' HTML status code pages must not replace it.
        if (http.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var mediaType = ResponseMediaType.Negotiate(http.Request);
        if (mediaType is null)
        {
            await WriteProblemAsync(http, serializer, ResponseMediaType.Json, StatusCodes.Status406NotAcceptable, "NOT_ACCEPTABLE",
                $"This endpoint answers in {ResponseMediaType.GraphQLResponse} or {ResponseMediaType.Json}.");
            return;
        }

        if (!CsrfProtection.Allows(http.Request))
        {
            await WriteProblemAsync(http, serializer, mediaType, StatusCodes.Status400BadRequest, "CSRF",
                $"A signed-in request must be a POST with a JSON body or carry the {CsrfProtection.PreflightHeader} header.");
            return;
        }

        var read = await GraphQLHttpRequest.ReadAsync(http.Request, serializer);
        if (read.Request is null)
        {
            await WriteProblemAsync(http, serializer, mediaType, read.StatusCode, "INVALID_REQUEST", read.Problem!);
            return;
        }

        var result = await ExecuteAsync(http, read.Request);
        var status = StatusCodeFor(http, result, mediaType);
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = HttpMethods.Post;
        }

        await WriteAsync(http, serializer, mediaType, status, result);
    }

    private static Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request)
    {
        var services = http.RequestServices;
        var limits = services.GetRequiredService<IOptions<GraphApiOptions>>().Value;
        return services.GetRequiredService<IDocumentExecuter>().ExecuteAsync(options =>
        {
            options.Schema = services.GetRequiredService<ISchema>();
            options.Query = request.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.User = http.User;
            options.RequestServices = services;
            options.CancellationToken = http.RequestAborted;
            options.Timeout = limits.Timeout;
            options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            if (HttpMethods.IsGet(http.Request.Method))
            {
                options.ValidationRules = DocumentValidator.CoreRules.Append(QueryOnlyOverGetRule.Instance);
            }
        });
    }

    /// <summary>
    /// A request that never executed (it failed to parse or validate) is a bad request, except that a mutation over
    /// GET is the wrong method, and a refusal by the authorization rule alone says who may ask (401 or 403). With
    /// application/json the specification keeps 200 for every well-formed request, for older clients.
    /// </summary>
    private static int StatusCodeFor(HttpContext http, ExecutionResult result, string mediaType)
    {
        if (result.Executed || result.Errors is not { Count: > 0 } errors)
        {
            return StatusCodes.Status200OK;
        }

        if (errors.Any(e => e is OnlyQueriesOverGetError))
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (mediaType == ResponseMediaType.Json)
        {
            return StatusCodes.Status200OK;
        }

        if (errors.All(e => e is AccessDeniedError))
        {
            return http.User.Identity?.IsAuthenticated == true ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
        }

        return StatusCodes.Status400BadRequest;
    }

    private static Task WriteProblemAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, string code, string message) =>
        WriteAsync(http, serializer, mediaType, status, new ExecutionResult(new ExecutionError(message) { Code = code }));

    private static async Task WriteAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, int status, ExecutionResult result)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await ((IGraphQLSerializer)serializer).WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
