using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.GraphApi.Types.Development;

/// <summary>Contractor estimates: the open fee calculator, a contractor's own requests, and the staff worksheet. Each calls one use case.</summary>
internal static class DevelopmentFields
{
    private static readonly string[] Issuers = [StaffRoles.SpecialistII, StaffRoles.SpecialistIII, StaffRoles.Supervisor, StaffRoles.Administrator];

    public static void AddQueries(ObjectGraphType query)
    {
        // Open like billPreview: it powers the Portal's public fee calculator and reads only published rates.
        query.Field<NonNullGraphType<EstimatePreviewType>>("estimatePreview")
            .Description("Open to anyone. Prices new service (capital facility charges, meter installation, deposit) exactly as a contractor's estimate is. " +
                "An unknown meter size or schedule is an INVALID error whose extensions.field names the input field.")
            .Argument<NonNullGraphType<EstimatePreviewInputType>>("input")
            .AllowAnonymous()
            .ResolveAsync(async c => (object?)await c.Service<PreviewEstimate>().HandleAsync(c.GetArgument<EstimatePreviewArgs>("input").ToInput(), c.CancellationToken));

        query.Field<NonNullGraphType<ServiceAvailabilityType>>("serviceAvailability")
            .Description("Whether a parcel (county folio number) lies in the utility's service area.")
            .Argument<NonNullGraphType<StringGraphType>>("parcelId")
            .Resolve(c => CheckServiceAvailability.Handle(c.GetArgument<string>("parcelId")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstimateSummaryType>>>>("myEstimates")
            .Description("Contractors only. The signed-in contractor's estimate requests, newest first.")
            .ResolveAsync(async c => (object?)await c.Service<ListEstimates>().MineAsync(c.Actor(), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstimateSummaryType>>>>("estimateQueue")
            .Description($"Staff only. Estimates of one status, or every open one, oldest first (at most {ListEstimates.MaxRows}).")
            .Argument<EstimateStatusType>("status")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ListEstimates>().QueueAsync(c.Actor(), c.GetArgument<EstimateStatus?>("status"), c.CancellationToken));

        query.Field<ContractorEstimateType>("estimate")
            .Description("One estimate with its worksheet and versions. A contractor sees only their own: any other id is NOT_FOUND, like an unknown one.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => (object?)await c.Service<GetEstimate>().HandleAsync(c.Actor(), c.GetArgument<Guid>("id"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ContractorEstimateType>>("requestEstimate")
            .Description("Contractors only. Requests an estimate; a parcel outside the service area, or a meter size the schedule cannot price, is refused (INVALID).")
            .Argument<NonNullGraphType<RequestEstimateInputType>>("input")
            .ResolveAsync(async c =>
            {
                var estimate = await c.Service<RequestEstimate>().HandleAsync(c.Actor(), c.GetArgument<RequestEstimateArgs>("input").ToInput(), c.CancellationToken);
                return (object?)await DetailsAsync(c, estimate.Id);
            });

        mutation.Field<NonNullGraphType<ContractorEstimateType>>("acceptEstimate")
            .Description("The contractor accepts the issued version before its valid-until date: a pending account opens carrying the fees, payable by the Portal checkout.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var accepted = await c.Service<AcceptEstimate>().HandleAsync(c.Actor(), c.GetArgument<Guid>("id"), c.CancellationToken);
                return (object?)await DetailsAsync(c, accepted.Estimate.Id);
            });

        Staff(mutation, "startEstimateReview", "Staff only. Takes a requested estimate into review, opening its worksheet.", StaffRoles.All,
            (c, id) => c.Service<StartEstimateReview>().HandleAsync(c.Actor(), id, c.CancellationToken));
        Staff(mutation, "issueEstimate", "SpecialistII and above. Issues the worksheet as the next version, valid for the configured number of days.", Issuers,
            (c, id) => c.Service<IssueEstimate>().HandleAsync(c.Actor(), id, c.CancellationToken));
        Staff(mutation, "convertEstimate", "SpecialistII and above. Converts an accepted estimate into a water service agreement.", Issuers,
            (c, id) => c.Service<ConvertEstimate>().HandleAsync(c.Actor(), id, c.CancellationToken));

        mutation.Field<NonNullGraphType<ContractorEstimateType>>("reviseEstimate")
            .Description("SpecialistII and above. Reopens the worksheet of an issued or expired estimate; the issued version keeps its lines and the reason.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .AuthorizeWithRoles(Issuers)
            .ResolveAsync(async c =>
            {
                var estimate = await c.Service<ReviseEstimate>().HandleAsync(c.Actor(), c.GetArgument<Guid>("id"), c.GetArgument<string>("reason"), c.CancellationToken);
                return (object?)await DetailsAsync(c, estimate.Id);
            });

        mutation.Field<NonNullGraphType<ContractorEstimateType>>("addEstimateLine")
            .Description("Staff only. Adds an extra line with its reason to an open worksheet.")
            .Argument<NonNullGraphType<AddEstimateLineInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var estimate = await c.Service<AddEstimateLine>().HandleAsync(c.Actor(), c.GetArgument<AddEstimateLineInput>("input"), c.CancellationToken);
                return (object?)await DetailsAsync(c, estimate.Id);
            });

        mutation.Field<NonNullGraphType<ContractorEstimateType>>("removeEstimateLine")
            .Description("Staff only. Takes an extra line off an open worksheet.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("sequence")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var estimate = await c.Service<RemoveEstimateLine>().HandleAsync(c.Actor(), c.GetArgument<Guid>("id"), c.GetArgument<int>("sequence"), c.CancellationToken);
                return (object?)await DetailsAsync(c, estimate.Id);
            });

        mutation.Field<NonNullGraphType<IntGraphType>>("expireEstimates")
            .Description("Staff only. Marks issued estimates past their valid-until date as expired; returns how many.")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ExpireEstimates>().HandleAsync(c.Actor(), c.CancellationToken));
    }

    private static void Staff(ObjectGraphType mutation, string name, string description, IEnumerable<string> roles,
        Func<IResolveFieldContext, Guid, Task<ContractorEstimate>> act) =>
        mutation.Field<NonNullGraphType<ContractorEstimateType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AuthorizeWithRoles([.. roles])
            .ResolveAsync(async c =>
            {
                var estimate = await act(c, c.GetArgument<Guid>("id"));
                return (object?)await DetailsAsync(c, estimate.Id);
            });

    private static Task<EstimateDetails> DetailsAsync(IResolveFieldContext c, Guid id) => c.Service<GetEstimate>().HandleAsync(c.Actor(), id, c.CancellationToken);
}
