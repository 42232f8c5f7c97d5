using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Service.Lifecycle;

public enum ServiceChangeKind
{
    /// <summary>New service at a premise: a pending account, opened when the crew turns the water on.</summary>
    Start = 1,

    /// <summary>Service ends: the crew turns the water off and reads the meter; the account is final-billed.</summary>
    Stop = 2,

    /// <summary>The customer moves: the old account stops and a new one starts at the new premise.</summary>
    Transfer = 3,
}

public enum ServiceChangeState
{
    /// <summary>Asked for; the crew's work order (or orders, for a transfer) is not finished yet.</summary>
    Requested = 1,

    /// <summary>Every part is done: the account opened, or final-billed, or both.</summary>
    Completed = 2,

    /// <summary>Withdrawn before any field work was done.</summary>
    Cancelled = 3,
}

/// <summary>Whether the new account pays the schedule's deposit or a Supervisor waived it when the start was asked for.</summary>
public enum DepositDecision
{
    Required = 1,
    Waived = 2,
}

/// <summary>
/// One start, stop or transfer of service, from the request to the field work that carries it out. It remembers the
/// accounts and work orders involved, the crew's reads, and what the lifecycle did (the deposit bill, the final bill and
/// the refund). It moves Requested → Completed or Requested → Cancelled; a transfer completes when both its turn-off and
/// its turn-on are done, and cannot be cancelled once one of them is.
/// </summary>
public sealed class ServiceChange
{
    public const int NameMaxLength = 120;
    public const int NoteMaxLength = 300;

    private ServiceChange()
    {
        RequestedBy = string.Empty;
    }

