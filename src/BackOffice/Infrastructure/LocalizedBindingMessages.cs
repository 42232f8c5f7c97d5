using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace UtilityPortal.BackOffice.Infrastructure;

/// <summary>Model binding's own messages (a date or number that does not parse) in the staff member's language.</summary>
public sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var t = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => t["“{0}” is not a valid value for {1}.", value, field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["“{0}” is not a valid value.", value]);
        messages.SetValueIsInvalidAccessor(value => t["“{0}” is not a valid value.", value]);
        messages.SetUnknownValueIsInvalidAccessor(field => t["Enter a valid value for {0}.", field]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["Enter a valid value."]);
        messages.SetValueMustNotBeNullAccessor(field => t["Enter a valid value for {0}.", field]);
        messages.SetValueMustBeANumberAccessor(field => t["{0} must be a number.", field]);
    }
}
