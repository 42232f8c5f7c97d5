using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Admin.Users;

public sealed class CreateModel(StaffAdministration staff, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string TemporaryPasswordKey = "TemporaryPassword";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Display(Name = "Name")]
        public string? DisplayName { get; set; }

        [Display(Name = "E-mail address")]
        public string? Email { get; set; }

        [Display(Name = "Role")]
        public string? Role { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var (user, password) = await staff.CreateAsync(Actor.FromPrincipal(User), Input.DisplayName, Input.Email, Input.Role, ct);
            // Shown once on the user's page after the redirect; TempData is encrypted and read-once.
            TempData[TemporaryPasswordKey] = password;
            TempData["StatusMessage"] = t["The staff user was created."].Value;
            return Redirect($"/Admin/Users/{Uri.EscapeDataString(user.Id)}");
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t);
            return Page();
        }
    }
}
