using System.Globalization;
using System.Text;
using Bogus;
using Bogus.DataSets;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Data.Seeding;

internal enum PremiseKind
{
    SingleFamily,
    MultiUnit,
    Commercial,
    Irrigation,
}

/// <summary>
/// Builds the demo city premise by premise, every record through its entity's constructor or factory. Each premise
/// has its own random stream, seeded from the city seed and the premise's index.
/// </summary>
internal sealed class DemoCityGenerator(DemoCityOptions options, DateOnly today)
{
    private static readonly string[] EmailDomains = ["example.com", "example.net", "example.org"];
    private static readonly string[] CompanySuffixes = ["LLC", "Inc.", "Co."];
    private static readonly string[] Businesses =
    [
        "Marine Supply", "Dental Group", "Auto Repair", "Bakery", "Hardware", "Cafe", "Laundromat", "Veterinary Clinic", "Pharmacy",
        "Fitness", "Realty", "Print Shop", "Plumbing", "Pool Service", "Market", "Grill", "Bait and Tackle", "Insurance", "Car Wash",
    ];
    private static readonly string[] ApartmentNames = ["Lakes", "Pointe", "Isles", "Preserve", "Cove", "Gardens", "Landing"];

    private readonly CityDirectory _directory = new(options.RandomSeed);
    private readonly Name _english = new("en");
    private readonly Name _spanish = new("es");
    private readonly DemoLedger _ledger = new(today, options.Months);
    private readonly DemoReads _reads = new(today, options.ReadMonths, options.RandomSeed);
    private int _nextAccount = 1;
    private Customer? _resident;

    public IEnumerable<DemoCityBatch> Batches()
    {
        var batch = new DemoCityBatch();
        for (var p = 0; _nextAccount <= options.Accounts; p++)
        {
            AddPremise(p, batch);
            if (batch.ServiceAccounts.Count >= options.BatchSize)
            {
                yield return batch;
                batch = new DemoCityBatch();
            }
        }

        if (batch.ServiceAccounts.Count > 0)
        {
            yield return batch;
        }
    }