    private ServiceChange(ServiceChangeKind kind, Guid customerId, DateOnly requestedDate, DateTimeOffset at, string by)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        State = ServiceChangeState.Requested;
        CustomerId = customerId;
        RequestedDate = requestedDate;
        RequestedAt = at;
        RequestedBy = Clip(by, NameMaxLength);
    }

    public Guid Id { get; private set; }

    public ServiceChangeKind Kind { get; private set; }

    public ServiceChangeState State { get; private set; }

    /// <summary>The resident's service request this change carries out, once service requests link to it.</summary>
    public Guid? ServiceRequestId { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>The account that stops (stop, transfer).</summary>
    public Guid? FromAccountId { get; private set; }

    /// <summary>Where service starts (start, transfer).</summary>
    public Guid? ToPremiseId { get; private set; }

    /// <summary>The pending account that opens at <see cref="ToPremiseId"/>.</summary>
    public Guid? ToAccountId { get; private set; }

    /// <summary>The day the customer asked for service to start or stop.</summary>
    public DateOnly RequestedDate { get; private set; }

    /// <summary>Where the final bill and any refund check go after a stop.</summary>
    public PostalAddress? ForwardingAddress { get; private set; }

    public DepositDecision Deposit { get; private set; }

    public string? DepositWaiverReason { get; private set; }

    public Guid? TurnOnOrderId { get; private set; }

    public Guid? TurnOffOrderId { get; private set; }

    /// <summary>The register the crew read when turning the water on.</summary>
    public long? StartRegister { get; private set; }

    /// <summary>The register the crew read when turning the water off: the final read.</summary>
    public long? FinalRegister { get; private set; }

    public DateOnly? StartedOn { get; private set; }

    public DateOnly? StoppedOn { get; private set; }

    public Guid? DepositBillId { get; private set; }

    public Guid? FinalBillId { get; private set; }

    /// <summary>The credit returned after the final bill applied the deposit.</summary>
    public Money Refunded { get; private set; }

    /// <summary>What the crew said when the work could not be done; the change waits for another visit or a cancel.</summary>
    public string? FieldNote { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public string RequestedBy { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelledBy { get; private set; }

    public string? CancelReason { get; private set; }

    public bool Starts => Kind is ServiceChangeKind.Start or ServiceChangeKind.Transfer;

    public bool Stops => Kind is ServiceChangeKind.Stop or ServiceChangeKind.Transfer;

    public static ServiceChange Start(Guid customerId, Guid premiseId, Guid pendingAccountId, DateOnly startOn, string? depositWaiverReason,
        DateTimeOffset at, string by)
    {
        var change = new ServiceChange(ServiceChangeKind.Start, customerId, startOn, at, by);
        change.SetStart(premiseId, pendingAccountId, depositWaiverReason);
        return change;
    }

    public static ServiceChange Stop(Guid customerId, Guid accountId, DateOnly stopOn, PostalAddress forwardingAddress, DateTimeOffset at, string by) =>
        new(ServiceChangeKind.Stop, customerId, stopOn, at, by) { FromAccountId = accountId, ForwardingAddress = forwardingAddress };

    public static ServiceChange Transfer(Guid customerId, Guid fromAccountId, Guid toPremiseId, Guid pendingAccountId, DateOnly moveOn,
        PostalAddress forwardingAddress, string? depositWaiverReason, DateTimeOffset at, string by)
    {
        if (fromAccountId == pendingAccountId)
        {
            throw new DomainException(ErrorCodes.Invalid, "A transfer moves service to another account.", "toPremise");
        }

        var change = new ServiceChange(ServiceChangeKind.Transfer, customerId, moveOn, at, by) { FromAccountId = fromAccountId, ForwardingAddress = forwardingAddress };
        change.SetStart(toPremiseId, pendingAccountId, depositWaiverReason);
        return change;
    }

    /// <summary>The crew's turn-on or turn-off order for a part of the change not yet done (again after a visit that failed).</summary>
    public void Dispatch(WorkOrder order)
    {
        RequireRequested("be dispatched");
        switch (order.Type)
        {
            case WorkOrderType.TurnOn when Starts && StartedOn is null && TurnOnOrderId is null:
                TurnOnOrderId = order.Id;
                break;
            case WorkOrderType.TurnOff when Stops && StoppedOn is null && TurnOffOrderId is null:
                TurnOffOrderId = order.Id;
                break;
            default:
                throw new DomainException(ErrorCodes.Conflict, $"This {Kind.ToString().ToLowerInvariant()} already has its {Describe(order.Type)} order.");
        }

        FieldNote = null;
    }

    public void LinkServiceRequest(Guid serviceRequestId) => ServiceRequestId = serviceRequestId;

    /// <summary>The register the crew read at the meter, before they close their work order.</summary>
    public void RecordRegister(WorkOrderType type, long register)
    {
        RequireRequested("take a read");
        if (register < 0)
        {
            throw new DomainException(ErrorCodes.Invalid, "A register value cannot be negative.", "register");
        }

        switch (type)
        {
            case WorkOrderType.TurnOn when Starts && StartedOn is null:
                StartRegister = register;
                break;
            case WorkOrderType.TurnOff when Stops && StoppedOn is null:
                FinalRegister = register;
                break;
            default:
                throw new DomainException(ErrorCodes.Conflict, $"This {Kind.ToString().ToLowerInvariant()} has no open {Describe(type)} to read for.", "type");
        }
    }

    /// <summary>The turn-on is done: the new account is open, with its deposit bill (none when waived).</summary>
    public void MarkStarted(DateOnly on, Guid? depositBillId, DateTimeOffset at)
    {
        RequireRequested("start service");
        if (!Starts || StartedOn is not null)
        {
            throw new DomainException(ErrorCodes.Conflict, $"This {Kind.ToString().ToLowerInvariant()} has no service left to start.");
        }

        StartedOn = on;
        DepositBillId = depositBillId;
        CompleteWhenDone(at);
    }

    /// <summary>The turn-off is done: the old account is final-billed, its deposit applied and the remaining credit refunded.</summary>
    public void MarkStopped(DateOnly on, Guid finalBillId, Money refunded, DateTimeOffset at)
    {
        RequireRequested("stop service");
        if (!Stops || StoppedOn is not null)
        {
            throw new DomainException(ErrorCodes.Conflict, $"This {Kind.ToString().ToLowerInvariant()} has no service left to stop.");
        }

        StoppedOn = on;
        FinalBillId = finalBillId;
        Refunded = refunded;
        CompleteWhenDone(at);
    }

    /// <summary>The crew could not do the work: the change waits for another visit (or a cancel).</summary>
    public void NoteFieldWorkNotDone(WorkOrderType type, string? note)
    {
        RequireRequested("record a visit");
        FieldNote = Clip($"{Describe(type)} not done: {note?.Trim()}", NoteMaxLength);
        if (type == WorkOrderType.TurnOn)
        {
            TurnOnOrderId = null;
        }
        else
        {
            TurnOffOrderId = null;
        }
    }

    public void Cancel(string? reason, string by, DateTimeOffset at)
    {
        RequireRequested("be cancelled");
        if (StartedOn is not null || StoppedOn is not null)
        {
            throw new DomainException(ErrorCodes.Conflict, "Part of this transfer is already done in the field; it can no longer be cancelled.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say why the request is cancelled.", "reason");
        }

        State = ServiceChangeState.Cancelled;
        CancelReason = Clip(reason.Trim(), NoteMaxLength);
        CancelledBy = Clip(by, NameMaxLength);
        CancelledAt = at;
    }

    private void SetStart(Guid premiseId, Guid pendingAccountId, string? depositWaiverReason)
    {
        ToPremiseId = premiseId;
        ToAccountId = pendingAccountId;
        Deposit = string.IsNullOrWhiteSpace(depositWaiverReason) ? DepositDecision.Required : DepositDecision.Waived;
        DepositWaiverReason = string.IsNullOrWhiteSpace(depositWaiverReason) ? null : Clip(depositWaiverReason.Trim(), NoteMaxLength);
    }

    private void CompleteWhenDone(DateTimeOffset at)
    {
        if ((!Starts || StartedOn is not null) && (!Stops || StoppedOn is not null))
        {
            State = ServiceChangeState.Completed;
            CompletedAt = at;
        }
    }

    private void RequireRequested(string action)
    {
        if (State != ServiceChangeState.Requested)
        {
            throw new DomainException(ErrorCodes.Conflict, $"This {Kind.ToString().ToLowerInvariant()} is {State.ToString().ToLowerInvariant()} and cannot {action}.");
        }
    }

    private static string Describe(WorkOrderType type) => type == WorkOrderType.TurnOn ? "turn-on" : "turn-off";

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;
}
