using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Meters;
using UtilityPortal.Domain.Payments;

namespace UtilityPortal.Domain.Data.Seeding;

/// <summary>What to generate: how many service accounts, how much ledger history, and as of which day.</summary>
public sealed record DemoCityOptions
{
    /// <summary>Service accounts to create, current and historic together (account numbers 1..N).</summary>
    public int Accounts { get; init; } = DemoCity.DefaultAccounts;

    /// <summary>
    /// Months of monthly bills and payments per account (fewer for an account opened more recently). Unset: 24, or 12
    /// above <see cref="DemoCity.LargeCityAccounts"/> accounts, where two years of ledger would break the one-minute
    /// budget for 100,000 accounts on SQLite.
    /// </summary>
    public int? HistoryMonths { get; init; }

    /// <summary>The months actually generated: <see cref="HistoryMonths"/> or the default for the city's size.</summary>
    public int Months => HistoryMonths ?? (Accounts > DemoCity.LargeCityAccounts ? DemoCity.LargeCityHistoryMonths : DemoCity.DefaultHistoryMonths);

    /// <summary>
    /// Months of meter reads per meter: 24, or 13 above <see cref="DemoCity.LargeCityAccounts"/> accounts, which is what
    /// a bill run for the latest month needs (the opening read, the year before it for the 12-month average, and the
    /// closing read) at half the rows.
    /// </summary>
    public int ReadMonths => Accounts > DemoCity.LargeCityAccounts ? DemoCity.LargeCityReadMonths : DemoCity.DefaultReadMonths;

    /// <summary>The day the history runs up to; bills dated after it are not generated. The seeder takes it from TimeProvider when unset.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Accounts per batch: each batch is generated, written and committed on its own.</summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>The random seed: the same seed and size give the same city every time.</summary>
    public int RandomSeed { get; init; } = DemoCity.DefaultRandomSeed;

    internal void Validate()
    {
        if (Accounts is < DemoCity.MinAccounts or > DemoCity.MaxAccounts)
        {
            throw new ArgumentOutOfRangeException(nameof(Accounts), Accounts, $"The demo city has {DemoCity.MinAccounts:N0} to {DemoCity.MaxAccounts:N0} accounts.");
        }

        if (Months is < 1 or > 120)
        {
            throw new ArgumentOutOfRangeException(nameof(HistoryMonths), HistoryMonths, "History runs 1 to 120 months.");
        }

        if (Today is null)
        {
            throw new ArgumentException("Set the day the demo history runs up to.", nameof(Today));
        }

        if (BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "A batch holds at least one account.");
        }
    }
}

/// <summary>One batch of generated records, in the order they must be inserted (parents first).</summary>
public sealed class DemoCityBatch
{
    public List<Customer> Customers { get; } = [];

    public List<Premise> Premises { get; } = [];

    public List<Meter> Meters { get; } = [];

    /// <summary>Monthly reads of the batch's meters (<see cref="DemoCityOptions.ReadMonths"/>).</summary>
    public List<MeterRead> MeterReads { get; } = [];

    public List<ServiceAccount> ServiceAccounts { get; } = [];

    public List<JournalEntry> JournalEntries { get; } = [];

    /// <summary>The payments behind the batch's payment entries (written before them: an entry's key names its payment).</summary>
    public List<Payment> Payments { get; } = [];

    public List<AccountSearchTerm> SearchTerms { get; } = [];
}

/// <summary>
/// Palm Harbor City, FL: a fictional South Florida city served by the utility, generated with Bogus from a fixed
/// seed so that every developer, test and benchmark sees the same city. Each premise draws from its own seeded
/// random stream, so a city of 200 accounts is exactly the first 200 accounts of a city of 100,000.
/// </summary>
public static class DemoCity
{
    public const string CityName = "Palm Harbor City";
    public const string State = "FL";
    public const int DefaultAccounts = 2_000;
    public const int MinAccounts = 10;
    public const int MaxAccounts = 1_000_000;
    public const int DefaultHistoryMonths = 24;

    /// <summary>Above this many accounts a seed is a load test rather than a demo, and gets <see cref="LargeCityHistoryMonths"/>.</summary>
    public const int LargeCityAccounts = 20_000;

    public const int LargeCityHistoryMonths = 12;

    /// <summary>The demo city's months of meter reads (see <see cref="DemoCityOptions.ReadMonths"/>).</summary>
    public const int DefaultReadMonths = 24;

    public const int LargeCityReadMonths = 13;
    public const int DefaultRandomSeed = 20_260_401;

    /// <summary>The demo resident's customer, who holds the first two accounts.</summary>
    public const string ResidentCustomerName = "Maria Lopez";

    /// <summary>Maria Lopez owns this home (account role Owner).</summary>
    public static AccountNumber ResidentHomeAccount { get; } = AccountNumber.FromSequence(1);

    /// <summary>Maria Lopez rents this house from another owner of record (account role Tenant); it is 60 days past due.</summary>
    public static AccountNumber ResidentRentalAccount { get; } = AccountNumber.FromSequence(2);

    /// <summary>
    /// The city in batches of about <see cref="DemoCityOptions.BatchSize"/> accounts, generated lazily: only one batch
    /// is held at a time, so a million accounts stream through in bounded memory.
    /// </summary>
    public static IEnumerable<DemoCityBatch> Generate(DemoCityOptions options)
    {
        options.Validate();
        return new DemoCityGenerator(options, options.Today!.Value).Batches();
    }
}
