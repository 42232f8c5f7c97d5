using System.Text.Json;

namespace UtilityPortal.Domain.Billing;

/// <summary>Why a calculated bill waits for a specialist before approval.</summary>
public enum BillExceptionKind
{
    /// <summary>Usage at least the configured percentage of the 12-month average and at least the configured gallons.</summary>
    High = 1,

    /// <summary>Usage well below the 12-month average.</summary>
    Low = 2,

    /// <summary>No use at all on an active account.</summary>
    Zero = 3,

    /// <summary>The register went backwards.</summary>
    Negative = 4,

    /// <summary>The register passed its largest value: confirm it was a rollover, not a misread.</summary>
    Rollover = 5,

    /// <summary>A read was missing: the use was estimated from history.</summary>
    MissingRead = 6,

    /// <summary>A meter was set or removed during the period.</summary>
    MeterChanged = 7,
}

public enum BillExceptionStatus
{
    Open = 1,
    Resolved = 2,
}

/// <summary>How a specialist settles a review exception.</summary>
public enum BillExceptionResolution
{
    /// <summary>The bill is right as calculated.</summary>
    Accept = 1,

    /// <summary>Send someone to read the meter again: a pending re-read request, and the bill is held until it is recalculated.</summary>
    ReRead = 2,

    /// <summary>Bill an estimate from the account's history (or the gallons the specialist gives) instead of the reads.</summary>
    Estimate = 3,

    /// <summary>Keep the bill out of the run until the question is settled.</summary>
    Hold = 4,
}

/// <summary>One use between two reads, for the history behind an exception.</summary>
public sealed record UsagePoint(DateOnly From, DateOnly To, long Gallons)
{
    public int Days => To.DayNumber - From.DayNumber;
}

/// <summary>
/// One item of the exceptions queue: a reason a bill needs review, with the figures and history behind it, until a specialist resolves it. A bill
/// with an open exception cannot be approved; a high-bill exception also records when the customer was told.
/// </summary>
public sealed class BillExceptionItem
{
    public const int ReasonMaxLength = 300;
    public const int NoteMaxLength = 500;

    private static readonly JsonSerializerOptions HistoryJson = new(JsonSerializerDefaults.Web);

    private BillExceptionItem()
    {
        Reason = string.Empty;
        History = "[]";
    }

    public BillExceptionItem(Bill bill, BillExceptionKind kind, string reason, long? averageGallons, IReadOnlyList<UsagePoint> history, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        BillId = bill.Id;
        BillRunId = bill.BillRunId;
        ServiceAccountId = bill.ServiceAccountId;
        Kind = kind;
        Reason = reason.Length > ReasonMaxLength ? reason[..ReasonMaxLength] : reason;
        Gallons = bill.WaterGallons + bill.ReuseGallons;
        AverageGallons = averageGallons;
        PercentOfAverage = averageGallons is > 0 ? (int)Math.Min(int.MaxValue, Math.Round(Gallons * 100m / averageGallons.Value, MidpointRounding.AwayFromZero)) : null;
        History = JsonSerializer.Serialize(history, HistoryJson);
        Status = BillExceptionStatus.Open;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid BillId { get; private set; }

    public Guid? BillRunId { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public BillExceptionKind Kind { get; private set; }

    public string Reason { get; private set; }

    /// <summary>The gallons on the bill when the exception was raised.</summary>
    public long Gallons { get; private set; }

    public long? AverageGallons { get; private set; }

    public int? PercentOfAverage { get; private set; }

    /// <summary>The reads behind the average, as JSON (see <see cref="ReadHistory"/>).</summary>
    public string History { get; private set; }

    public BillExceptionStatus Status { get; private set; }

    public BillExceptionResolution? Resolution { get; private set; }

    public string? ResolvedBy { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the customer was told of the high bill (high exceptions only); approval waits for it.</summary>
    public DateTimeOffset? NotifiedAt { get; private set; }

    public IReadOnlyList<UsagePoint> ReadHistory() => JsonSerializer.Deserialize<List<UsagePoint>>(History, HistoryJson) ?? [];

    public void Resolve(BillExceptionResolution resolution, string resolvedBy, DateTimeOffset at, string? note)
    {
        if (Status != BillExceptionStatus.Open)
        {
            throw new DomainException(ErrorCodes.Conflict, "This exception is already resolved.");
        }

        if (!Enum.IsDefined(resolution))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose accept, re-read, estimate or hold.", "resolution");
        }

        Status = BillExceptionStatus.Resolved;
        Resolution = resolution;
        ResolvedBy = resolvedBy;
        ResolvedAt = at;
        var trimmed = note?.Trim();
        Note = string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > NoteMaxLength ? trimmed[..NoteMaxLength] : trimmed;
    }

    /// <summary>The same finding raised against another bill (a recalculated draft keeps its id and takes the new findings).</summary>
    internal BillExceptionItem For(Bill bill)
    {
        var copy = (BillExceptionItem)MemberwiseClone();
        copy.Id = Guid.CreateVersion7();
        copy.BillId = bill.Id;
        copy.BillRunId = bill.BillRunId;
        copy.ServiceAccountId = bill.ServiceAccountId;
        return copy;
    }
}
