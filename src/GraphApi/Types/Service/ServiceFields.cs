using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;
using UtilityPortal.GraphApi.Types.Payments;

namespace UtilityPortal.GraphApi.Types.Service;

/// <summary>Service requests, work orders and appointment slots on the Query and Mutation roots. Each field calls one use case.</summary>
internal static class ServiceFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<ServiceRequestGraphType>("serviceRequest")
            .Description("One request by its number: staff any; a resident one on a linked account or filed by them (NOT_FOUND otherwise).")
            .Argument<NonNullGraphType<StringGraphType>>("requestNumber")
            .ResolveAsync(async c => (object?)(await c.Service<GetServiceRequest>().HandleAsync(c.Actor(), c.GetArgument<string>("requestNumber"), c.CancellationToken)).Request);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceRequestSummaryType>>>>("myServiceRequests")
            .Description("The signed-in resident's requests (linked accounts, or filed by them), newest first.")
            .ResolveAsync(async c => (object?)await c.Service<ServiceRequestLists>().MineAsync(c.Actor(), c.CancellationToken));

        query.Field<NonNullGraphType<TriageQueuePageType>>("triageQueue")
            .Description("Staff only. Requests by service-level due time, fifty a page; without status, every open one.")
            .Argument<ServiceRequestStatusType>("status")
            .Argument<ServiceRequestTypeType>("type")
            .Argument<RequestPriorityType>("priority")
            .Argument<BooleanGraphType>("breachedOnly", a => a.DefaultValue = false)
            .Argument<IntGraphType>("page", a => a.DefaultValue = 1)
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ServiceTriage>().ListAsync(c.Actor(), new TriageFilter(c.GetArgument<ServiceRequestStatus?>("status"),
                c.GetArgument<ServiceRequestType?>("type"), c.GetArgument<RequestPriority?>("priority"), c.GetArgument("breachedOnly", false), c.GetArgument("page", 1)),
                c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SlaBreachType>>>>("slaBreaches")
            .Description("Staff only. Open requests past their target, then those resolved late in the last `days` (default 30).")
            .Argument<IntGraphType>("days", a => a.DefaultValue = 30)
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ServiceTriage>().BreachesAsync(c.Actor(), c.GetArgument("days", 30), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DispatchItemType>>>>("dispatchQueue")
            .Description("Staff only. Open work orders, emergencies first, then by appointment and age (with includeClosed, the latest of every status).")
            .Argument<WorkOrderTypeType>("type")
            .Argument<BooleanGraphType>("includeClosed", a => a.DefaultValue = false)
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<WorkOrderDispatch>().ListAsync(c.Actor(), !c.GetArgument("includeClosed", false),
                types: c.GetArgument<WorkOrderType?>("type") is { } type ? [type] : null, ct: c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AppointmentSlotType>>>>("appointmentSlots")
            .Description("Free appointment slots from now to `days` ahead (default 30), soonest first.")
            .Argument<IntGraphType>("days", a => a.DefaultValue = 30)
            .ResolveAsync(async c => (object?)await c.Service<AppointmentSlots>().OpenAsync(c.GetArgument("days", 30), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ServiceRequestGraphType>>("fileServiceRequest")
            .Description("A resident for a linked account, or staff for a caller. A leak is dispatched at once at EMERGENCY priority; a slot past or full is refused.")
            .Argument<NonNullGraphType<FileServiceRequestInputType>>("input")
            .ResolveAsync(async c => (object?)await c.Service<FileServiceRequest>().HandleAsync(c.Actor(), c.GetArgument<FileServiceRequestArgs>("input").ToInput(), c.CancellationToken));

        Staff<ServiceRequestGraphType, TriageServiceRequestInputType>(mutation, "triageServiceRequest",
            "Sets (before dispatch) the priority; the due time follows from type and priority. Audited.",
            async c => await c.Service<TriageServiceRequest>().HandleAsync(c.Actor(), c.GetArgument<TriageServiceRequestInput>("input"), c.CancellationToken));

        Staff<ListGraphType<NonNullGraphType<WorkOrderGraphType>>, CreateWorkOrdersInputType>(mutation, "createWorkOrders",
            "Turns a triaged request into one or more work orders at its priority. Audited.",
            async c => await c.Service<CreateWorkOrders>().HandleAsync(c.Actor(), c.GetArgument<CreateWorkOrdersInput>("input"), c.CancellationToken));

        Staff<WorkOrderGraphType, AssignWorkOrderInputType>(mutation, "assignWorkOrder", "Gives an open work order to a crew member. Audited.",
            async c => await c.Service<WorkOrderDispatch>().AssignAsync(c.Actor(), c.GetArgument<AssignWorkOrderInput>("input"), c.CancellationToken));

        Staff<WorkOrderGraphType, ScheduleWorkOrderInputType>(mutation, "scheduleWorkOrder",
            "Books an open work order into an appointment slot (refused when past or full); the resident is told. Audited.",
            async c => await c.Service<ScheduleWorkOrder>().HandleAsync(c.Actor(), c.GetArgument<ScheduleWorkOrderInput>("input"), c.CancellationToken));

        Staff<WorkOrderGraphType, CloseWorkOrderInputType>(mutation, "closeWorkOrder",
            "Completes a work order with its field result code and fees (posted once at the schedule's amounts); resolves the request when it was the last open order. Audited.",
            async c => await c.Service<CompleteWorkOrder>().HandleAsync(c.Actor(), c.GetArgument<CloseWorkOrderArgs>("input").ToCommand(), c.CancellationToken));

        Staff<WorkOrderGraphType, CancelWorkOrderInputType>(mutation, "cancelWorkOrder", "Cancels an open work order with a reason. Audited.",
            async c => await c.Service<CancelWorkOrder>().HandleAsync(c.Actor(), c.GetArgument<CancelWorkOrderInput>("input"), c.CancellationToken));

        Staff<ServiceRequestGraphType, CloseServiceRequestInputType>(mutation, "resolveServiceRequest",
            "Resolves a triaged or dispatched request whose work orders are all closed. Audited.",
            async c => await c.Service<CloseServiceRequest>().ResolveAsync(c.Actor(), c.GetArgument<CloseServiceRequestInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ServiceRequestGraphType>>("cancelServiceRequest")
            .Description("Staff, or the resident who filed it before a crew is dispatched. Open work orders are cancelled too.")
            .Argument<NonNullGraphType<CloseServiceRequestInputType>>("input")
            .ResolveAsync(async c => (object?)await c.Service<CloseServiceRequest>().CancelAsync(c.Actor(), c.GetArgument<CloseServiceRequestInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<AppointmentSlotType>>("createAppointmentSlot")
            .Description("Supervisor or Administrator. A window on a day (local time) taking `capacity` visits; a past slot is refused.")
            .Argument<NonNullGraphType<CreateAppointmentSlotInputType>>("input")
            .AuthorizeWithRoles(StaffRoles.Supervisor, StaffRoles.Administrator)
            .ResolveAsync(async c => (object?)await c.Service<AppointmentSlots>().CreateAsync(c.Actor(), c.GetArgument<CreateAppointmentSlotArgs>("input").ToInput(), c.CancellationToken));
    }

    private static void Staff<TResult, TInput>(ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, Task<object>> resolve)
        where TResult : IGraphType
        where TInput : IGraphType =>
        mutation.Field<NonNullGraphType<TResult>>(name)
            .Description("Staff only. " + description)
            .Argument<NonNullGraphType<TInput>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await resolve(c));
}
