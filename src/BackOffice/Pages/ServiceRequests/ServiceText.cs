using UtilityPortal.Domain;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Pages.ServiceRequests;

/// <summary>English words (the Spanish resources' keys) for the service enums.</summary>
public static class ServiceText
{
    public static string Words<T>(T value)
        where T : struct, Enum => EnumWords.Of(value);

    public static string Window(DateTimeOffset? start, DateTimeOffset? end) =>
        ServiceTime.Local(start) is { } s && ServiceTime.Local(end) is { } e
            ? $"{s.ToString("ddd d MMM, HH:mm", System.Globalization.CultureInfo.CurrentCulture)}–{e.ToString("HH:mm", System.Globalization.CultureInfo.CurrentCulture)}"
            : string.Empty;
}
