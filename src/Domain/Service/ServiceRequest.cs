namespace UtilityPortal.Domain.Service;

/// <summary>Where a request stands. Resolved and Cancelled are final.</summary>
public enum ServiceRequestStatus
{
    /// <summary>Filed, waiting for a specialist to triage it.</summary>
    Submitted = 1,

    /// <summary>Priority and service-level target set; no field work yet (or none needed).</summary>
    Triaged = 2,

    /// <summary>One or more work orders sent to the field.</summary>
    Dispatched = 3,

    Resolved = 4,
    Cancelled = 5,
}

/// <summary>How urgent the request is; the service-level target follows from it and the request type.</summary>
public enum RequestPriority
{
    Low = 1,
    Normal = 2,
    High = 3,

    /// <summary>Top priority: a leak is dispatched at once.</summary>
    Emergency = 4,
}

/// <summary>How bad a reported leak is, in the resident's words.</summary>
public enum LeakSeverity
{
    /// <summary>A drip or a damp patch.</summary>
    Minor = 1,

    /// <summary>Water running steadily.</summary>
    Steady = 2,

    /// <summary>Water gushing or flooding.</summary>
    Severe = 3,
}

/// <summary>How the resident wants status updates. A text still needs their SMS consent and no STOP.</summary>
public enum ContactPreference
{
    Email = 1,
    Sms = 2,
    EmailAndSms = 3,
    None = 4,
}

/// <summary>What the resident told us, beyond the type: a leak's place and severity, a description, a photo.</summary>
/// <param name="Location">Where the leak is ("front yard by the meter box"); required for a leak report.</param>
public sealed record ServiceRequestDetails(string? Description, string? Location = null, LeakSeverity? Severity = null);

/// <summary>
/// A resident's (or a specialist's on their behalf) request to the utility about an account or a premise. It is
/// triaged (priority and a service-level due time), turned into work orders for the field, and resolved or cancelled.
/// Every move checks the current status; an illegal one throws <see cref="DomainException"/> and changes nothing.
/// </summary>
public sealed class ServiceRequest
{
    public const int NumberMaxLength = 20;
    public const int TextMaxLength = 1000;
    public const int LocationMaxLength = 200;
    public const int NameMaxLength = 120;
    public const int KeyMaxLength = 200;

    private ServiceRequest()
    {
        Number = string.Empty;
        ReporterName = string.Empty;
    }

