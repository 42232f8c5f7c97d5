using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using UtilityPortal.Domain;

namespace UtilityPortal.Portal.Infrastructure;

/// <summary>
/// Turns the Domain's "not found" (an unknown account, or one the resident has not linked: the two look alike on
/// purpose) into the site's 404 page, so no page has to remember to do it and none can leak which it was.
/// </summary>
public sealed class DomainNotFoundFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (!executed.ExceptionHandled && executed.Exception is DomainException { Code: ErrorCodes.NotFound })
        {
            executed.Result = new NotFoundResult();
            executed.ExceptionHandled = true;
        }
    }
}
