using GraphQL.Types;
using UtilityPortal.Domain.Payments.Collections;
using UtilityPortal.Domain.Service;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Payments;

public sealed class ProcessShutOffInputType : InputObjectGraphType<ProcessShutOffInput>
{
    public ProcessShutOffInputType()
    {
        Name = "ProcessShutOffInput";
        Field(i => i.AccountNumbers, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>)).Description("1 to 500 accounts of the shut-off list.");
    }
}

public sealed class RestoreServiceInputType : InputObjectGraphType<RestoreServiceInput>
{
    public RestoreServiceInputType()
    {
        Name = "RestoreServiceInput";
        Field(i => i.AccountNumber);
    }
}

public sealed class FlagBankruptcyInputType : InputObjectGraphType<FlagBankruptcyInput>
{
    public FlagBankruptcyInputType()
    {
        Name = "FlagBankruptcyInput";
        Field(i => i.AccountNumber);
        Field(i => i.CaseNumber, nullable: true).Description("The court's case number (required).");
        Field(i => i.Chapter).Description("7, 11, 12 or 13.");
        Field(i => i.FiledOn, type: typeof(NonNullGraphType<DateScalar>)).Description("The balance as of this day is the pre-petition balance.");
    }
}

public sealed class ReleaseBankruptcyInputType : InputObjectGraphType<ReleaseCollectionHoldInput>
{
    public ReleaseBankruptcyInputType()
    {
        Name = "ReleaseHoldInput";
        Description = "Lifts a bankruptcy flag (discharged, dismissed) or a critical-care flag as of a date.";
        Field(i => i.AccountNumber);
        Field(i => i.Kind, type: typeof(CollectionHoldKindType)).DefaultValue(CollectionHoldKind.Bankruptcy);
        Field(i => i.ReleasedOn, type: typeof(NonNullGraphType<DateScalar>));
        Field(i => i.Reason, nullable: true).Description("Required: for example discharged or dismissed.");
    }
}

public sealed class FlagCriticalCareInputType : InputObjectGraphType<FlagCriticalCareInput>
{
    public FlagCriticalCareInputType()
    {
        Name = "FlagCriticalCareInput";
        Field(i => i.AccountNumber);
        Field(i => i.CertifiedUntil, type: typeof(NonNullGraphType<DateScalar>)).Description("The last day the medical certification covers.");
        Field(i => i.Note, nullable: true);
    }
}

public sealed class WriteOffBalanceInputType : InputObjectGraphType<WriteOffBalanceInput>
{
    public WriteOffBalanceInputType()
    {
        Name = "WriteOffBalanceInput";
        Field(i => i.AccountNumber);
        Field(i => i.Reason, nullable: true).Description("Required.");
    }
}

public sealed class TransferBalanceInputType : InputObjectGraphType<TransferBalanceInput>
{
    public TransferBalanceInputType()
    {
        Name = "TransferBalanceInput";
        Field(i => i.FromAccountNumber).Description("A closed or final-billed account.");
        Field(i => i.ToAccountNumber).Description("The same customer's active account.");
    }
}

public sealed class CompleteWorkOrderInputType : InputObjectGraphType<CompleteWorkOrderInput>
{
    public CompleteWorkOrderInputType()
    {
        Name = "CompleteWorkOrderInput";
        Field(i => i.WorkOrderId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Result, type: typeof(NonNullGraphType<WorkOrderResultType>));
        Field(i => i.Note, nullable: true).Description("Required when the work was not done.");
    }
}
