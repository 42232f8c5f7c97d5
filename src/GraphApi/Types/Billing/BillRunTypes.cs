using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Billing.Runs;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Billing;

public sealed class BillRunType : ObjectGraphType<BillRunView>
{
    public BillRunType()
    {
        Name = "BillRun";
        Description = "A cycle's bill run for one period: calculate drafts, review exceptions, approve, then post and issue.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Cycle).Description("The billing cycle: its read day of the month.");
        Field<NonNullGraphType<DateScalar>>("periodStart").Resolve(c => c.Source.Period.Start);
        Field<NonNullGraphType<DateScalar>>("periodEnd").Resolve(c => c.Source.Period.End);
        Field(r => r.Status, type: typeof(NonNullGraphType<BillRunStatusType>));
        Field(r => r.PercentDone).Description("Progress of the step under way (calculating or posting), 0 to 100.");
        Field(r => r.StartedBy);
        Field(r => r.StartedAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(r => r.ScheduleCode, nullable: true).Description("The rate schedule that priced the run, once calculated.");
        Field(r => r.ScheduleVersion, nullable: true);
        Field(r => r.Accounts).Description("Accounts in the cycle to calculate.");
        Field(r => r.AccountsDone).Description("Accounts calculated so far.");
        Field(r => r.AccountsSkipped).Description("Accounts with nothing to bill (already billed for the period, or no service in it).");
        Field(r => r.BillsToPost);
        Field(r => r.BillsPosted);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillStatusCountType>>>>("billsByStatus")
            .Description("How many of the run's bills are in each status (billRun(id:) only; empty in the billRuns list).")
            .Resolve(c => c.Source.BillsByStatus.OrderBy(p => p.Key).Select(p => new BillStatusCount(p.Key, p.Value)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExceptionKindCountType>>>>("openExceptionsByKind")
            .Description("The exceptions queue by kind (billRun(id:) only; empty in the billRuns list).")
            .Resolve(c => c.Source.OpenExceptionsByKind.OrderBy(p => p.Key).Select(p => new ExceptionKindCount(p.Key, p.Value)).ToList());
        Field(r => r.OpenExceptions).Description("Open exceptions in all (billRun(id:) only; 0 in the billRuns list).");
        Field(r => r.CurrentCharges, type: typeof(NonNullGraphType<DecimalScalar>)).Description("The charges of the run's bills, cancelled ones left out (billRun(id:) only).");
        Field(r => r.ApprovedBy, nullable: true);
        Field(r => r.ApprovedAt, type: typeof(DateTimeScalar));
        Field(r => r.IssueDate, type: typeof(DateScalar));
        Field(r => r.PostedAt, type: typeof(DateTimeScalar));
        Field(r => r.LastError, nullable: true).Description("What stopped the worker last, if anything.");
    }
}

public sealed record BillStatusCount(BillStatus Status, int Count);

public sealed class BillStatusCountType : ObjectGraphType<BillStatusCount>
{
    public BillStatusCountType()
    {
        Name = "BillStatusCount";
        Field(p => p.Status, type: typeof(NonNullGraphType<BillStatusType>));
        Field(p => p.Count);
    }
}

public sealed record ExceptionKindCount(BillExceptionKind Kind, int Count);

public sealed class ExceptionKindCountType : ObjectGraphType<ExceptionKindCount>
{
    public ExceptionKindCountType()
    {
        Name = "BillExceptionKindCount";
        Field(p => p.Kind, type: typeof(NonNullGraphType<BillExceptionKindType>));
        Field(p => p.Count);
    }
}

public sealed class BillExceptionPageType : ObjectGraphType<BillExceptionPage>
{
    public BillExceptionPageType()
    {
        Name = "BillExceptionPage";
        Description = "A page of the exceptions queue, oldest first.";
        Field(p => p.Items, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<BillExceptionType>>>));
        Field(p => p.Total).Description("Exceptions matching the filter, on every page.");
    }
}

public sealed class StartBillRunInputType : InputObjectGraphType<StartBillRunInput>
{
    public StartBillRunInputType()
    {
        Name = "StartBillRunInput";
        Description = "The cycle and the month whose read day ends the period.";
        Field(i => i.Cycle).Description("1 to 20: the cycle's read day of the month.");
        Field(i => i.Year);
        Field(i => i.Month).Description("1 to 12.");
    }
}

public sealed class StartBillRunPayloadType : ObjectGraphType<StartBillRunResult>
{
    public StartBillRunPayloadType()
    {
        Name = "StartBillRunPayload";
        Field(r => r.RunId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<DateScalar>>("periodStart").Resolve(c => c.Source.Period.Start);
        Field<NonNullGraphType<DateScalar>>("periodEnd").Resolve(c => c.Source.Period.End);
        Field(r => r.Created).Description("False when the cycle already had a run for this period: that run is returned and nothing is billed twice.");
        Field<NonNullGraphType<BillRunType>>("run").Description("The run as it stands; a background worker calculates it.")
            .ResolveAsync(async c => (object?)await c.Service<GetBillRun>().HandleAsync(c.Actor(), c.Source.RunId, c.CancellationToken));
    }
}

public sealed record ResolveBillExceptionsArgs
{
    public IReadOnlyList<Guid> ExceptionIds { get; init; } = [];

    public BillExceptionResolution Resolution { get; init; }

    public string? Note { get; init; }

    public long? EstimatedGallons { get; init; }

    public ResolveBillExceptionsInput ToInput() => new(ExceptionIds, Resolution, Note, EstimatedGallons);
}

public sealed class ResolveBillExceptionsInputType : InputObjectGraphType<ResolveBillExceptionsArgs>
{
    public ResolveBillExceptionsInputType()
    {
        Name = "ResolveBillExceptionsInput";
        Field(i => i.ExceptionIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>))
            .Description($"1 to {ResolveBillExceptions.MaxPerCall} open exceptions, all resolved the same way.");
        Field(i => i.Resolution, type: typeof(NonNullGraphType<BillExceptionResolutionType>));
        Field(i => i.Note, nullable: true).Description("Why; required to hold a bill, kept with every resolution.");
        Field(i => i.EstimatedGallons, type: typeof(LongGraphType))
            .Description("For ESTIMATE: the gallons to bill; default the account's 12-month average for the period.");
    }
}

public sealed class ResolveBillExceptionsPayloadType : ObjectGraphType<ResolveBillExceptionsResult>
{
    public ResolveBillExceptionsPayloadType()
    {
        Name = "ResolveBillExceptionsPayload";
        Field(r => r.Resolved).Description("Exceptions resolved.");
        Field(r => r.HeldBills, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)).Description("Bills now held out of their run.");
        Field(r => r.RepricedBills, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)).Description("Bills repriced on an estimate.");
        Field(r => r.ReReadRequests, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)).Description("Re-read requests created, one per bill.");
    }
}