    private void AddPremise(int p, DemoCityBatch batch)
    {
        var random = new Randomizer(unchecked((options.RandomSeed * 1_000_003) ^ (p * 486_187_739)));
        _english.Random = random;
        _spanish.Random = random;

        if (p == 0)
        {
            AddResidentHome(random, batch);
            return;
        }

        if (p == 1)
        {
            AddResidentRental(random, batch);
            return;
        }

        var roll = random.Double();
        var kind = roll < 0.08 ? PremiseKind.Commercial
            : roll < 0.13 ? PremiseKind.MultiUnit
            : roll < 0.145 ? PremiseKind.Irrigation
            : PremiseKind.SingleFamily;
        var insideCity = random.Double() >= 0.10;
        var tenant = kind switch
        {
            PremiseKind.SingleFamily => random.Double() < 0.36,
            PremiseKind.Commercial => random.Double() < 0.55,
            _ => false,
        };
        var street = _directory.Streets[random.Number(0, _directory.Streets.Count - 1)];
        var address = PostalAddress.Create($"{random.Number(100, 19_999)} {street.Name}", null, DemoCity.CityName, DemoCity.State, street.Zip);

        var holder = kind switch
        {
            PremiseKind.Commercial => random.Double() < 0.95 ? Organisation(random, address, Company(random)) : Person(random, address),
            PremiseKind.MultiUnit => random.Double() < 0.8
                ? Organisation(random, address, $"{_english.LastName()} {random.ArrayElement(ApartmentNames)} Apartments LLC")
                : Person(random, address),
            PremiseKind.Irrigation => Organisation(random, PoBox(random, street.Zip),
                $"{_english.LastName()} {random.ArrayElement(ApartmentNames)} Homeowners Association"),
            _ => tenant ? Person(random, address) : Person(random, random.Double() < 0.06 ? CityDirectory.AwayAddress(random) : address),
        };
        var ownerOfRecord = tenant ? Landlord(random, holder.Name) : holder.Name;
        var units = kind == PremiseKind.MultiUnit ? random.Number(2, 24) : 1;
        var impervious = kind switch
        {
            PremiseKind.SingleFamily => random.Number(1_800, 4_800),
            PremiseKind.MultiUnit => units * 900 + random.Number(1_500, 6_000),
            PremiseKind.Commercial => random.Number(4_000, 80_000),
            _ => 0,
        };
        var premise = new Premise(ParcelId(p, insideCity), address, insideCity,
            kind switch { PremiseKind.Commercial => PremiseClass.Commercial, PremiseKind.Irrigation => PremiseClass.Irrigation, _ => PremiseClass.Residential },
            units, impervious, ownerOfRecord);
        batch.Premises.Add(premise);
        var meters = AddMeters(p, kind, units, premise, random, batch);

        var services = Services(kind, insideCity, random);
        var role = tenant ? AccountRole.Tenant : AccountRole.Owner;
        var openedOn = today.AddDays(-(tenant
            ? (random.Double() < 0.55 ? random.Number(730, 3_000) : random.Number(30, 729))
            : (random.Double() < 0.9 ? random.Number(730, 9_000) : random.Number(30, 729))));
        var cycle = random.Number(1, ServiceAccount.BillingCycles);

        // A few premises show the account that came before: a tenant or owner who moved out.
        if (_nextAccount < options.Accounts && random.Double() < (tenant ? 0.12 : 0.03))
        {
            var closedOn = openedOn.AddDays(-1);
            var previous = Person(random, address);
            batch.Customers.Add(previous.Customer);
            var history = new ServiceAccount(AccountNumber.FromSequence(_nextAccount++), previous.Customer.Id, premise.Id, role, cycle, services,
                closedOn.AddDays(-random.Number(365, 2_500)));
            history.Activate();
            var paidOff = random.Double() < 0.8;
            _ledger.AddClosedAccount(history, premise, kind, closedOn, paidOff, random, batch);
            history.MarkFinalBilled(closedOn);
            if (paidOff)
            {
                history.Close();
            }

            AddAccount(history, previous.Customer, premise, batch);
        }

        batch.Customers.Add(holder.Customer);
        var account = new ServiceAccount(AccountNumber.FromSequence(_nextAccount++), holder.Customer.Id, premise.Id, role, cycle, services, openedOn);
        account.Activate();
        var pastDue = random.Double() < 0.12 ? MissedPayments(random) : 0;
        _ledger.AddOpenAccount(account, premise, kind, pastDue, random, batch);
        AddAccount(account, holder.Customer, premise, batch);
        _reads.AddPremise(p, kind, units, cycle, batch.Meters, meters, batch.MeterReads);
    }

    /// <summary>Premise 0: the demo resident's own home, paid up.</summary>
    private void AddResidentHome(Randomizer random, DemoCityBatch batch)
    {
        var address = PostalAddress.Create("1420 Hibiscus Ln", null, DemoCity.CityName, DemoCity.State, "33405");
        var maria = new Customer(CustomerKind.Person, DemoCity.ResidentCustomerName, address, "resident@example.com",
            mobilePhone: PhoneNumber.Parse("(305) 555-0142"), preferredLanguage: Languages.English);
        _resident = maria;
        batch.Customers.Add(maria);
        var premise = new Premise(ParcelId(0, insideCity: true), address, true, PremiseClass.Residential, 1, 3_150, DemoCity.ResidentCustomerName);
        batch.Premises.Add(premise);
        var meters = AddMeters(0, PremiseKind.SingleFamily, 1, premise, random, batch);
        var account = new ServiceAccount(DemoCity.ResidentHomeAccount, maria.Id, premise.Id, AccountRole.Owner, 4,
            UtilityServices.Water | UtilityServices.Sewer | UtilityServices.Stormwater | UtilityServices.Refuse, today.AddYears(-9));
        _nextAccount++;
        account.Activate();
        _ledger.AddOpenAccount(account, premise, PremiseKind.SingleFamily, 0, random, batch);
        AddAccount(account, maria, premise, batch);
        _reads.AddPremise(0, PremiseKind.SingleFamily, 1, account.BillingCycle, batch.Meters, meters, batch.MeterReads);
    }

