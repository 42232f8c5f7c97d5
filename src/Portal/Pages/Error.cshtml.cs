using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace UtilityPortal.Portal.Pages;

/// <summary>
/// The page for every error: re-executed by the status code pages (404, 429, ...) and by the exception handler
/// (500). It may be re-executed for a POST, so it answers any method and needs no antiforgery token.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    private int? _status;

    public int Status => _status ??= Resolve();

    public void OnGet(int? code) => ApplyRequestedCode(code);

    public void OnPost(int? code) => ApplyRequestedCode(code);

    /// <summary>Asked for directly (/Error/404), the page answers with that status, like the real thing.</summary>
    private void ApplyRequestedCode(int? code)
    {
        if (!IsReExecuted && code is >= 400 and <= 599)
        {
            Response.StatusCode = code.Value;
        }
    }

    private bool IsReExecuted =>
        HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null || HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;

    private int Resolve() => Response.StatusCode is >= 400 and <= 599 ? Response.StatusCode : 500;
}
