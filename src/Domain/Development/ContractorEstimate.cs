using System.Security.Cryptography;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.Domain.Development;

/// <summary>Where an estimate stands. Issued leads to accepted, expired or revised; only an accepted one is converted.</summary>
public enum EstimateStatus
{
    Requested = 1,
    InReview = 2,
    Issued = 3,
    Accepted = 4,
    Expired = 5,
    Revised = 6,
    Converted = 7,
}

/// <summary>The services a contractor asks to connect.</summary>
[Flags]
public enum RequestedServices
{
    None = 0,
    Water = 1,
    Sewer = 2,
    Irrigation = 4,
    FireLine = 8,
}

public static class EstimateServices
{
    /// <summary>Each requestable service, in the order forms list them.</summary>
    public static readonly IReadOnlyList<RequestedServices> Each = [RequestedServices.Water, RequestedServices.Sewer, RequestedServices.Irrigation, RequestedServices.FireLine];
}

/// <summary>
/// A contractor's request for the cost of new service at a parcel, and the estimate staff prepare for it. The worksheet
/// (computed lines plus extra lines with reasons) is issued as a numbered version that never changes; a revision reopens
/// the worksheet and the next issue is the next version. An accepted estimate opens a pending service account carrying
/// its fees, and is finally converted into a water service agreement.
/// </summary>
public sealed class ContractorEstimate
{
    public const int ReferenceLength = 12;
    public const int NameMaxLength = 120;
    public const int NotesMaxLength = 1000;

    private readonly List<EstimateExtraLine> _extraLines = [];
    private readonly List<EstimateVersion> _versions = [];

    private ContractorEstimate()
    {
        Reference = string.Empty;
        ContractorUserId = string.Empty;
        ContractorName = string.Empty;
        ParcelId = string.Empty;
        ServiceAddress = null!;
        MeterSize = string.Empty;
        ServiceAreaName = string.Empty;
    }

    public ContractorEstimate(string contractorUserId, string contractorName, string parcelId, PostalAddress serviceAddress, string meterSize,
        RequestedServices services, PremiseClass useClass, int? averageDailyGallons, bool insideCity, string serviceAreaName, string? notes, DateTimeOffset requestedAt)
    {
        if (!services.HasFlag(RequestedServices.Water))
        {
            throw new DomainException(ErrorCodes.Invalid, "New service starts with water; tick water (and sewer, irrigation or a fire line as needed).", "services");
        }

        if (notes?.Trim().Length > NotesMaxLength)
        {
            throw new DomainException(ErrorCodes.Invalid, $"Notes are at most {NotesMaxLength} characters.", "notes");
        }

        Id = Guid.CreateVersion7();
        Reference = "EST-" + System.Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
        ContractorUserId = contractorUserId;
        ContractorName = contractorName.Length > NameMaxLength ? contractorName[..NameMaxLength] : contractorName;
        ParcelId = parcelId;
        ServiceAddress = serviceAddress;
        MeterSize = meterSize;
        Services = services;
        UseClass = useClass;
        AverageDailyGallons = averageDailyGallons;
        InsideCity = insideCity;
        ServiceAreaName = serviceAreaName;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        RequestedAt = requestedAt;
        Status = EstimateStatus.Requested;
    }

    public Guid Id { get; private set; }

    /// <summary>What the contractor and staff quote, e.g. EST-9F3A21BC.</summary>
    public string Reference { get; private set; }

    public string ContractorUserId { get; private set; }

    public string ContractorName { get; private set; }

    public string ParcelId { get; private set; }

    public PostalAddress ServiceAddress { get; private set; }

    public string MeterSize { get; private set; }

    public RequestedServices Services { get; private set; }

    public PremiseClass UseClass { get; private set; }

    public int? AverageDailyGallons { get; private set; }

    public bool InsideCity { get; private set; }

    /// <summary>The service area the availability check found the parcel in.</summary>
    public string ServiceAreaName { get; private set; }

    public string? Notes { get; private set; }

