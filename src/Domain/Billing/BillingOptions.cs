namespace UtilityPortal.Domain.Billing;

/// <summary>Billing settings, bound from the <c>Billing</c> configuration section.</summary>
public sealed class BillingOptions
{
    public const string Section = "Billing";

    /// <summary>
    /// The folder of rate schedule documents (<c>*.json</c>) read and validated at startup. Relative paths resolve
    /// against the repository root (the folder holding UtilityPortal.sln), like the SQLite file; default <c>rates</c>.
    /// </summary>
    public string RateSchedulesPath { get; set; } = "rates";

    /// <summary>Days between a bill's issue and its due date.</summary>
    public int DaysToPay { get; set; } = 21;

    /// <summary>How far from a period's boundary a read may be taken and still open or close the period.</summary>
    public int ReadToleranceDays { get; set; } = 5;

    /// <summary>Accounts (or bills) handled per set of a bill run: each set is read, calculated and written as one transaction.</summary>
    public int SetSize { get; set; } = 2_000;

    public ReviewOptions Review { get; set; } = new();

    public BillRunWorkerOptions Worker { get; set; } = new();
}

/// <summary>When a calculated bill goes to the exceptions queue instead of straight to approval.</summary>
public sealed class ReviewOptions
{
    /// <summary>High: usage at least this percentage of the account's 12-month average...</summary>
    public int HighPercent { get; set; } = 150;

    /// <summary>...and at least this many gallons, so a small user's ordinary swing is not a "high bill".</summary>
    public long HighMinimumGallons { get; set; } = 10_000;

    /// <summary>Low: usage above zero and at most this percentage of the average...</summary>
    public int LowPercent { get; set; } = 40;

    /// <summary>...for accounts whose average is at least this many gallons.</summary>
    public long LowMinimumAverageGallons { get; set; } = 3_000;

    /// <summary>Less read history than this and there is no average to compare with (and no estimate but zero).</summary>
    public int MinimumHistoryDays { get; set; } = 55;
}

public sealed class BillRunWorkerOptions
{
    /// <summary>Whether this node's background worker claims queued bill runs. Any number of nodes may run it.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>A run whose worker has not reported progress for this long is taken over by another node.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(2);
}
