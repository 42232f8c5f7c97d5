using Microsoft.AspNetCore.Http;

namespace UtilityPortal.GraphApi.Http;

/// <summary>
/// The API authenticates with the site's cookie, which a browser also sends with requests that another site starts.
/// Such a cross-site request can only be "simple" (GET, or a form or text/plain POST) unless the other site passes a
/// CORS preflight, which it cannot. So a signed-in request must be a JSON POST or carry GraphQL-Require-Preflight,
/// either of which forces a preflight.
/// </summary>
public static class CsrfProtection
{
    public const string PreflightHeader = "GraphQL-Require-Preflight";

    public static bool Allows(HttpRequest request) =>
        request.HttpContext.User.Identity?.IsAuthenticated != true
        || (HttpMethods.IsPost(request.Method) && ResponseMediaType.IsJson(request.ContentType))
        || !string.IsNullOrEmpty(request.Headers[PreflightHeader]);
}