    /// <summary>Premise 1: a house the demo resident rents from another owner, two bills behind.</summary>
    private void AddResidentRental(Randomizer random, DemoCityBatch batch)
    {
        var maria = _resident ?? throw new InvalidOperationException("The resident's home is generated first.");
        var address = PostalAddress.Create("2207 NW 14th Ter", null, DemoCity.CityName, DemoCity.State, "33411");
        var premise = new Premise(ParcelId(1, insideCity: true), address, true, PremiseClass.Residential, 1, 2_400, "Coastal Keys Rentals LLC");
        batch.Premises.Add(premise);
        var meters = AddMeters(1, PremiseKind.SingleFamily, 1, premise, random, batch);
        var account = new ServiceAccount(DemoCity.ResidentRentalAccount, maria.Id, premise.Id, AccountRole.Tenant, 11,
            UtilityServices.Water | UtilityServices.Sewer | UtilityServices.Stormwater | UtilityServices.Refuse, today.AddYears(-3));
        _nextAccount++;
        account.Activate();
        _ledger.AddOpenAccount(account, premise, PremiseKind.SingleFamily, 2, random, batch);
        AddAccount(account, maria, premise, batch);
        _reads.AddPremise(1, PremiseKind.SingleFamily, 1, account.BillingCycle, batch.Meters, meters, batch.MeterReads);
    }

    private static void AddAccount(ServiceAccount account, Customer customer, Premise premise, DemoCityBatch batch)
    {
        batch.ServiceAccounts.Add(account);
        foreach (var term in SearchTerms.For(account.Number, customer, premise))
        {
            batch.SearchTerms.Add(new AccountSearchTerm(account.Id, term));
        }
    }

    /// <summary>Adds the premise's meters (one, or two for some businesses) and returns how many.</summary>
    private int AddMeters(int p, PremiseKind kind, int units, Premise premise, Randomizer random, DemoCityBatch batch)
    {
        var size = kind switch
        {
            PremiseKind.SingleFamily => random.WeightedRandom(["5/8", "3/4", "1"], [0.75f, 0.22f, 0.03f]),
            PremiseKind.MultiUnit => units <= 4 ? "1" : units <= 12 ? "1-1/2" : "2",
            PremiseKind.Commercial => random.WeightedRandom(["3/4", "1", "1-1/2", "2"], [0.2f, 0.35f, 0.25f, 0.2f]),
            _ => random.WeightedRandom(["3/4", "1"], [0.6f, 0.4f]),
        };
        var meters = kind == PremiseKind.Commercial && random.Double() < 0.2 ? 2 : 1;
        // Houses have the usual 6-digit register; larger users 8 digits, so only the houses chosen for it roll over.
        var digits = kind == PremiseKind.SingleFamily ? 6 : 8;
        for (var k = 0; k < meters; k++)
        {
            var installed = today.AddDays(-random.Number(200, 6_000));
            // Serials and radio ids follow the premise index, so they are unique however large the city.
            var sequence = (p * 2) + k + 1;
            var serial = (installed.Year % 100).ToString("D2", CultureInfo.InvariantCulture) + sequence.ToString("D8", CultureInfo.InvariantCulture);
            var radio = random.Double() < 0.98 ? (1_500_000_000L + sequence).ToString(CultureInfo.InvariantCulture) : null;
            batch.Meters.Add(new Meter(serial, MeterSize.Parse(k == 0 ? size : "1"), digits, radio, installed, premise.Id));
        }

        return meters;
    }

