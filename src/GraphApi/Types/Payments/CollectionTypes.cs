using GraphQL.Types;
using UtilityPortal.Domain.Payments.Collections;
using UtilityPortal.Domain.Service;
using UtilityPortal.GraphApi.Types.Accounts;
using UtilityPortal.GraphApi.Types.Ledger;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Payments;

public sealed class AgingBucketType : EnumerationGraphType
{
    public AgingBucketType()
    {
        Name = "AgingBucket";
        Description = "The oldest bucket an account must owe in to be listed: 30, 60 or 90 days and older.";
        Add("DAYS30", AgingBucket.Days30, "Owing something 30 days old or more.");
        Add("DAYS60", AgingBucket.Days60, "Owing something 60 days old or more.");
        Add("DAYS90", AgingBucket.Days90, "Owing something 90 days old or more.");
    }
}

public sealed class ShutOffExclusionType : EnumerationGraphType<ShutOffExclusion>
{
    public ShutOffExclusionType() => Description = "Why an account past due beyond grace is left off the shut-off list.";
}

public sealed class ShutOffOutcomeType : EnumerationGraphType<ShutOffOutcome>
{
    public ShutOffOutcomeType() => Description = "PROCESSED: fee charged and disconnect ordered; ALREADY_PROCESSED: this delinquency was processed before, nothing new; NOT_LISTED: not on the list, nothing done.";
}

public sealed class WorkOrderTypeType : EnumerationGraphType<WorkOrderType>
{
    public WorkOrderTypeType() => Name = "WorkOrderType";
}

public sealed class WorkOrderStatusType : EnumerationGraphType<WorkOrderStatus>
{
}

public sealed class WorkOrderResultType : EnumerationGraphType<WorkOrderResult>
{
    public WorkOrderResultType() => Description = "DONE: the service was disconnected (or reconnected); NOT_DONE: it was not (say why).";
}

public sealed class CollectionHoldKindType : EnumerationGraphType<CollectionHoldKind>
{
}

