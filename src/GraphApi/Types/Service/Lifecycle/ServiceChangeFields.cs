using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service.Lifecycle;

namespace UtilityPortal.GraphApi.Types.Service.Lifecycle;

/// <summary>
/// Start, stop and transfer: residents for their own accounts (a start may be anywhere), staff on a customer's behalf;
/// the pending list, the crew's reads and cancel for staff. The account opens or is final-billed when the crew's work
/// order is completed (completeWorkOrder).
/// </summary>
internal static class ServiceChangeFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceChangeType>>>>("pendingServiceChanges")
            .Description("Staff only. Starts, stops and transfers waiting for field work, soonest date first.")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ListServiceChanges>().PendingAsync(c.Actor(), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceChangeType>>>>("myServiceChanges")
            .Description("The starts, stops and transfers of the signed-in resident's linked accounts, newest first.")
            .ResolveAsync(async c => (object?)await c.Service<ListServiceChanges>().MineAsync(c.Actor(), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ServiceChangeType>>("startService")
            .Description("Asks for service at a premise from a day on: a pending account and a turn-on work order. Staff or resident.")
            .Argument<NonNullGraphType<StartServiceInputType>>("input")
            .ResolveAsync(async c => (object?)await c.Service<RequestStartService>().HandleAsync(c.Actor(), c.GetArgument<StartServiceInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ServiceChangeType>>("stopService")
            .Description("Asks for an active account's service to stop on a day: a turn-off work order; the final bill follows the crew's final read.")
            .Argument<NonNullGraphType<StopServiceInputType>>("input")
            .ResolveAsync(async c => (object?)await c.Service<RequestStopService>().HandleAsync(c.Actor(), c.GetArgument<StopServiceInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ServiceChangeType>>("transferService")
            .Description("Moves a customer: the old account stops and a new one starts at the new premise on the same day.")
            .Argument<NonNullGraphType<TransferServiceInputType>>("input")
            .ResolveAsync(async c => (object?)await c.Service<RequestTransferService>().HandleAsync(c.Actor(), c.GetArgument<TransferServiceInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ServiceChangeType>>("recordServiceRead")
            .Description("Staff only. The crew's register at a turn-on or turn-off, before the work order is completed. Audited.")
            .Argument<NonNullGraphType<RecordServiceReadInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<RecordServiceRead>().HandleAsync(c.Actor(), c.GetArgument<RecordServiceReadInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ServiceChangeType>>("cancelServiceChange")
            .Description("Withdraws a start, stop or transfer before any field work is done, with a reason. Staff, or the resident for their own.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => (object?)await c.Service<CancelServiceChange>().HandleAsync(c.Actor(),
                new CancelServiceChangeInput(c.GetArgument<Guid>("id"), c.GetArgument<string>("reason")), c.CancellationToken));
    }
}
