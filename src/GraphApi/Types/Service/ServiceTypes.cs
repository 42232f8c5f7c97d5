using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Service;
using UtilityPortal.GraphApi.Types.Payments;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Service;

public sealed class ServiceRequestTypeType : EnumerationGraphType<ServiceRequestType>
{
    public ServiceRequestTypeType() => Name = "ServiceRequestType";
}

public sealed class ServiceRequestStatusType : EnumerationGraphType<ServiceRequestStatus>
{
    public ServiceRequestStatusType() => Description = "SUBMITTED → TRIAGED → DISPATCHED → RESOLVED; CANCELLED from any open status. RESOLVED and CANCELLED are final.";
}

public sealed class RequestPriorityType : EnumerationGraphType<RequestPriority>
{
    public RequestPriorityType() => Description = "EMERGENCY is top priority (a leak is dispatched at once).";
}

public sealed class LeakSeverityType : EnumerationGraphType<LeakSeverity>
{
}

public sealed class ContactPreferenceType : EnumerationGraphType<ContactPreference>
{
    public ContactPreferenceType() => Description = "How status updates are sent; a text also needs the customer's SMS consent.";
}

public sealed class FieldResultCodeType : EnumerationGraphType<FieldResultCode>
{
    public FieldResultCodeType() => Description = "What the crew found and did; each work order type accepts its own codes and the general ones (WORK_DONE, NOT_DONE, NO_ACCESS, CUSTOMER_NOT_HOME, UNSAFE_CONDITIONS).";
}

/// <summary>A request as lists show it (the triage queue, a resident's requests, an account's requests).</summary>
public sealed class ServiceRequestSummaryType : ObjectGraphType<ServiceRequestRow>
{
    public ServiceRequestSummaryType()
    {
        Name = "ServiceRequestSummary";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Number);
        Field(r => r.Type, type: typeof(NonNullGraphType<ServiceRequestTypeType>));
        Field(r => r.Status, type: typeof(NonNullGraphType<ServiceRequestStatusType>));
        Field(r => r.Priority, type: typeof(NonNullGraphType<RequestPriorityType>));
        Field(r => r.SubmittedAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(r => r.DueBy, type: typeof(NonNullGraphType<DateTimeScalar>)).Description("The service-level target.");
        Field(r => r.ClosedAt, type: typeof(DateTimeScalar));
        Field(r => r.Breached).Description("Open past its target, or resolved after it.");
        Field(r => r.AccountNumber, nullable: true);
        Field(r => r.CustomerName, nullable: true);
        Field(r => r.ServiceAddress, nullable: true);
        Field(r => r.ReporterName);
    }
}

/// <summary>One request in full, with its work orders.</summary>
public sealed class ServiceRequestGraphType : ObjectGraphType<ServiceRequest>
{
    public ServiceRequestGraphType()
    {
        Name = "ServiceRequest";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Number).Description("What the resident quotes: SR- and ten hex digits.");
        Field(r => r.Type, type: typeof(NonNullGraphType<ServiceRequestTypeType>));
        Field(r => r.Status, type: typeof(NonNullGraphType<ServiceRequestStatusType>));
        Field(r => r.Priority, type: typeof(NonNullGraphType<RequestPriorityType>));
        Field(r => r.SubmittedAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(r => r.DueBy, type: typeof(NonNullGraphType<DateTimeScalar>)).Description("The service-level target.");
        Field(r => r.Description, nullable: true);
        Field(r => r.Location, nullable: true).Description("Where a reported leak is.");
        Field(r => r.Severity, type: typeof(LeakSeverityType));
        Field<NonNullGraphType<ContactPreferenceType>>("contactPreference").Resolve(c => c.Source.Contact);
        Field(r => r.ReporterName);
        Field(r => r.ClosedAt, type: typeof(DateTimeScalar));
        Field(r => r.Outcome, nullable: true).Description("The resolution, or why it was cancelled.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkOrderGraphType>>>>("workOrders")
            .ResolveAsync(async c => (object?)await c.Service<ServiceRequestLists>().WorkOrdersOfAsync(c.Source, c.CancellationToken));
    }
}

public sealed class SlaBreachType : ObjectGraphType<SlaBreach>
{
    public SlaBreachType()
    {
        Name = "SlaBreach";
        Field<NonNullGraphType<ServiceRequestSummaryType>>("request").Resolve(c => c.Source.Request);
        Field<NonNullGraphType<IntGraphType>>("hoursLate").Resolve(c => (int)Math.Ceiling(c.Source.Late.TotalHours));
    }
}

public sealed class TriageQueuePageType : ObjectGraphType<TriageQueuePage>
{
    public TriageQueuePageType()
    {
        Name = "TriageQueuePage";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceRequestSummaryType>>>>("requests").Resolve(c => c.Source.Rows);
        Field(p => p.OpenCount);
        Field(p => p.BreachedCount);
        Field(p => p.Page);
        Field(p => p.HasMore);
    }
}

public sealed class AppointmentSlotType : ObjectGraphType<AppointmentSlotView>
{
    public AppointmentSlotType()
    {
        Name = "AppointmentSlot";
        Field(s => s.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(s => s.StartsAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(s => s.EndsAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(s => s.Capacity);
        Field(s => s.Booked);
        Field<NonNullGraphType<IntGraphType>>("free").Resolve(c => c.Source.Free);
    }
}

/// <summary>A work order as the dispatch queue lists it.</summary>
public sealed class DispatchItemType : ObjectGraphType<WorkOrderView>
{
    public DispatchItemType()
    {
        Name = "DispatchItem";
        Field(w => w.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(w => w.Type, type: typeof(NonNullGraphType<WorkOrderTypeType>));
        Field(w => w.Status, type: typeof(NonNullGraphType<WorkOrderStatusType>));
        Field(w => w.Priority, type: typeof(NonNullGraphType<RequestPriorityType>));
        Field(w => w.AccountNumber);
        Field(w => w.CustomerName);
        Field(w => w.ServiceAddress);
        Field(w => w.RequestedAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(w => w.ScheduledStart, type: typeof(DateTimeScalar));
        Field(w => w.ScheduledEnd, type: typeof(DateTimeScalar));
        Field(w => w.AssignedTo, nullable: true);
        Field(w => w.ResultCode, type: typeof(FieldResultCodeType));
        Field(w => w.ServiceRequestId, type: typeof(IdGraphType));
    }
}

/// <summary>The service request fields of the shared WorkOrder type (priority, appointment, result code, request).</summary>
internal static class ServiceTypeFields
{
    public static void AddWorkOrderFields(ObjectGraphType<WorkOrder> type)
    {
        type.Field(w => w.Priority, type: typeof(NonNullGraphType<RequestPriorityType>));
        type.Field(w => w.ScheduledStart, type: typeof(DateTimeScalar)).Description("The booked appointment window, in the utility's local time.");
        type.Field(w => w.ScheduledEnd, type: typeof(DateTimeScalar));
        type.Field(w => w.ResultCode, type: typeof(FieldResultCodeType));
        type.Field(w => w.ServiceRequestId, type: typeof(IdGraphType)).Description("The service request this order works on; null for collections' orders.");
    }
}
