using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;

namespace UtilityPortal.BackOffice.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Puts each broken rule next to its field (DomainError.Field names the input property), in the reader's language.</summary>
    public static void AddDomainErrors(this ModelStateDictionary modelState, DomainException exception, IStringLocalizer localizer, string prefix = "Input.")
    {
        foreach (var error in exception.Errors)
        {
            var key = string.IsNullOrEmpty(error.Field) ? string.Empty : prefix + error.Field;
            modelState.AddModelError(key, localizer[error.Message]);
        }
    }

    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, IStringLocalizer localizer, string key = "")
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(key, localizer[error.Description]);
        }
    }
}
