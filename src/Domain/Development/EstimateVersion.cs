using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Development;

/// <summary>One issued estimate: its lines as printed, never changed afterwards; a revision issues the next version.</summary>
public sealed class EstimateVersion
{
    public const int ReasonMaxLength = 300;

    private readonly List<EstimateVersionLine> _lines = [];

    private EstimateVersion()
    {
        ScheduleCode = string.Empty;
        IssuedBy = string.Empty;
    }

    internal EstimateVersion(Guid estimateId, int version, string scheduleCode, int scheduleVersion, decimal ercs, IReadOnlyList<EstimateLineAmount> lines,
        DateOnly validUntil, string issuedBy, DateTimeOffset issuedAt)
    {
        Id = Guid.CreateVersion7();
        EstimateId = estimateId;
        Version = version;
        ScheduleCode = scheduleCode;
        ScheduleVersion = scheduleVersion;
        Ercs = ercs;
        ValidUntil = validUntil;
        IssuedBy = issuedBy;
        IssuedAt = issuedAt;
        var sequence = 0;
        _lines.AddRange(lines.Select(l => new EstimateVersionLine(Id, ++sequence, l)));
        Total = lines.Select(l => l.Amount).Sum();
    }

    public Guid Id { get; private set; }

    public Guid EstimateId { get; private set; }

    public int Version { get; private set; }

    public string ScheduleCode { get; private set; }

    public int ScheduleVersion { get; private set; }

    public decimal Ercs { get; private set; }

    public Money Total { get; private set; }

    public DateOnly ValidUntil { get; private set; }

    public string IssuedBy { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>Why this version was superseded; null while it stands.</summary>
    public string? RevisedReason { get; private set; }

    public string? RevisedBy { get; private set; }

    public DateTimeOffset? RevisedAt { get; private set; }

    public IReadOnlyList<EstimateVersionLine> Lines => _lines;

    /// <summary>What the contractor pays online: every line but the deposit, which is billed when service starts.</summary>
    public Money Fees => _lines.Where(l => l.Kind != EstimateLineKind.Deposit).Select(l => l.Amount).Sum();

    internal void MarkRevised(string reason, string by, DateTimeOffset at)
    {
        RevisedReason = reason.Length > ReasonMaxLength ? reason[..ReasonMaxLength] : reason;
        RevisedBy = by;
        RevisedAt = at;
    }
}

/// <summary>One printed line of an issued version.</summary>
public sealed class EstimateVersionLine
{
    private EstimateVersionLine()
    {
        Description = string.Empty;
    }

    internal EstimateVersionLine(Guid versionId, int sequence, EstimateLineAmount line)
    {
        VersionId = versionId;
        Sequence = sequence;
        Kind = line.Kind;
        Description = line.Description.Length > EstimateExtraLine.DescriptionMaxLength ? line.Description[..EstimateExtraLine.DescriptionMaxLength] : line.Description;
        Amount = line.Amount;
        Reason = line.Reason;
    }

    public long Id { get; private set; }

    public Guid VersionId { get; private set; }

    public int Sequence { get; private set; }

    public EstimateLineKind Kind { get; private set; }

    public string Description { get; private set; }

    public Money Amount { get; private set; }

    public string? Reason { get; private set; }
}
