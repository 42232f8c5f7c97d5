using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Billing.Runs;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Loading;
using UtilityPortal.GraphApi.Types.Accounts;

namespace UtilityPortal.GraphApi.Types.Billing;

/// <summary>The billing fields of the Query and Mutation roots and of Account, kept beside their types. Each calls one use case.</summary>
internal static class BillingFields
{
    public const int DefaultBills = 13;

    public static void AddQueries(ObjectGraphType query)
    {
        // The Query type needs a signed-in user; this field alone is open, because it powers the Portal's public calculator.
        query.Field<NonNullGraphType<BillPreviewType>>("billPreview")
            .Description("Open to anyone. Prices a hypothetical bill with a published rate schedule, exactly as a real bill is priced. " +
                "An unknown meter size or schedule, or negative gallons, is an INVALID error whose extensions.field names the input field.")
            .Argument<NonNullGraphType<BillPreviewInputType>>("input")
            .AllowAnonymous()
            .ResolveAsync(async c => (object?)await c.Service<PreviewBill>().HandleAsync(c.GetArgument<BillPreviewArgs>("input").ToInput(), c.CancellationToken));

        query.Field<BillType>("bill")
            .Description("One bill with its lines and reads. A resident sees only issued bills of linked accounts: any other id is NOT_FOUND, like an unknown one.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => (object?)await c.Service<GetBill>().HandleAsync(c.Actor(), c.GetArgument<Guid>("id"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RateScheduleType>>>>("rateSchedules")
            .Description("Staff only. Every stored rate schedule version, newest effective date first.")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ListRateSchedules>().HandleAsync(c.Actor(), c.CancellationToken));

        query.Field<RateScheduleDetailsType>("rateSchedule")
            .Description("Staff only. One version of a schedule with its document (the latest version unless one is named).")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Argument<IntGraphType>("version")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ListRateSchedules>().GetAsync(c.Actor(), c.GetArgument<string>("code"),
                c.GetArgument<int?>("version"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillRunType>>>>("billRuns")
            .Description("Staff only. The latest bill runs, newest period first, of one cycle or all (progress only; billRun(id:) adds the counts).")
            .Argument<IntGraphType>("cycle")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<GetBillRun>().ListAsync(c.Actor(), c.GetArgument<int?>("cycle"), c.GetArgument("first", 50), c.CancellationToken));

        query.Field<BillRunType>("billRun")
            .Description("Staff only. One bill run with its progress, bills by status and open exceptions by kind.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<GetBillRun>().HandleAsync(c.Actor(), c.GetArgument<Guid>("id"), c.CancellationToken));

        query.Field<NonNullGraphType<BillExceptionPageType>>("billExceptions")
            .Description("Staff only. A page of the exceptions queue, oldest first: a run's (or, without runId, every) exceptions, OPEN ones unless asked otherwise.")
            .Argument<IdGraphType>("runId")
            .Argument<BillExceptionStatusType>("status", a => a.DefaultValue = BillExceptionStatus.Open)
            .Argument<BillExceptionKindType>("kind")
            .Argument<IntGraphType>("skip", a => a.DefaultValue = 0)
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ListBillExceptions>().HandleAsync(c.Actor(), new ListBillExceptionsInput(
                c.GetArgument<Guid?>("runId"), c.GetArgument<BillExceptionStatus?>("status"), c.GetArgument<BillExceptionKind?>("kind"), null,
                c.GetArgument("skip", 0), c.GetArgument("first", 50)), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<UploadRateSchedulePayloadType>>("uploadRateSchedule")
            .Description("Supervisor only. Validates the document whole (each problem an INVALID error naming its JSON path), stores it as the next version of its " +
                "code and audits it. A code that has priced a posted bill is refused (CONFLICT).")
            .Argument<NonNullGraphType<UploadRateScheduleInputType>>("input")
            .AuthorizeWithRoles(StaffRoles.Supervisor)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UploadRateScheduleArgs>("input");
                return (object?)await c.Service<UploadRateSchedule>().HandleAsync(c.Actor(), new UploadRateScheduleInput(input.FileName, input.Document), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<StartBillRunPayloadType>>("startBillRun")
            .Description("Staff only. Queues the bill run of a cycle for a period; a background worker calculates it. Starting it again returns the same run: nobody is billed twice.")
            .Argument<NonNullGraphType<StartBillRunInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<StartBillRun>().HandleAsync(c.Actor(), c.GetArgument<StartBillRunInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ResolveBillExceptionsPayloadType>>("resolveBillExceptions")
            .Description("Staff only. Settles review exceptions of bills not yet approved, all the same way; everything is saved together or not at all.")
            .Argument<NonNullGraphType<ResolveBillExceptionsInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ResolveBillExceptions>().HandleAsync(c.Actor(),
                c.GetArgument<ResolveBillExceptionsArgs>("input").ToInput(), c.CancellationToken));

        mutation.Field<NonNullGraphType<ApproveBillRunPayloadType>>("approveBillRun")
            .Description("Staff only. Approves a run in review: refused (CONFLICT) while an exception of a bill not held is open, or a high-bill customer has not been told.")
            .Argument<NonNullGraphType<ApproveBillRunInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ApproveBillRun>().HandleAsync(c.Actor(), c.GetArgument<ApproveBillRunInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<PostBillRunPayloadType>>("postBillRun")
            .Description("Staff only. Queues an approved run for posting to the ledger and issuing; a background worker posts it.")
            .Argument<NonNullGraphType<PostBillRunInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<PostBillRun>().HandleAsync(c.Actor(), c.GetArgument<PostBillRunInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<BillSummaryType>>("prepareBill")
            .Description("Staff only. Calculates an initial, final, off-cycle or deposit bill as a draft, with the review a run gives; issue it with issueBill.")
            .Argument<NonNullGraphType<PrepareBillInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var bill = await c.Service<PrepareBill>().HandleAsync(c.Actor(), c.GetArgument<PrepareBillInput>("input"), c.CancellationToken);
                c.Loaders().Clear();
                return (object?)bill;
            });

        mutation.Field<NonNullGraphType<BillSummaryType>>("issueBill")
            .Description("Staff only. Approves and posts one draft bill (on demand, a rebill, or released after its run): refused while it has open exceptions.")
            .Argument<NonNullGraphType<IssueBillInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var bill = await c.Service<IssueBill>().HandleAsync(c.Actor(), c.GetArgument<IssueBillInput>("input"), c.CancellationToken);
                c.Loaders().Clear();
                return (object?)bill;
            });

        mutation.Field<NonNullGraphType<CancelRebillPayloadType>>("cancelRebill")
            .Description("Staff only. Corrects a posted bill: its charge is reversed, it is cancelled, and a new draft for the same period replaces it.")
            .Argument<NonNullGraphType<CancelRebillInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var result = await c.Service<CancelRebill>().HandleAsync(c.Actor(), c.GetArgument<CancelRebillInput>("input"), c.CancellationToken);
                c.Loaders().Clear();
                return (object?)result;
            });
    }

    public static void AddAccountFields(ObjectGraphType<AccountNode> account) =>
        account.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillSummaryType>>>>("bills")
            .Description($"Newest period first, {DefaultBills} unless asked otherwise (at most {AccountBillsLoader.MaxBills}). A resident sees issued bills only " +
                "(posted, or cancelled and replaced); staff see drafts too.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = DefaultBills)
            .Resolve(c => AccountBillsLoader.Of(c).Bills.Load(new AccountBillsKey(c.Source.Id, c.Source.Number, c.Actor().IsStaff))
                .Select(bills => bills.Take(Math.Clamp(c.GetArgument("first", DefaultBills), 0, AccountBillsLoader.MaxBills)).ToList()));
}
