using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace UtilityPortal.Portal.Infrastructure;

/// <summary>
/// Razor Pages answers a method a page has no handler for (a POST to a page with only OnGet) by rendering the page
/// without running any handler, so nothing is loaded and the page fails. Such a request gets 405 instead. Error pages
/// re-executed for a failed request of any method are left alone.
/// </summary>
public sealed class UnhandledMethodFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && http.Features.Get<IStatusCodeReExecuteFeature>() is null && http.Features.Get<IExceptionHandlerFeature>() is null)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return Task.CompletedTask;
        }

        return next();
    }
}