    public EstimateStatus Status { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset? ReviewStartedAt { get; private set; }

    public string? ReviewedBy { get; private set; }

    /// <summary>The latest issued version; 0 before the first issue.</summary>
    public int CurrentVersion { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>The pending account opened at acceptance; its ledger carries the fees the contractor pays online.</summary>
    public Guid? ServiceAccountId { get; private set; }

    public string? AgreementNumber { get; private set; }

    public DateTimeOffset? ConvertedAt { get; private set; }

    public string? ConvertedBy { get; private set; }

    public IReadOnlyList<EstimateExtraLine> ExtraLines => _extraLines;

    public IReadOnlyList<EstimateVersion> Versions => _versions;

    public EstimateVersion? Current => _versions.SingleOrDefault(v => v.Version == CurrentVersion);

    public bool IsWorksheetOpen => Status is EstimateStatus.InReview or EstimateStatus.Revised;

    public bool HasSewer => Services.HasFlag(RequestedServices.Sewer);

    public void StartReview(string by, DateTimeOffset at)
    {
        Require(EstimateStatus.InReview, EstimateStatus.Requested);
        Status = EstimateStatus.InReview;
        ReviewStartedAt = at;
        ReviewedBy = by;
    }

    public EstimateExtraLine AddExtraLine(string? description, decimal amount, string? reason)
    {
        RequireWorksheetOpen();
        var line = EstimateExtraLine.Create(Id, _extraLines.Count == 0 ? 1 : _extraLines.Max(l => l.Sequence) + 1, description, amount, reason);
        _extraLines.Add(line);
        return line;
    }

    public EstimateExtraLine RemoveExtraLine(int sequence)
    {
        RequireWorksheetOpen();
        var line = _extraLines.SingleOrDefault(l => l.Sequence == sequence) ?? throw DomainException.NotFound("Extra line");
        _extraLines.Remove(line);
        return line;
    }

    /// <summary>Freezes the worksheet as the next version: the computed lines, then the extra lines.</summary>
    public EstimateVersion Issue(string scheduleCode, int scheduleVersion, ConnectionEstimate computed, DateOnly validUntil, string by, DateTimeOffset at)
    {
        Require(EstimateStatus.Issued, EstimateStatus.InReview, EstimateStatus.Revised);
        var lines = computed.Lines.Concat(_extraLines.OrderBy(l => l.Sequence).Select(l => l.ToAmount())).ToList();
        var version = new EstimateVersion(Id, CurrentVersion + 1, scheduleCode, scheduleVersion, computed.Ercs, lines, validUntil, by, at);
        _versions.Add(version);
        CurrentVersion = version.Version;
        Status = EstimateStatus.Issued;
        return version;
    }

    public void Revise(string? reason, string by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say why the estimate is revised.", "reason");
        }

        Require(EstimateStatus.Revised, EstimateStatus.Issued, EstimateStatus.Expired);
        Current!.MarkRevised(reason.Trim(), by, at);
        Status = EstimateStatus.Revised;
    }

    /// <summary>An issued estimate past its valid-until date expires; returns whether it did.</summary>
    public bool ExpireIfDue(DateOnly today)
    {
        if (Status != EstimateStatus.Issued || today <= Current!.ValidUntil)
        {
            return false;
        }

        Status = EstimateStatus.Expired;
        return true;
    }

    public void Accept(string userId, DateOnly today, DateTimeOffset at)
    {
        if (userId != ContractorUserId)
        {
            throw DomainException.NotFound("Estimate");
        }

        Require(EstimateStatus.Accepted, EstimateStatus.Issued);
        if (today > Current!.ValidUntil)
        {
            throw new DomainException(ErrorCodes.Conflict, $"This estimate was valid until {Current.ValidUntil:yyyy-MM-dd}; ask for a revised estimate.");
        }

        Status = EstimateStatus.Accepted;
        AcceptedAt = at;
    }

    /// <summary>Records the pending account that carries the accepted estimate's fees.</summary>
    public void OpenedAccount(Guid serviceAccountId)
    {
        if (Status != EstimateStatus.Accepted || ServiceAccountId is not null)
        {
            throw new DomainException(ErrorCodes.Conflict, "Only a newly accepted estimate opens an account.");
        }

        ServiceAccountId = serviceAccountId;
    }

    public void Convert(string by, DateTimeOffset at)
    {
        Require(EstimateStatus.Converted, EstimateStatus.Accepted);
        Status = EstimateStatus.Converted;
        AgreementNumber = "WSA-" + Reference[4..];
        ConvertedAt = at;
        ConvertedBy = by;
    }

    private void RequireWorksheetOpen()
    {
        if (!IsWorksheetOpen)
        {
            throw new DomainException(ErrorCodes.Conflict, $"The worksheet can change only while the estimate is in review or revised; it is {Describe(Status)}.");
        }
    }

    private void Require(EstimateStatus target, params EstimateStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException(ErrorCodes.Conflict,
                $"An estimate that is {Describe(Status)} cannot become {Describe(target)}; only one that is {string.Join(" or ", allowed.Select(Describe))} can.");
        }
    }

    /// <summary>The status as a heading or list shows it ("In review").</summary>
    public static string Label(EstimateStatus status) => status == EstimateStatus.InReview ? "In review" : status.ToString();

    public static string Describe(EstimateStatus status) => status switch
    {
        EstimateStatus.InReview => "in review",
        _ => status.ToString().ToLowerInvariant(),
    };
}
