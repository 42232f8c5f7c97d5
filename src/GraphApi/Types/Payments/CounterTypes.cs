using GraphQL.Types;
using UtilityPortal.Domain.Payments.Counter;
using UtilityPortal.Domain.Payments.Returns;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Payments;

public sealed class CashierBatchStatusType : EnumerationGraphType<CashierBatchStatus>
{
    public CashierBatchStatusType() => Description = "OPEN takes payments; CLOSED has been counted and takes no more.";
}

public sealed class TenderTotalType : ObjectGraphType<TenderLine>
{
    public TenderTotalType()
    {
        Name = "TenderTotal";
        Description = "One tender of a cashier batch: expected (from its payments; cash includes the opening float), counted, and the variance.";
        Field<NonNullGraphType<TenderType>>("tender").Resolve(c => c.Source.Tender);
        Field(l => l.Payments).Description("How many payments of this tender the batch took.");
        Field<NonNullGraphType<DecimalScalar>>("expected").Resolve(c => c.Source.Expected);
        Field<DecimalScalar>("counted").Description("Null while the batch is open.").Resolve(c => c.Source.Counted);
        Field<DecimalScalar>("variance").Description("Counted minus expected: negative is short, positive is over. Null while open.").Resolve(c => c.Source.Variance);
    }
}

public sealed class CashierBatchType : ObjectGraphType<CashierBatchReport>
{
    public CashierBatchType()
    {
        Name = "CashierBatch";
        Description = "One cashier's drawer for one business day. Totals are added up from its payments each time they are read.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(b => b.CashierName);
        Field<NonNullGraphType<DateScalar>>("businessDay").Resolve(c => c.Source.BusinessDay);
        Field<NonNullGraphType<CashierBatchStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DecimalScalar>>("openingFloat").Resolve(c => c.Source.OpeningFloat);
        Field<NonNullGraphType<DateTimeScalar>>("openedAt").Resolve(c => c.Source.OpenedAt);
        Field<DateTimeScalar>("closedAt").Resolve(c => c.Source.ClosedAt);
        Field(b => b.ClosedBy, nullable: true);
        Field(b => b.PaymentCount);
        Field<NonNullGraphType<DecimalScalar>>("expected").Description("All tenders, the opening float included.").Resolve(c => c.Source.Expected);
        Field<DecimalScalar>("counted").Resolve(c => c.Source.Counted);
        Field<DecimalScalar>("variance").Resolve(c => c.Source.Variance);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TenderTotalType>>>>("tenders").Resolve(c => c.Source.Tenders);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentType>>>>("payments")
            .Description("Its payments in the order taken (empty in the cashierBatches list).")
            .Resolve(c => c.Source.Payments.Select(p => p.ToSummary()).ToList());
    }
}

public sealed class OpenCashierBatchInputType : InputObjectGraphType<OpenCashierBatchInput>
{
    public OpenCashierBatchInputType()
    {
        Name = "OpenCashierBatchInput";
        Field(i => i.OpeningFloat, type: typeof(DecimalScalar)).Description("The change the drawer starts with (optional).");
    }
}

public sealed class TakeCounterPaymentInputType : InputObjectGraphType<TakeCounterPaymentInput>
{
    public TakeCounterPaymentInputType()
    {
        Name = "TakeCounterPaymentInput";
        Field(i => i.BatchId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Your own open batch.");
        Field(i => i.AccountNumber);
        Field(i => i.Amount, type: typeof(NonNullGraphType<DecimalScalar>)).Description("More than zero, whole cents.");
        Field(i => i.Tender, type: typeof(NonNullGraphType<TenderType>)).Description("CASH, CHECK, MONEY_ORDER or CARD_PRESENT.");
        Field(i => i.Reference, nullable: true).Description("Check or money order number (required for those); card last four or terminal reference (required for CARD_PRESENT).");
    }
}

public sealed class CloseCashierBatchInputType : InputObjectGraphType<CloseCashierBatchInput>
{
    public CloseCashierBatchInputType()
    {
        Name = "CloseCashierBatchInput";
        Description = "What was counted, by tender (zero or more, whole cents). Cash is the whole drawer, float included.";
        Field(i => i.BatchId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.CountedCash, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(i => i.CountedChecks, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(i => i.CountedMoneyOrders, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(i => i.CountedCardPresent, type: typeof(NonNullGraphType<DecimalScalar>));
    }
}

public sealed class MovePaymentInputType : InputObjectGraphType<MovePaymentInput>
{
    public MovePaymentInputType()
    {
        Name = "MovePaymentInput";
        Field(i => i.PaymentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("A posted payment.");
        Field(i => i.ToAccountNumber).Description("The account it belongs to.");
        Field(i => i.Reason, nullable: true).Description("Why it is moved (required).");
    }
}

/// <summary>The moved payment's two sides.</summary>
public sealed record MovePaymentPayload(MovePaymentResult Result, Domain.Payments.PaymentSummary Payment);

public sealed class MovePaymentPayloadType : ObjectGraphType<MovePaymentPayload>
{
    public MovePaymentPayloadType()
    {
        Name = "MovePaymentPayload";
        Description = "The original is REVERSED on the wrong account; payment is the new one posted on the right account.";
        Field<NonNullGraphType<IdGraphType>>("originalPaymentId").Resolve(c => c.Source.Result.OriginalPaymentId);
        Field<NonNullGraphType<StringGraphType>>("fromAccountNumber").Resolve(c => c.Source.Result.FromAccountNumber);
        Field<NonNullGraphType<StringGraphType>>("toAccountNumber").Resolve(c => c.Source.Result.ToAccountNumber);
        Field<NonNullGraphType<PaymentType>>("payment").Resolve(c => c.Source.Payment);
    }
}

public sealed class RecordReturnedCheckInputType : InputObjectGraphType<RecordReturnedCheckInput>
{
    public RecordReturnedCheckInputType()
    {
        Name = "RecordReturnedCheckInput";
        Field(i => i.PaymentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("A posted check payment (counter or lockbox).");
        Field(i => i.Reason, nullable: true).Description("What the bank said (required).");
    }
}

public sealed class ReturnedCheckPayloadType : ObjectGraphType<ReturnedCheckResult>
{
    public ReturnedCheckPayloadType()
    {
        Name = "ReturnedCheckPayload";
        Field<NonNullGraphType<IdGraphType>>("paymentId").Resolve(c => c.Source.PaymentId);
        Field(r => r.AccountNumber);
        Field<NonNullGraphType<DecimalScalar>>("reversed").Description("The reversal's effect on the balance (the check's amount).").Resolve(c => c.Source.Reversed);
        Field<NonNullGraphType<DecimalScalar>>("fee").Description("The returned-payment fee charged (fees.returnedPayment of the schedule in effect).").Resolve(c => c.Source.Fee);
        Field(r => r.AlreadyRecorded).Description("True when it had been recorded before: nothing new was posted.");
    }
}