public sealed class ApproveBillRunInputType : InputObjectGraphType<ApproveBillRunInput>
{
    public ApproveBillRunInputType()
    {
        Name = "ApproveBillRunInput";
        Field(i => i.RunId, type: typeof(NonNullGraphType<IdGraphType>));
    }
}

public sealed class ApproveBillRunPayloadType : ObjectGraphType<ApproveBillRunResult>
{
    public ApproveBillRunPayloadType()
    {
        Name = "ApproveBillRunPayload";
        Field(r => r.Approved).Description("Draft bills approved.");
        Field(r => r.Held).Description("Held bills, left out of the run.");
    }
}

public sealed class PostBillRunInputType : InputObjectGraphType<PostBillRunInput>
{
    public PostBillRunInputType()
    {
        Name = "PostBillRunInput";
        Field(i => i.RunId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.IssueDate, type: typeof(DateScalar)).Description("The day printed on the bills (default today, never before the read day); due dates follow from it.");
    }
}

public sealed class PostBillRunPayloadType : ObjectGraphType<PostBillRunResult>
{
    public PostBillRunPayloadType()
    {
        Name = "PostBillRunPayload";
        Description = "Posting is queued: a background worker posts the bills (follow billRun's billsPosted).";
        Field(r => r.BillsToPost);
        Field(r => r.IssueDate, type: typeof(NonNullGraphType<DateScalar>));
    }
}
