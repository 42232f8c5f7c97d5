using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Pages.ServiceRequests;

/// <summary>
/// How the request and work order pages run a staff step: the use case with the signed-in actor, a status message and
/// post-redirect-get on success; on a broken rule its message next to the form field of the same name, the page
/// reloaded, and nothing changed.
/// </summary>
public abstract class StaffActions(IStringLocalizer<SharedResource> t) : PageModel
{
    protected IStringLocalizer<SharedResource> T => t;

    protected abstract Task LoadAsync(CancellationToken ct);

    protected async Task<IActionResult> ActAsync(Func<Actor, Task> step, string done, string redirect, CancellationToken ct)
    {
        try
        {
            await step(Actor.FromPrincipal(User));
            TempData["StatusMessage"] = t[done].Value;
            return Redirect(redirect);
        }
        catch (DomainException ex) when (ex.Code != ErrorCodes.NotFound)
        {
            ModelState.AddDomainErrors(ex, t, prefix: string.Empty);
            await LoadAsync(ct);
            return Page();
        }
    }
}

/// <summary>English words (the Spanish resources' keys) for the service enums.</summary>
public static class ServiceText
{
    public static string Words<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var text = new System.Text.StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    public static string Window(DateTimeOffset? start, DateTimeOffset? end) =>
        ServiceTime.Local(start) is { } s && ServiceTime.Local(end) is { } e
            ? $"{s.ToString("ddd d MMM, HH:mm", System.Globalization.CultureInfo.CurrentCulture)}–{e.ToString("HH:mm", System.Globalization.CultureInfo.CurrentCulture)}"
            : string.Empty;
}
