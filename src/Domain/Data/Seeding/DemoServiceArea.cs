namespace UtilityPortal.Domain.Data.Seeding;

/// <summary>One part of the utility's service area: parcels whose folio number starts with <see cref="ParcelPrefix"/>.</summary>
public sealed record ServiceAreaPart(string ParcelPrefix, string Name, bool InsideCity);

/// <summary>
/// The demo city's service-area list by parcel: the city's own sections (municipality 01) and the unincorporated
/// sections the utility serves under its franchise (00-4101, 00-4102). The demo city's premises all lie in these;
/// any other folio (say 00-4150-...) is outside, and an estimate there is refused.
/// </summary>
public static class DemoServiceArea
{
    public static IReadOnlyList<ServiceAreaPart> Parts { get; } =
    [
        new("01-4101-", "City service area, section 4101", true),
        new("01-4102-", "City service area, section 4102", true),
        new("01-4103-", "City service area, section 4103", true),
        new("00-4101-", "Unincorporated franchise area, section 4101", false),
        new("00-4102-", "Unincorporated franchise area, section 4102", false),
    ];
}
