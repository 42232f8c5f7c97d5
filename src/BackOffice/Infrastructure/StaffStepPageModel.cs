using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Infrastructure;

/// <summary>
/// How a staff page shows a record and takes a step on it: the use case runs with the signed-in actor; on success a
/// status message and post-redirect-get. A record that is not there is 404 and a step the role may not take 403; a
/// broken rule shows its message next to the form field of the same name on the page reloaded, and nothing changed.
/// </summary>
public abstract class StaffStepPageModel(IStringLocalizer<SharedResource> t) : PageModel
{
    protected IStringLocalizer<SharedResource> T => t;

    /// <summary>Loads what the page shows; the use case's NOT_FOUND when it is not there.</summary>
    protected abstract Task LoadAsync(CancellationToken ct);

    /// <summary>The page, or 404 when what it shows is not there.</summary>
    protected async Task<IActionResult> ShowAsync(CancellationToken ct) => await TryLoadAsync(ct) ? Page() : NotFound();

    /// <summary>Loads what the page shows; false when it is not there.</summary>
    protected async Task<bool> TryLoadAsync(CancellationToken ct)
    {
        try
        {
            await LoadAsync(ct);
            return true;
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return false;
        }
    }

    /// <param name="done">The status message, in English words (its Spanish resource's key).</param>
    /// <param name="fieldPrefix">Put before a broken rule's field: the name of the form's model ("Input.").</param>
    protected async Task<IActionResult> ActAsync(Func<Actor, Task> step, string done, string redirect, CancellationToken ct, string fieldPrefix = "")
    {
        try
        {
            await step(Actor.FromPrincipal(User));
            TempData["StatusMessage"] = t[done].Value;
            return Redirect(redirect);
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.Forbidden)
        {
            return Forbid();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, fieldPrefix);
        }

        return await ShowAsync(ct);
    }
}
