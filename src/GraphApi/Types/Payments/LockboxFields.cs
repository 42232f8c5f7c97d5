using System.Text;
using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Lockbox;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Payments;

/// <summary>The lockbox fields of the Query and Mutation roots (staff only), with their types.</summary>
internal static class LockboxFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuspenseItemType>>>>("suspenseItems")
            .Description($"Staff only. Lockbox payments no account could be matched to, oldest first (at most {ListSuspenseItemsInput.MaxItems}); open ones unless a status is given.")
            .Argument<SuspenseStatusType>("status")
            .Argument<IdGraphType>("batchId")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ListSuspenseItems>().ListAsync(c.Actor(),
                new ListSuspenseItemsInput(c.GetArgument<SuspenseStatus?>("status") ?? SuspenseStatus.Open, c.GetArgument<Guid?>("batchId")), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LockboxBatchType>>>>("lockboxBatches")
            .Description($"Staff only. Imported lockbox files, newest first (at most {LockboxBatches.ListSize}).")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<LockboxBatches>().ListAsync(c.Actor(), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<LockboxImportResultType>>("importLockboxFile")
            .Description("Staff only. Imports the bank's lockbox file (docs/lockbox-format.md) as one batch, in one transaction: matched lines post as " +
                "check payments, unmatched ones go to the suspense queue. Any malformed line imports nothing and is listed by line number; the same " +
                "file again posts nothing (sameFileAgain). With preview: true, checks and counts and writes nothing.")
            .Argument<NonNullGraphType<ImportLockboxFileInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ImportLockboxFileArgs>("input");
                return (object?)await c.Service<ImportLockboxFile>().HandleAsync(c.Actor(),
                    new ImportLockboxInput(input.FileName, input.Preview), Encoding.UTF8.GetBytes(input.Content), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<SuspenseItemType>>("applySuspenseItem")
            .Description("Staff only. Posts a suspense item to an account as a lockbox check payment, once; audited.")
            .Argument<NonNullGraphType<ApplySuspenseItemInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ApplySuspenseItemArgs>("input");
                return (object?)await c.Service<ApplySuspenseItem>().HandleAsync(c.Actor(),
                    new ApplySuspenseItemInput(input.Id, input.AccountNumber, input.Note), c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<SuspenseItemType>>("returnSuspenseItem")
            .Description("Staff only. Marks a suspense item returned to the bank, with a note; it never posts. Audited.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("note")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ReturnSuspenseItem>().HandleAsync(c.Actor(),
                new ReturnSuspenseItemInput(c.GetArgument<Guid>("id"), c.GetArgument<string>("note")), c.CancellationToken));
    }
}

public sealed record ImportLockboxFileArgs
{
    public string? FileName { get; init; }

    public string Content { get; init; } = string.Empty;

    public bool Preview { get; init; }
}

public sealed class ImportLockboxFileInputType : InputObjectGraphType<ImportLockboxFileArgs>
{
    public ImportLockboxFileInputType()
    {
        Name = "ImportLockboxFileInput";
        Field(i => i.FileName, nullable: true).Description("Kept on the batch.");
        Field(i => i.Content).Description("The CSV text: the header `" + LockboxFile.Header + "`, then one payment a line.");
        Field(i => i.Preview, nullable: true).DefaultValue(false).Description("Check and count every line, write nothing.");
    }
}

public sealed record ApplySuspenseItemArgs
{
    public Guid Id { get; init; }

    public string AccountNumber { get; init; } = string.Empty;

    public string? Note { get; init; }
}

public sealed class ApplySuspenseItemInputType : InputObjectGraphType<ApplySuspenseItemArgs>
{
    public ApplySuspenseItemInputType()
    {
        Name = "ApplySuspenseItemInput";
        Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.AccountNumber).Description("The ten-digit account the payment belongs to.");
        Field(i => i.Note, nullable: true).Description("Why this account.");
    }
}

public sealed class LockboxImportResultType : ObjectGraphType<LockboxImportSummary>
{
    public LockboxImportResultType()
    {
        Name = "LockboxImportResult";
        Description = "What an import did, or in a preview what it would do.";
        Field(s => s.BatchId, type: typeof(IdGraphType)).Description("The batch; null for a preview or a file with malformed lines.");
        Field(s => s.Preview);
        Field(s => s.Imported).Description("True when this request posted the file.");
        Field(s => s.SameFileAgain).Description("The same file was imported before: nothing was posted again.");
        Field(s => s.FileName);
        Field(s => s.Lines);
        Field(s => s.Matched).Description("Lines posted (in a preview: to be posted) to an account.");
        Field(s => s.MatchedTotal, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(s => s.Suspense).Description("Lines for the suspense queue.");
        Field(s => s.SuspenseTotal, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(s => s.Total, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(s => s.AlreadyImported).Description("Checks an earlier file already brought in: skipped.");
        Field(s => s.Malformed).Description("Malformed lines; any one of them stops the whole file.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LockboxLineErrorType>>>>("errors").Description("The first malformed lines, in file order.")
            .Resolve(c => c.Source.Errors);
    }
}

public sealed class LockboxLineProblemType : EnumerationGraphType<LockboxLineProblem>
{
}

public sealed class LockboxLineErrorType : ObjectGraphType<LockboxLineError>
{
    public LockboxLineErrorType()
    {
        Name = "LockboxLineError";
        Field(e => e.LineNumber).Description("Counting the header as line 1.");
        Field(e => e.Problem, type: typeof(NonNullGraphType<LockboxLineProblemType>));
        Field(e => e.Message);
    }
}

public sealed class LockboxBatchType : ObjectGraphType<LockboxBatchView>
{
    public LockboxBatchType()
    {
        Name = "LockboxBatch";
        Field(b => b.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(b => b.FileName);
        Field(b => b.ImportedAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(b => b.ImportedBy);
        Field(b => b.Lines);
        Field(b => b.Posted);
        Field(b => b.PostedTotal, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(b => b.Suspended);
        Field(b => b.SuspenseTotal, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(b => b.OpenSuspense).Description("Of its suspense items, those still open.");
    }
}

public sealed class SuspenseStatusType : EnumerationGraphType<SuspenseStatus>
{
}

public sealed class SuspenseReasonType : EnumerationGraphType<SuspenseReason>
{
}

public sealed class SuspenseItemType : ObjectGraphType<SuspenseItemView>
{
    public SuspenseItemType()
    {
        Name = "SuspenseItem";
        Description = "A lockbox payment waiting for a specialist: applied to an account (posted then) or returned to the bank.";
        Field(s => s.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(s => s.BatchId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(s => s.FileName);
        Field(s => s.LineNumber);
        Field(s => s.RawLine);
        Field(s => s.AccountText).Description("The account column as the bank sent it.");
        Field(s => s.Amount, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(s => s.CheckNumber);
        Field(s => s.PaidOn, type: typeof(NonNullGraphType<DateScalar>));
        Field(s => s.Remitter, nullable: true);
        Field(s => s.Reason, type: typeof(NonNullGraphType<SuspenseReasonType>));
        Field(s => s.Status, type: typeof(NonNullGraphType<SuspenseStatusType>));
        Field(s => s.ResolvedAt, type: typeof(DateTimeScalar));
        Field(s => s.ResolvedBy, nullable: true);
        Field(s => s.AppliedAccountNumber, nullable: true);
        Field(s => s.Note, nullable: true);
    }
}
