using System.Text.RegularExpressions;
using UtilityPortal.Domain.Data.Seeding;

namespace UtilityPortal.Domain.Development;

/// <param name="Area">Null when the parcel lies outside the service area.</param>
public sealed record ServiceAvailability(string ParcelId, ServiceAreaPart? Area)
{
    public bool Served => Area is not null;
}

/// <summary>
/// "Verifies service availability": whether a parcel (a county folio number such as 01-4101-012-0040) lies in the
/// utility's service area, from the service-area list. Reads nothing else, so it is open to any contractor.
/// </summary>
public static partial class CheckServiceAvailability
{
    public static ServiceAvailability Handle(string? parcelId)
    {
        var parcel = Normalize(parcelId);
        return new ServiceAvailability(parcel, DemoServiceArea.Parts.FirstOrDefault(p => parcel.StartsWith(p.ParcelPrefix, StringComparison.Ordinal)));
    }

    /// <summary>The folio number as the county writes it; anything else is refused with the expected shape.</summary>
    public static string Normalize(string? parcelId)
    {
        var parcel = parcelId?.Trim() ?? string.Empty;
        return FolioPattern().IsMatch(parcel)
            ? parcel
            : throw new DomainException(ErrorCodes.Invalid, "Enter the parcel's folio number as the county writes it, e.g. 01-4101-012-0040.", "parcelId");
    }

    [GeneratedRegex(@"^\d{2}-\d{4}-\d{3}-\d{4}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex FolioPattern();
}