    public ServiceRequest(ServiceRequestType type, Guid? serviceAccountId, Guid? premiseId, string? reporterUserId, string reporterName,
        ServiceRequestDetails details, ContactPreference contact, DateTimeOffset submittedAt, string? requestKey = null)
    {
        var errors = new List<DomainError>();
        if (!Enum.IsDefined(type))
        {
            errors.Add(new DomainError(ErrorCodes.Invalid, "Choose what the request is about.", "type"));
        }

        if (serviceAccountId is null && premiseId is null)
        {
            errors.Add(new DomainError(ErrorCodes.Invalid, "Choose the account or the premise the request is about.", "accountNumber"));
        }

        if (!Enum.IsDefined(contact))
        {
            errors.Add(new DomainError(ErrorCodes.Invalid, "Choose how we should keep you posted.", "contactPreference"));
        }

        var description = Trimmed(details.Description);
        var location = Trimmed(details.Location);
        if (description?.Length > TextMaxLength)
        {
            errors.Add(new DomainError(ErrorCodes.Invalid, $"Keep the description to {TextMaxLength} characters.", "description"));
        }

        if (location?.Length > LocationMaxLength)
        {
            errors.Add(new DomainError(ErrorCodes.Invalid, $"Keep the location to {LocationMaxLength} characters.", "location"));
        }

        if (type == ServiceRequestType.ReportLeak)
        {
            if (location is null)
            {
                errors.Add(new DomainError(ErrorCodes.Invalid, "Say where the leak is.", "location"));
            }

            if (details.Severity is not { } severity || !Enum.IsDefined(severity))
            {
                errors.Add(new DomainError(ErrorCodes.Invalid, "Say how bad the leak is.", "severity"));
            }
        }
        else if (description is null && type is ServiceRequestType.HighBillInvestigation or ServiceRequestType.WaterPressure or ServiceRequestType.MeterProblem)
        {
            errors.Add(new DomainError(ErrorCodes.Invalid, "Describe what you need.", "description"));
        }

        if (requestKey is { Length: > KeyMaxLength })
        {
            errors.Add(new DomainError(ErrorCodes.Invalid, $"A request key is at most {KeyMaxLength} characters.", "requestKey"));
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        Id = Guid.CreateVersion7();
        Number = NumberFor(Id);
        Type = type;
        Status = ServiceRequestStatus.Submitted;
        Priority = RequestPriority.Normal;
        ServiceAccountId = serviceAccountId;
        PremiseId = premiseId;
        ReporterUserId = reporterUserId;
        ReporterName = Clip(reporterName.Trim(), NameMaxLength);
        Description = description;
        Location = location;
        Severity = type == ServiceRequestType.ReportLeak ? details.Severity : null;
        Contact = contact;
        SubmittedAt = submittedAt;
        DueBy = submittedAt;
        RequestKey = requestKey;
    }

    public Guid Id { get; private set; }

    /// <summary>What the resident quotes on the phone: "SR-" and ten hex digits of the id's random part.</summary>
    public string Number { get; private set; }

    public ServiceRequestType Type { get; private set; }

    public ServiceRequestStatus Status { get; private set; }

    public RequestPriority Priority { get; private set; }

    public Guid? ServiceAccountId { get; private set; }

    public Guid? PremiseId { get; private set; }

    /// <summary>The Portal user who filed it; null when staff filed it for a caller.</summary>
    public string? ReporterUserId { get; private set; }

    public string ReporterName { get; private set; }

    public string? Description { get; private set; }

    public string? Location { get; private set; }

    public LeakSeverity? Severity { get; private set; }

    public Guid? PhotoAttachmentId { get; private set; }

    public ContactPreference Contact { get; private set; }

    /// <summary>The appointment the resident picked when filing; the first work order takes it over.</summary>
    public Guid? SlotId { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>The service-level target: resolved by this time, or the request is breached.</summary>
    public DateTimeOffset DueBy { get; private set; }

    public DateTimeOffset? TriagedAt { get; private set; }

    public string? TriagedBy { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    /// <summary>The resolution, or why it was cancelled.</summary>
    public string? Outcome { get; private set; }

    /// <summary>Resolved after <see cref="DueBy"/>: kept so the breach listing finds late closures by an index.</summary>
    public bool ClosedLate { get; private set; }

    /// <summary>Optional, unique: the caller's key so a repeated filing (a double-click, a retry) files once.</summary>
    public string? RequestKey { get; private set; }

    public bool IsOpen => Status is ServiceRequestStatus.Submitted or ServiceRequestStatus.Triaged or ServiceRequestStatus.Dispatched;

    /// <summary>Sets the first service-level target at filing, from the type's default priority.</summary>
    internal void SetTarget(RequestPriority priority, DateTimeOffset dueBy)
    {
        Priority = priority;
        DueBy = dueBy;
    }

    internal void AttachPhoto(Guid attachmentId) => PhotoAttachmentId = attachmentId;

    internal void PickSlot(Guid? slotId) => SlotId = slotId;

    /// <summary>Sets (or changes, until dispatched) the priority and its service-level due time.</summary>
    public void Triage(RequestPriority priority, DateTimeOffset dueBy, string by, DateTimeOffset at)
    {
        Require("triaged", ServiceRequestStatus.Submitted, ServiceRequestStatus.Triaged);
        if (!Enum.IsDefined(priority))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose a priority.", "priority");
        }

        Priority = priority;
        DueBy = dueBy;
        TriagedAt = at;
        TriagedBy = Clip(by, NameMaxLength);
        Status = ServiceRequestStatus.Triaged;
    }

    /// <summary>Records that field work was ordered; more orders may follow while it is dispatched.</summary>
    public void Dispatch()
    {
        Require("dispatched", ServiceRequestStatus.Triaged, ServiceRequestStatus.Dispatched);
        Status = ServiceRequestStatus.Dispatched;
    }

    public void Resolve(string resolution, string by, DateTimeOffset at)
    {
        Require("resolved", ServiceRequestStatus.Triaged, ServiceRequestStatus.Dispatched);
        Close(ServiceRequestStatus.Resolved, resolution, "Say how the request was resolved.", "resolution", by, at);
        ClosedLate = at > DueBy;
    }

    public void Cancel(string reason, string by, DateTimeOffset at)
    {
        Require("cancelled", ServiceRequestStatus.Submitted, ServiceRequestStatus.Triaged, ServiceRequestStatus.Dispatched);
        Close(ServiceRequestStatus.Cancelled, reason, "Say why the request is cancelled.", "reason", by, at);
    }

    public bool IsBreached(DateTimeOffset now) => IsOpen ? now > DueBy : ClosedLate;

    private void Close(ServiceRequestStatus status, string text, string missing, string field, string by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(ErrorCodes.Invalid, missing, field);
        }

        Outcome = Clip(text.Trim(), TextMaxLength);
        ClosedBy = Clip(by, NameMaxLength);
        ClosedAt = at;
        Status = status;
    }

    private void Require(string action, params ServiceRequestStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            var hint = Status == ServiceRequestStatus.Submitted ? " Triage it first." : string.Empty;
            throw new DomainException(ErrorCodes.Conflict,
                $"Service request {Number} is {Status.ToString().ToLowerInvariant()} and cannot be {action}.{hint}", "status");
        }
    }

    private static string NumberFor(Guid id) => "SR-" + Convert.ToHexString(id.ToByteArray(bigEndian: true)[11..16]);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;
}
