using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace UtilityPortal.Domain.Payments.Checkout;

/// <summary>
/// Keeps checkout return addresses on the Portal, so a checkout cannot be used to send a customer's browser to
/// another site after paying. "The Portal" is <see cref="PaymentOptions.PortalUrl"/>, or else the address the current
/// request came in on.
/// </summary>
public sealed class CheckoutUrls(IOptions<PaymentOptions> options, IHttpContextAccessor http)
{
    /// <summary>The absolute address of a local path or a Portal URL; a clear error for anything else.</summary>
    public Uri RequireLocal(Uri url, string field)
    {
        var origin = Origin() ?? throw Refused(field);
        if (!url.IsAbsoluteUri)
        {
            var path = url.OriginalString;
            if (!IsLocalPath(path))
            {
                throw Refused(field);
            }

            return new Uri(origin, path);
        }

        var sameOrigin = url.Scheme == origin.Scheme
            && string.Equals(url.Host, origin.Host, StringComparison.OrdinalIgnoreCase)
            && url.Port == origin.Port
            && string.IsNullOrEmpty(url.UserInfo);
        return sameOrigin && url.AbsoluteUri.Length <= CheckoutSession.UrlMaxLength ? url : throw Refused(field);
    }

    private Uri? Origin()
    {
        if (options.Value.PortalUrl is { IsAbsoluteUri: true } configured)
        {
            return new Uri(configured.GetLeftPart(UriPartial.Authority));
        }

        var request = http.HttpContext?.Request;
        return request is { Host.HasValue: true } ? new Uri($"{request.Scheme}://{request.Host.Value}") : null;
    }

    // The rule of Url.IsLocalUrl: one leading slash, not "//" or "/\" (those are other hosts to a browser).
    private static bool IsLocalPath(string path) =>
        path.Length is > 0 and <= 400 && path[0] == '/'
        && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Any(char.IsControl);

    private static DomainException Refused(string field) =>
        new(ErrorCodes.Invalid, "The return address must be a page of this Portal.", field);
}
