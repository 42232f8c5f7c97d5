using System.Globalization;
using Bogus;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.Domain.Data.Seeding;

/// <summary>A street of the demo city and the ZIP code its mail goes to.</summary>
internal sealed record Street(string Name, string Zip);

/// <summary>The fixed parts of the demo city: its streets, the fictional phone numbers its customers have, and so on.</summary>
internal sealed class CityDirectory
{
    private static readonly string[] StreetRoots =
    [
        "Palm", "Royal Palm", "Sabal Palm", "Coconut", "Coral", "Hibiscus", "Mango", "Poinciana", "Banyan", "Seagrape",
        "Flamingo", "Pelican", "Heron", "Egret", "Ibis", "Osprey", "Manatee", "Tarpon", "Dolphin", "Snook", "Cypress",
        "Mahogany", "Gumbo Limbo", "Jacaranda", "Bougainvillea", "Orchid", "Lantana", "Oleander", "Magnolia", "Citrus",
        "Key Lime", "Avocado", "Sea Grape", "Ocean", "Bayview", "Lagoon", "Harbor", "Marina", "Inlet", "Lakeview",
        "Sandpiper", "Conch", "Seminole", "Okeechobee", "Everglades", "Biscayne", "Ponce de Leon", "Granada", "Sevilla",
        "Valencia", "Alhambra", "Cordova", "Andalusia", "Sunset", "Sunrise", "Tropic", "Trade Wind", "Gulfstream",
        "Plantation", "Pineapple", "Mangrove", "Cocoplum", "Silver Palm", "Bamboo", "Frangipani", "Jasmine", "Gardenia",
    ];

    private static readonly string[] NamedTypes = ["St", "Ave", "Dr", "Ct", "Ln", "Way", "Ter", "Pl", "Rd", "Blvd", "Cir", "Trl"];

    private static readonly string[] NumberedTypes = ["St", "Ave", "Ct", "Ter", "Pl", "Dr"];

    private static readonly string[] Directions = ["NE", "NW", "SE", "SW"];

    /// <summary>Area codes of South Florida; every number is in the 555-0100..0199 range reserved for fiction.</summary>
    private static readonly string[] AreaCodes = ["305", "786", "954", "754", "561"];

    private static readonly (string City, string State, string ZipPrefix)[] AwayCities =
    [
        ("Brooklyn", "NY", "112"), ("Yonkers", "NY", "107"), ("Newark", "NJ", "071"), ("Columbus", "OH", "432"),
        ("Boston", "MA", "021"), ("Chicago", "IL", "606"), ("Atlanta", "GA", "303"), ("Hartford", "CT", "061"),
    ];

    private static readonly string[] AwayStreets = ["Main St", "Oak Ave", "Maple Dr", "Park Pl", "Elm St", "Church St", "Highland Ave"];

    public CityDirectory(int seed)
    {
        var random = new Randomizer(seed);
        var streets = new List<Street>();
        foreach (var root in StreetRoots)
        {
            foreach (var type in random.Shuffle(NamedTypes).Take(4))
            {
                streets.Add(new Street($"{root} {type}", Zip(random)));
            }
        }

        foreach (var direction in Directions)
        {
            for (var n = 1; n <= 90; n++)
            {
                streets.Add(new Street($"{direction} {Ordinal(n)} {random.ArrayElement(NumberedTypes)}", Zip(random)));
            }
        }

        Streets = streets;
        Phones = AreaCodes
            .SelectMany(area => Enumerable.Range(100, 100).Select(line => $"({area}) 555-{line.ToString("D4", CultureInfo.InvariantCulture)}"))
            .Select(text => PhoneNumber.TryParse(text, out var phone) ? phone : (PhoneNumber?)null)
            .OfType<PhoneNumber>()
            .ToList();
        if (Phones.Count == 0)
        {
            throw new InvalidOperationException("libphonenumber accepts none of the fictional demo phone numbers.");
        }
    }

    /// <summary>The ZIP codes of the city run from 33401 to 33420; the last four reach past the city limits.</summary>
    public const int FirstZip = 33401;

    public const int LastZip = 33420;

    public IReadOnlyList<Street> Streets { get; }

    public IReadOnlyList<PhoneNumber> Phones { get; }

    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    public PhoneNumber Phone(Randomizer random) => Phones[random.Number(0, Phones.Count - 1)];

    /// <summary>A mailing address out of state, for owners who live elsewhere part of the year.</summary>
    public static PostalAddress AwayAddress(Randomizer random)
    {
        var (city, state, prefix) = random.ArrayElement(AwayCities);
        return PostalAddress.Create($"{random.Number(10, 999)} {random.ArrayElement(AwayStreets)}", null, city, state,
            prefix + random.Number(1, 99).ToString("D2", CultureInfo.InvariantCulture));
    }

    private static string Zip(Randomizer random) => random.Number(FirstZip, LastZip).ToString(CultureInfo.InvariantCulture);
}
