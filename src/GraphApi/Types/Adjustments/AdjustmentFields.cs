using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.GraphApi.Types.Adjustments;

/// <summary>Adjustment requests: staff make, approve and reject them; residents ask for and follow their leak adjustments.</summary>
internal static class AdjustmentFields
{
    private static readonly string[] StaffAndResidents = [.. StaffRoles.All, PublicRoles.Resident];

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdjustmentRequestType>>>>("adjustmentRequests")
            .Description("Staff: requests by status, reason, account, or only those the reader may approve (oldest first). Residents: the leak requests of their linked accounts.")
            .Argument<AdjustmentStatusType>("status")
            .Argument<AdjustmentReasonType>("reason")
            .Argument<StringGraphType>("accountNumber")
            .Argument<BooleanGraphType>("mineToApprove", a => a.DefaultValue = false)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .AuthorizeWithRoles(StaffAndResidents)
            .ResolveAsync(async c => (object?)await c.Service<ListAdjustmentRequests>().HandleAsync(c.Actor(), new AdjustmentFilter(
                c.GetArgument<AdjustmentStatus?>("status"), c.GetArgument<AdjustmentReason?>("reason"), c.GetArgument<string?>("accountNumber"),
                c.GetArgument("mineToApprove", false), c.GetArgument("first", 50)), c.CancellationToken));

        query.Field<NonNullGraphType<AdjustmentRequestDetailsType>>("adjustmentRequest")
            .Description("One request with its calculation, files and history. A resident sees only their own leak requests.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AuthorizeWithRoles(StaffAndResidents)
            .ResolveAsync(async c => (object?)await c.Service<GetAdjustmentRequest>().HandleAsync(c.Actor(), c.GetArgument<Guid>("id"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AdjustmentRequestDetailsType>>("createAdjustmentRequest")
            .Description("Staff. Prepares a request; it waits for another person to approve it within their limit.")
            .Argument<NonNullGraphType<CreateAdjustmentInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await CreateAsync(c, c.GetArgument<CreateAdjustmentArgs>("input").ToInput()));

        mutation.Field<NonNullGraphType<AdjustmentRequestDetailsType>>("requestLeakAdjustment")
            .Description("Resident. Asks for a leak adjustment of a bill of a linked account, with the plumber's invoice; at most one per account in 12 months.")
            .Argument<NonNullGraphType<LeakAdjustmentInputType>>("input")
            .AuthorizeWithRoles(PublicRoles.Resident)
            .ResolveAsync(async c => (object?)await CreateAsync(c, c.GetArgument<LeakAdjustmentArgs>("input").ToInput()));

        mutation.Field<NonNullGraphType<AdjustmentRequestDetailsType>>("approveAdjustmentRequest")
            .Description("Staff, never the maker, within their limit (above the maker's limit a Supervisor). Posts the adjustment to the ledger once.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<Guid>("id");
                await c.Service<ApproveAdjustmentRequest>().HandleAsync(c.Actor(), id, c.CancellationToken);
                c.Loaders().Clear();
                return (object?)await c.Service<GetAdjustmentRequest>().HandleAsync(c.Actor(), id, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<AdjustmentRequestDetailsType>>("rejectAdjustmentRequest")
            .Description("Staff, never the maker. The reason stays on the request.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<Guid>("id");
                await c.Service<RejectAdjustmentRequest>().HandleAsync(c.Actor(), id, c.GetArgument<string>("reason"), c.CancellationToken);
                return (object?)await c.Service<GetAdjustmentRequest>().HandleAsync(c.Actor(), id, c.CancellationToken);
            });
    }

    private static async Task<AdjustmentRequestDetails> CreateAsync(IResolveFieldContext c, CreateAdjustmentInput input)
    {
        var id = await c.Service<CreateAdjustmentRequest>().HandleAsync(c.Actor(), input, c.CancellationToken);
        return await c.Service<GetAdjustmentRequest>().HandleAsync(c.Actor(), id, c.CancellationToken);
    }
}