public sealed class DelinquentAccountType : ObjectGraphType<DelinquentAccount>
{
    public DelinquentAccountType()
    {
        Name = "DelinquentAccount";
        Description = "An account owing something 30 days old or more, aged by the charges it comes from.";
        Field(a => a.AccountNumber);
        Field(a => a.CustomerName);
        Field(a => a.Role, type: typeof(NonNullGraphType<AccountRoleType>));
        Field(a => a.Cycle);
        Field(a => a.Status, type: typeof(NonNullGraphType<AccountStatusType>));
        Field(a => a.Balance, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(a => a.Aging, type: typeof(NonNullGraphType<AgingType>));
        Field(a => a.PastDue, type: typeof(NonNullGraphType<DecimalScalar>)).Description("30 days old or more.");
        Field(a => a.LienEligible, type: typeof(NonNullGraphType<DecimalScalar>))
            .Description("What an owner account owes past its due date; always 0 for a tenant, whose balance is collected from the tenant only.");
    }
}

public sealed class AgingTotalsType : ObjectGraphType<AgingTotals>
{
    public AgingTotalsType()
    {
        Name = "AgingTotals";
        Field(a => a.Accounts);
        Field(a => a.Current, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(a => a.Days30, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(a => a.Days60, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(a => a.Days90Plus, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(a => a.PastDue, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(a => a.LienEligible, type: typeof(NonNullGraphType<DecimalScalar>));
    }
}

public sealed class DelinquentAccountPageType : ObjectGraphType<AgingReportPage>
{
    public DelinquentAccountPageType()
    {
        Name = "DelinquentAccountPage";
        Field("accounts", p => p.Rows, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DelinquentAccountType>>>));
        Field(p => p.Totals, type: typeof(NonNullGraphType<AgingTotalsType>)).Description("Over every listed account, not just this page.");
        Field(p => p.Page);
        Field(p => p.Pages);
    }
}

public sealed class ShutOffCandidateType : ObjectGraphType<ShutOffCandidate>
{
    public ShutOffCandidateType()
    {
        Name = "ShutOffCandidate";
        Field(c => c.AccountNumber);
        Field(c => c.CustomerName);
        Field(c => c.Role, type: typeof(NonNullGraphType<AccountRoleType>));
        Field(c => c.Cycle);
        Field(c => c.PastDue, type: typeof(NonNullGraphType<DecimalScalar>)).Description("Past due beyond the grace period after the due date.");
        Field(c => c.Covered, type: typeof(NonNullGraphType<DecimalScalar>)).Description("Unpaid amount an active payment agreement covers.");
        Field(c => c.Amount, type: typeof(NonNullGraphType<DecimalScalar>)).Description("What counts for shut-off: pastDue less covered.");
        Field(c => c.LienEligible, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(c => c.ExcludedBy, type: typeof(ShutOffExclusionType));
        Field<DateScalar>("processedOn").Description("When this delinquency was processed for shut-off, if it was.").Resolve(c => c.Source.Progress?.ProcessedOn);
        Field<IdGraphType>("disconnectWorkOrderId").Resolve(c => c.Source.Progress?.DisconnectWorkOrderId);
        Field<WorkOrderStatusType>("disconnectStatus").Resolve(c => c.Source.Progress?.DisconnectStatus);
    }
}

public sealed class ShutOffListType : ObjectGraphType<ShutOffListResult>
{
    public ShutOffListType()
    {
        Name = "ShutOffList";
        Field(l => l.PastDueThrough, type: typeof(NonNullGraphType<DateScalar>)).Description("Charges billed on or before this day count (due date plus grace passed).");
        Field(l => l.GraceDays);
        Field(l => l.Minimum, type: typeof(NonNullGraphType<DecimalScalar>));
        Field("accounts", l => l.Listed, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ShutOffCandidateType>>>));
        Field(l => l.Excluded, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ShutOffCandidateType>>>))
            .Description("Past due beyond grace but left off, each with excludedBy.");
    }
}

public sealed class ShutOffResultType : ObjectGraphType<ShutOffResult>
{
    public ShutOffResultType()
    {
        Name = "ShutOffResult";
        Field(r => r.AccountNumber);
        Field(r => r.Outcome, type: typeof(NonNullGraphType<ShutOffOutcomeType>));
        Field(r => r.Fee, type: typeof(NonNullGraphType<DecimalScalar>)).Description("The delinquency fee of this delinquency (charged once).");
        Field(r => r.WorkOrderId, type: typeof(IdGraphType)).Description("The disconnect work order.");
        Field(r => r.ExcludedBy, type: typeof(ShutOffExclusionType));
    }
}

public sealed class RestoreServicePayloadType : ObjectGraphType<RestoreServiceResult>
{
    public RestoreServicePayloadType()
    {
        Name = "RestoreServicePayload";
        Field(r => r.AccountNumber);
        Field(r => r.ReconnectWorkOrderId, type: typeof(IdGraphType)).Description("When service had been disconnected.");
        Field(r => r.DisconnectCancelled).Description("True when the disconnect had not been worked and was cancelled instead.");
    }
}

public sealed class CollectionHoldType : ObjectGraphType<CollectionHold>
{
    public CollectionHoldType()
    {
        Name = "CollectionHold";
        Description = "A bankruptcy or critical-care flag that stops collection actions while in force.";
        Field(h => h.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(h => h.Kind, type: typeof(NonNullGraphType<CollectionHoldKindType>));
        Field(h => h.CaseNumber, nullable: true);
        Field(h => h.Chapter, nullable: true);
        Field(h => h.FiledOn, type: typeof(DateScalar));
        Field<DecimalScalar>("prePetitionBalance").Description("The balance as of the filing date, stayed by the court.").Resolve(c => c.Source.PrePetitionBalance);
        Field(h => h.CertifiedUntil, type: typeof(DateScalar));
        Field(h => h.ReleasedOn, type: typeof(DateScalar));
        Field(h => h.ReleaseReason, nullable: true);
    }
}

public sealed class WorkOrderGraphType : ObjectGraphType<WorkOrder>
{
    public WorkOrderGraphType()
    {
        Name = "WorkOrder";
        Field(w => w.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(w => w.Type, type: typeof(NonNullGraphType<WorkOrderTypeType>));
        Field(w => w.Status, type: typeof(NonNullGraphType<WorkOrderStatusType>));
        Field(w => w.RequestedAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(w => w.RequestedBy);
        Field(w => w.AssignedTo, nullable: true);
        Field(w => w.CompletedAt, type: typeof(DateTimeScalar));
        Field(w => w.CompletedBy, nullable: true);
        Field(w => w.Result, type: typeof(WorkOrderResultType));
        Field(w => w.ResultNote, nullable: true);
        Service.ServiceTypeFields.AddWorkOrderFields(this);
    }
}

public sealed class WriteOffPayloadType : ObjectGraphType<WriteOffResult>
{
    public WriteOffPayloadType()
    {
        Name = "WriteOffPayload";
        Field(r => r.AccountNumber);
        Field(r => r.WrittenOff, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(r => r.EntryId, type: typeof(NonNullGraphType<IdGraphType>));
    }
}

public sealed class TransferPayloadType : ObjectGraphType<TransferResult>
{
    public TransferPayloadType()
    {
        Name = "TransferBalancePayload";
        Field(r => r.FromAccountNumber);
        Field(r => r.ToAccountNumber);
        Field(r => r.Amount, type: typeof(NonNullGraphType<DecimalScalar>));
    }
}
