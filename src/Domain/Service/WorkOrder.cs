namespace UtilityPortal.Domain.Service;

/// <summary>What a field crew is sent to do: the utility's work order type codes.</summary>
public enum WorkOrderType
{
    /// <summary>Shut off for non-payment (collections).</summary>
    Disconnect = 1,

    /// <summary>Restore after the past-due amount is paid (collections).</summary>
    Reconnect = 2,

    ReRead = 3,

    /// <summary>Turn water on: new service starts (or a transfer's new account).</summary>
    TurnOn = 4,

    /// <summary>Turn water off at the customer's request: service stops (or a transfer's old account).</summary>
    TurnOff = 5,

    LeakInvestigation = 6,
    MeterReplace = 7,
    MeterRepair = 8,
    ZeroConsumption = 9,
    PressureCheck = 10,
}

public enum WorkOrderStatus
{
    /// <summary>Requested, nobody assigned yet.</summary>
    Open = 1,

    /// <summary>Given to a crew member.</summary>
    Assigned = 2,

    Completed = 3,

    /// <summary>No longer needed (the customer paid before the crew went out).</summary>
    Cancelled = 4,
}

/// <summary>How a completed order ended: the work was done (service disconnected, reconnected) or it was not.</summary>
public enum WorkOrderResult
{
    Done = 1,
    NotDone = 2,
}

/// <summary>
/// One job for a field crew at a service account: requested, assigned, then completed with its result (or cancelled).
/// <see cref="RequestKey"/> is unique, so the action that asks for the job (a shut-off, a restore) asks once however
/// often it is repeated.
/// </summary>
public sealed class WorkOrder
{
    public const int KeyMaxLength = 200;
    public const int NameMaxLength = 120;
    public const int NoteMaxLength = 300;

    private WorkOrder()
    {
        RequestKey = string.Empty;
        RequestedBy = string.Empty;
    }

    public WorkOrder(Guid serviceAccountId, WorkOrderType type, string requestKey, DateTimeOffset requestedAt, string requestedBy, string? note = null)
    {
        if (!Enum.IsDefined(type))
        {
            throw new DomainException(ErrorCodes.Invalid, "Unknown work order type.", nameof(type));
        }

        if (string.IsNullOrWhiteSpace(requestKey) || requestKey.Length > KeyMaxLength)
        {
            throw new DomainException(ErrorCodes.Invalid, "A work order needs a request key of at most 200 characters.", nameof(requestKey));
        }

        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        Type = type;
        Status = WorkOrderStatus.Open;
        RequestKey = requestKey;
        RequestedAt = requestedAt;
        RequestedBy = Clip(requestedBy, NameMaxLength);
        RequestNote = note is null ? null : Clip(note.Trim(), NoteMaxLength);
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public WorkOrderType Type { get; private set; }

    public WorkOrderStatus Status { get; private set; }

    public string RequestKey { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public string RequestedBy { get; private set; }

    public string? RequestNote { get; private set; }

    public string? AssignedTo { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? CompletedBy { get; private set; }

    public WorkOrderResult? Result { get; private set; }

    public string? ResultNote { get; private set; }

    public bool IsOpen => Status is WorkOrderStatus.Open or WorkOrderStatus.Assigned;

    /// <summary>The service request this order works on; null for collections' disconnects and reconnects.</summary>
    public Guid? ServiceRequestId { get; private set; }

    /// <summary>The dispatch order: emergencies (leaks) first.</summary>
    public RequestPriority Priority { get; private set; } = RequestPriority.Normal;

    /// <summary>The appointment slot the visit is booked in, if any.</summary>
    public Guid? SlotId { get; private set; }

    public DateTimeOffset? ScheduledStart { get; private set; }

    public DateTimeOffset? ScheduledEnd { get; private set; }

    /// <summary>What the crew found and did; set on completion (collections' Done/NotDone map to WorkDone/NotDone).</summary>
    public FieldResultCode? ResultCode { get; private set; }

    /// <summary>A field work order for a service request, dispatched at the request's priority.</summary>
    public static WorkOrder ForRequest(ServiceRequest request, Guid serviceAccountId, WorkOrderType type, DateTimeOffset at, string requestedBy, string? note)
    {
        var key = $"service-request:{request.Id:N}:{type}:{Guid.CreateVersion7():N}";
        return new WorkOrder(serviceAccountId, type, key, at, requestedBy, note)
        {
            ServiceRequestId = request.Id,
            Priority = request.Priority,
        };
    }

    /// <summary>Books the visit into <paramref name="slot"/> (the caller has taken the slot's place).</summary>
    public void Schedule(AppointmentSlot slot)
    {
        RequireOpen("scheduled");
        SlotId = slot.Id;
        ScheduledStart = slot.StartsAt;
        ScheduledEnd = slot.EndsAt;
    }

    public void Reprioritize(RequestPriority priority)
    {
        RequireOpen("reprioritized");
        Priority = Enum.IsDefined(priority) ? priority : throw new DomainException(ErrorCodes.Invalid, "Choose a priority.", "priority");
    }

    /// <summary>
    /// Closes the order with the crew's result code, which must fit the order's type; a code meaning the work was
    /// not done needs a note saying why.
    /// </summary>
    public void Complete(FieldResultCode? code, string? note, string completedBy, DateTimeOffset at)
    {
        RequireOpen("completed");
        if (code is not { } resultCode || !Enum.IsDefined(resultCode))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose the field result code.", "resultCode");
        }

        if (!FieldResults.Fits(resultCode, Type))
        {
            throw new DomainException(ErrorCodes.Invalid, $"Result {resultCode} does not fit a {Type} work order.", "resultCode");
        }

        Complete(FieldResults.Outcome(resultCode), note, completedBy, at);
        ResultCode = resultCode;
    }

    public void Assign(string assignee, DateTimeOffset at)
    {
        RequireOpen("assigned");
        if (string.IsNullOrWhiteSpace(assignee))
        {
            throw new DomainException(ErrorCodes.Invalid, "Name who the work order is assigned to.", "assignedTo");
        }

        AssignedTo = Clip(assignee.Trim(), NameMaxLength);
        AssignedAt = at;
        Status = WorkOrderStatus.Assigned;
    }

    public void Complete(WorkOrderResult result, string? note, string completedBy, DateTimeOffset at)
    {
        RequireOpen("completed");
        if (!Enum.IsDefined(result))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose whether the work was done.", "result");
        }

        if (result == WorkOrderResult.NotDone && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say why the work was not done.", "note");
        }

        Result = result;
        ResultCode ??= result == WorkOrderResult.Done ? FieldResultCode.WorkDone : FieldResultCode.NotDone;
        ResultNote = string.IsNullOrWhiteSpace(note) ? null : Clip(note.Trim(), NoteMaxLength);
        CompletedBy = Clip(completedBy, NameMaxLength);
        CompletedAt = at;
        Status = WorkOrderStatus.Completed;
    }

    public void Cancel(string reason, string by, DateTimeOffset at)
    {
        RequireOpen("cancelled");
        ResultNote = Clip(reason, NoteMaxLength);
        CompletedBy = Clip(by, NameMaxLength);
        CompletedAt = at;
        Status = WorkOrderStatus.Cancelled;
    }

    private void RequireOpen(string action)
    {
        if (!IsOpen)
        {
            throw new DomainException(ErrorCodes.Conflict, $"This work order is {Status.ToString().ToLowerInvariant()} and cannot be {action}.");
        }
    }

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;
}
