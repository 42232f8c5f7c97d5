using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;

namespace UtilityPortal.Portal.Infrastructure;

public static class DomainErrors
{
    /// <summary>
    /// Puts each broken rule next to its field. The Domain names fields by input property ("MailingAddress.Zip"), the
    /// page binds them under "Input."; the message is looked up by its English text for translation.
    /// </summary>
    public static void AddDomainErrors(this ModelStateDictionary modelState, DomainException exception, IStringLocalizer localizer, string prefix = "Input")
    {
        foreach (var error in exception.Errors)
        {
            var key = string.IsNullOrEmpty(error.Field) ? string.Empty : $"{prefix}.{error.Field}";
            modelState.AddModelError(key, localizer[error.Message]);
        }
    }
}
