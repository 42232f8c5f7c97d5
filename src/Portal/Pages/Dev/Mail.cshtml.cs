using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Portal.Pages.Dev;

/// <summary>
/// Development only: the mails in the pick-up folder, newest first, with clickable links, so a developer can confirm
/// an e-mail address or reset a password without a mail server. Anywhere else it is a 404.
/// </summary>
[AllowAnonymous]
public sealed partial class MailModel(IWebHostEnvironment environment, PickupFolderEmailSender pickup) : PageModel
{
    public const int Shown = 50;

    public IReadOnlyList<PickedUpMail> Mails { get; private set; } = [];

    public string Folder => pickup.Folder;

    public IActionResult OnGet()
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        Mails = PickupFolder.ReadAll(pickup.Folder).Take(Shown).ToList();
        return Page();
    }

    /// <summary>The body cut into text and links; the page encodes both, so a mail cannot inject markup.</summary>
    public static IEnumerable<(string Text, bool IsLink)> Segments(string body)
    {
        var at = 0;
        foreach (Match match in LinkPattern().Matches(body))
        {
            if (match.Index > at)
            {
                yield return (body[at..match.Index], false);
            }

            yield return (match.Value, true);
            at = match.Index + match.Length;
        }

        if (at < body.Length)
        {
            yield return (body[at..], false);
        }
    }

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex LinkPattern();
}
