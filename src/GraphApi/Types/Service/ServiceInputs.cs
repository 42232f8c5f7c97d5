using GraphQL.Types;
using UtilityPortal.Domain.Service;
using UtilityPortal.GraphApi.Types.Payments;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Service;

/// <summary>fileServiceRequest's input (no photo: the Portal form takes one).</summary>
public sealed record FileServiceRequestArgs(ServiceRequestType Type, string? AccountNumber, Guid? PremiseId, string? Description, string? Location,
    LeakSeverity? Severity, ContactPreference? ContactPreference, Guid? SlotId, string? RequestKey)
{
    public FileServiceRequestInput ToInput() => new(Type, AccountNumber, PremiseId, Description, Location, Severity,
        ContactPreference ?? Domain.Service.ContactPreference.Email, SlotId, null, RequestKey);
}

public sealed class FileServiceRequestInputType : InputObjectGraphType<FileServiceRequestArgs>
{
    public FileServiceRequestInputType()
    {
        Name = "FileServiceRequestInput";
        Field(i => i.Type, type: typeof(NonNullGraphType<ServiceRequestTypeType>));
        Field(i => i.AccountNumber, nullable: true).Description("Required except for start service at a premise; a resident's must be linked to them.");
        Field(i => i.PremiseId, type: typeof(IdGraphType));
        Field(i => i.Description, nullable: true);
        Field(i => i.Location, nullable: true).Description("Required for a leak: where it is.");
        Field(i => i.Severity, type: typeof(LeakSeverityType)).Description("Required for a leak.");
        Field(i => i.ContactPreference, type: typeof(ContactPreferenceType)).Description("Default EMAIL.");
        Field(i => i.SlotId, type: typeof(IdGraphType)).Description("An appointment slot (see appointmentSlots); refused when past or full.");
        Field(i => i.RequestKey, nullable: true).Description("Files once however often the same key is sent.");
    }
}

public sealed class TriageServiceRequestInputType : InputObjectGraphType<TriageServiceRequestInput>
{
    public TriageServiceRequestInputType()
    {
        Name = "TriageServiceRequestInput";
        Field(i => i.ServiceRequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Priority, type: typeof(NonNullGraphType<RequestPriorityType>));
    }
}

public sealed class CreateWorkOrdersInputType : InputObjectGraphType<CreateWorkOrdersInput>
{
    public CreateWorkOrdersInputType()
    {
        Name = "CreateWorkOrdersInput";
        Field(i => i.ServiceRequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Types, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<WorkOrderTypeType>>>));
        Field(i => i.Note, nullable: true);
    }
}

public sealed class AssignWorkOrderInputType : InputObjectGraphType<AssignWorkOrderInput>
{
    public AssignWorkOrderInputType()
    {
        Name = "AssignWorkOrderInput";
        Field(i => i.WorkOrderId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.AssignedTo, nullable: true);
    }
}

public sealed class ScheduleWorkOrderInputType : InputObjectGraphType<ScheduleWorkOrderInput>
{
    public ScheduleWorkOrderInputType()
    {
        Name = "ScheduleWorkOrderInput";
        Field(i => i.WorkOrderId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.SlotId, type: typeof(NonNullGraphType<IdGraphType>));
    }
}

public sealed record CloseWorkOrderArgs(Guid WorkOrderId, FieldResultCode? ResultCode, string? Note, List<string>? Fees, bool? ResolveRequest)
{
    public CompleteWorkOrderCommand ToCommand() => new(WorkOrderId, ResultCode, Note, Fees, ResolveRequest ?? true);
}

public sealed class CloseWorkOrderInputType : InputObjectGraphType<CloseWorkOrderArgs>
{
    public CloseWorkOrderInputType()
    {
        Name = "CloseWorkOrderInput";
        Field(i => i.WorkOrderId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.ResultCode, type: typeof(FieldResultCodeType)).Description("Required; a close without one is refused (INVALID on resultCode).");
        Field(i => i.Note, nullable: true).Description("Required when the code means the work was not done.");
        Field(i => i.Fees, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("Rate schedule fees to charge: fieldVisit, afterHoursTurnOnOff (turn-on/off only).");
        Field(i => i.ResolveRequest, nullable: true).Description("Default true: resolve the request when this was its last open order.");
    }
}

public sealed class CancelWorkOrderInputType : InputObjectGraphType<CancelWorkOrderInput>
{
    public CancelWorkOrderInputType()
    {
        Name = "CancelWorkOrderInput";
        Field(i => i.WorkOrderId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Reason, nullable: true);
    }
}

public sealed class CloseServiceRequestInputType : InputObjectGraphType<CloseServiceRequestInput>
{
    public CloseServiceRequestInputType()
    {
        Name = "CloseServiceRequestInput";
        Field(i => i.ServiceRequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Text, nullable: true).Description("The resolution, or the reason for cancelling.");
    }
}

public sealed record CreateAppointmentSlotArgs(DateOnly Day, string Starts, string Ends, int Capacity)
{
    public CreateAppointmentSlotInput ToInput() => new(Day, Time(Starts, "startsAt"), Time(Ends, "endsAt"), Capacity);

    private static TimeOnly Time(string text, string field) =>
        TimeOnly.TryParseExact(text, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time)
            ? time
            : throw new Domain.DomainException(Domain.ErrorCodes.Invalid, "Give times as HH:mm.", field);
}

public sealed class CreateAppointmentSlotInputType : InputObjectGraphType<CreateAppointmentSlotArgs>
{
    public CreateAppointmentSlotInputType()
    {
        Name = "CreateAppointmentSlotInput";
        Field(i => i.Day, type: typeof(NonNullGraphType<DateScalar>)).Description("In the utility's local time.");
        Field(i => i.Starts, type: typeof(NonNullGraphType<StringGraphType>)).Description("HH:mm, local time.");
        Field(i => i.Ends, type: typeof(NonNullGraphType<StringGraphType>)).Description("HH:mm, local time.");
        Field(i => i.Capacity);
    }
}
