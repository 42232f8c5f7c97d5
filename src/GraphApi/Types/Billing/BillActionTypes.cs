using GraphQL.Types;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Billing;

public sealed class PrepareBillInputType : InputObjectGraphType<PrepareBillInput>
{
    public PrepareBillInputType()
    {
        Name = "PrepareBillInput";
        Description = "An on-demand bill. INITIAL and DEPOSIT need nothing more; FINAL needs moveOutDate (and finalRegister when a final read was taken); " +
            "OFF_CYCLE needs from and to. Cycle bills come from bill runs.";
        Field(i => i.AccountNumber);
        Field(i => i.Kind, type: typeof(NonNullGraphType<BillKindType>));
        Field(i => i.MoveOutDate, type: typeof(DateScalar)).Description("FINAL: the day service stops (prorated to it; the deposit held is applied).");
        Field(i => i.FinalRegister, type: typeof(LongGraphType)).Description("FINAL: the register at move-out, when read.");
        Field(i => i.From, type: typeof(DateScalar)).Description("OFF_CYCLE: the first day billed.");
        Field(i => i.To, type: typeof(DateScalar)).Description("OFF_CYCLE: the last day billed (at most 93 days, up to today).");
    }
}

public sealed class CancelRebillInputType : InputObjectGraphType<CancelRebillInput>
{
    public CancelRebillInputType()
    {
        Name = "CancelRebillInput";
        Field(i => i.BillId, type: typeof(NonNullGraphType<IdGraphType>)).Description("A posted bill.");
        Field(i => i.Reason, nullable: true).Description("Why it is cancelled (required).");
    }
}

public sealed class CancelRebillPayloadType : ObjectGraphType<CancelRebillResult>
{
    public CancelRebillPayloadType()
    {
        Name = "CancelRebillPayload";
        Description = "The posted bill's charge is reversed and the bill cancelled; a new draft replaces it, charged when issued.";
        Field(r => r.CancelledBillId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Replacement, type: typeof(NonNullGraphType<BillSummaryType>));
    }
}

public sealed class IssueBillInputType : InputObjectGraphType<IssueBillInput>
{
    public IssueBillInputType()
    {
        Name = "IssueBillInput";
        Field(i => i.BillId, type: typeof(NonNullGraphType<IdGraphType>)).Description("A draft bill.");
        Field(i => i.IssueDate, type: typeof(DateScalar)).Description("The day on the bill (default today); the due date follows from it.");
    }
}
