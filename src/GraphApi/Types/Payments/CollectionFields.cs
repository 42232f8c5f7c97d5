using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Collections;
using UtilityPortal.Domain.Service;
using UtilityPortal.GraphApi.Types.Accounts;

namespace UtilityPortal.GraphApi.Types.Payments;

/// <summary>The delinquency and collections fields of the Query and Mutation roots (staff only). Each calls one use case.</summary>
internal static class CollectionFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DelinquentAccountPageType>>("delinquentAccounts")
            .Description("Staff only. The aging of every account owing something 30 days old or more, largest past due first, a page at a time, with totals.")
            .Argument<IntGraphType>("cycle")
            .Argument<AgingBucketType>("bucket")
            .Argument<AccountRoleType>("role")
            .Argument<IntGraphType>("page", a => a.DefaultValue = 1)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<AgingReport>().PageAsync(c.Actor(),
                new AgingFilter(c.GetArgument<int?>("cycle"), c.GetArgument<AgingBucket?>("bucket"), c.GetArgument<AccountRole?>("role")),
                c.GetArgument("page", 1), c.GetArgument("first", 50), c.CancellationToken));

        query.Field<NonNullGraphType<ShutOffListType>>("shutOffList")
            .Description("Staff only. Active accounts past due beyond the grace period above the minimum, less what an active agreement covers; " +
                "accounts under bankruptcy or critical care are listed apart in excluded.")
            .Argument<IntGraphType>("cycle")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ShutOffList>().HandleAsync(c.Actor(), c.GetArgument<int?>("cycle"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShutOffResultType>>>>("processShutOff")
            .Description("Staff only. For each account still on the shut-off list: charges the schedule's delinquency fee (once per delinquency) and orders a disconnect. Audited.")
            .Argument<NonNullGraphType<ProcessShutOffInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ProcessShutOff>().HandleAsync(c.Actor(), c.GetArgument<ProcessShutOffInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<RestoreServicePayloadType>>("restoreService")
            .Description("Staff only. Ends a shut-off once the past-due amount and the fee are paid in full (CONFLICT with the amount still owed otherwise); " +
                "a disconnected service gets a reconnect work order.")
            .Argument<NonNullGraphType<RestoreServiceInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<RestoreService>().HandleAsync(c.Actor(), c.GetArgument<RestoreServiceInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<CollectionHoldType>>("flagBankruptcy")
            .Description("Staff only. Stops collection actions and keeps the balance as of the filing date apart (pre-petition). A second flag is CONFLICT.")
            .Argument<NonNullGraphType<FlagBankruptcyInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<FlagBankruptcy>().HandleAsync(c.Actor(), c.GetArgument<FlagBankruptcyInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<CollectionHoldType>>("releaseBankruptcy")
            .Description("Staff only. Lifts a bankruptcy (or, with kind, a critical-care) flag as of a date.")
            .Argument<NonNullGraphType<ReleaseBankruptcyInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ReleaseCollectionHold>().HandleAsync(c.Actor(), c.GetArgument<ReleaseCollectionHoldInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<CollectionHoldType>>("flagCriticalCare")
            .Description("Staff only. Keeps the account off the shut-off list until the certification ends; flagging again records a new date.")
            .Argument<NonNullGraphType<FlagCriticalCareInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<FlagCriticalCare>().HandleAsync(c.Actor(), c.GetArgument<FlagCriticalCareInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<WriteOffPayloadType>>("writeOffBalance")
            .Description("Supervisor only. Writes a final-billed or closed account's balance off to bad debt after the policy period, once. Audited.")
            .Argument<NonNullGraphType<WriteOffBalanceInputType>>("input")
            .AuthorizeWithRoles(StaffRoles.Supervisor)
            .ResolveAsync(async c => (object?)await c.Service<WriteOffBalance>().HandleAsync(c.Actor(), c.GetArgument<WriteOffBalanceInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<TransferPayloadType>>("transferBalance")
            .Description("Staff only. Moves a closed account's balance to the same customer's active account (a transfer pair netting to zero). Audited.")
            .Argument<NonNullGraphType<TransferBalanceInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<TransferBalance>().HandleAsync(c.Actor(), c.GetArgument<TransferBalanceInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<WorkOrderGraphType>>("completeWorkOrder")
            .Description("Staff only. Records how a disconnect or reconnect ended (DONE or NOT_DONE with a note). Audited.")
            .Argument<NonNullGraphType<CompleteWorkOrderInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<WorkOrderDispatch>().CompleteAsync(c.Actor(), c.GetArgument<CompleteWorkOrderInput>("input"), c.CancellationToken));
    }
}
