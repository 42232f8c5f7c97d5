using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Account;

[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<UtilityUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        var token = AccountEmails.DecodeToken(code);
        var user = string.IsNullOrEmpty(userId) || token is null ? null : await users.FindByIdAsync(userId);
        Confirmed = user is not null && (await users.ConfirmEmailAsync(user, token!)).Succeeded;
    }
}
