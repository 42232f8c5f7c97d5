using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace UtilityPortal.Portal.Infrastructure;

/// <summary>The messages model binding writes itself (a date that is not a date, a number that is not a number), in the reader's language.</summary>
public static class LocalizedBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages, IStringLocalizer l)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => l["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["The value '{0}' is not valid.", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => l["The value entered for {0} is not valid.", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["The value entered is not valid."]);
        messages.SetValueIsInvalidAccessor(value => l["The value '{0}' is not valid.", value]);
        messages.SetValueMustBeANumberAccessor(field => l["{0} must be a number.", field]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Enter a number."]);
        messages.SetValueMustNotBeNullAccessor(value => l["The value entered is not valid."]);
        messages.SetMissingBindRequiredValueAccessor(field => l["Enter a value for {0}.", field]);
        messages.SetMissingKeyOrValueAccessor(() => l["Enter a value."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Enter a value."]);
    }
}