    private static UtilityServices Services(PremiseKind kind, bool insideCity, Randomizer random)
    {
        if (kind == PremiseKind.Irrigation)
        {
            return random.Double() < 0.3 ? UtilityServices.Reuse : UtilityServices.Water;
        }

        var services = UtilityServices.Water | UtilityServices.Sewer;
        if (!insideCity)
        {
            // Outside the limits the city sells water and, where its mains reach, sewer; nothing else.
            return random.Double() < 0.3 ? UtilityServices.Water : services;
        }

        services |= UtilityServices.Stormwater;
        if (kind != PremiseKind.Commercial)
        {
            services |= UtilityServices.Refuse;
        }

        if (kind == PremiseKind.SingleFamily && random.Double() < 0.06)
        {
            services &= ~UtilityServices.Sewer; // on septic
        }

        if (random.Double() < 0.05)
        {
            services |= UtilityServices.Reuse;
        }

        return services;
    }

    /// <summary>Missed payments of a past-due account: mostly one bill behind, some two, a few three to five (90+ days).</summary>
    private static int MissedPayments(Randomizer random)
    {
        var roll = random.Double();
        return roll < 0.5 ? 1 : roll < 0.8 ? 2 : random.Number(3, 5);
    }

    /// <summary>A county folio number: municipality (01 the city, 00 unincorporated), section, block and lot.</summary>
    internal static string ParcelId(int p, bool insideCity) => string.Create(CultureInfo.InvariantCulture,
        $"{(insideCity ? "01" : "00")}-{4101 + (p / 50_000):D4}-{(p / 50) % 1_000:D3}-{((p % 50) + 1) * 10:D4}");

    private (Customer Customer, string Name) Person(Randomizer random, PostalAddress mailing)
    {
        // South Florida: many customers have Spanish names, and about one in five prefers Spanish.
        var hispanic = random.Double() < 0.35;
        var names = hispanic ? _spanish : _english;
        var first = names.FirstName();
        var last = hispanic && random.Double() < 0.4 ? $"{names.LastName()} {names.LastName()}" : names.LastName();
        var name = $"{first} {last}";
        var language = hispanic && random.Double() < 0.57 ? Languages.Spanish : Languages.English;
        var email = random.Double() < 0.85
            ? $"{EmailPart(first)}.{EmailPart(last)}{random.Number(1, 99)}@{random.ArrayElement(EmailDomains)}"
            : null;
        PhoneNumber? mobile = random.Double() < 0.7 ? _directory.Phone(random) : null;
        PhoneNumber? home = mobile is null || random.Double() < 0.25 ? _directory.Phone(random) : null;
        return (new Customer(CustomerKind.Person, name, mailing, email, home, mobile, language), name);
    }

    private string Company(Randomizer random) =>
        $"{_english.LastName()} {random.ArrayElement(Businesses)} {random.ArrayElement(CompanySuffixes)}";

    private (Customer Customer, string Name) Organisation(Randomizer random, PostalAddress mailing, string name)
    {

        var email = random.Double() < 0.9 ? $"billing@{EmailPart(name)}.example.com" : null;
        return (new Customer(CustomerKind.Organisation, name, mailing, email, _directory.Phone(random)), name);
    }

    private string Landlord(Randomizer random, string tenantName)
    {
        string name;
        do
        {
            name = random.Double() < 0.5
                ? $"{_english.FirstName()} {_english.LastName()}"
                : $"{_english.LastName()} {random.ArrayElement(["Properties LLC", "Rentals LLC", "Family Trust", "Investments LLC"])}";
        }
        while (string.Equals(name, tenantName, StringComparison.OrdinalIgnoreCase));

        return name;
    }

    private static PostalAddress PoBox(Randomizer random, string zip) =>
        PostalAddress.Create($"PO Box {random.Number(100, 9_999)}", null, DemoCity.CityName, DemoCity.State, zip);

    /// <summary>Letters only, lower case, accents dropped: "Peña-Ruiz" becomes "penaruiz".</summary>
    private static string EmailPart(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in SearchTerms.Normalize(text))
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.Length == 0 ? "customer" : builder.ToString();
    }
}
