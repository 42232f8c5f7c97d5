using GraphQL.Types;
using UtilityPortal.Domain.Payments;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Payments;

public sealed class PaymentStatusType : EnumerationGraphType<PaymentStatus>
{
    public PaymentStatusType() =>
        Description = "PENDING until the gateway confirms it; POSTED on the ledger; FAILED (declined or abandoned, never posted); REVERSED (posted, then taken back off).";
}

public sealed class TenderType : EnumerationGraphType<Tender>
{
    public TenderType() => Description = "How the customer paid.";
}

public sealed class PaymentChannelType : EnumerationGraphType<PaymentChannel>
{
    public PaymentChannelType() => Description = "Where the payment came in.";
}

/// <summary>One payment as the history and its receipt show it.</summary>
public sealed class PaymentType : ObjectGraphType<PaymentSummary>
{
    public PaymentType()
    {
        Name = "Payment";
        Description = "One payment to one account. The ledger holds the money; this is how it came in and where it stands.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(p => p.AccountNumber);
        Field(p => p.ReceiptNumber).Description("What the customer is given; unique.");
        Field<NonNullGraphType<DecimalScalar>>("amount").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<PaymentStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<TenderType>>("tender").Resolve(c => c.Source.Tender);
        Field<NonNullGraphType<PaymentChannelType>>("channel").Resolve(c => c.Source.Channel);
        Field<NonNullGraphType<DateTimeScalar>>("receivedAt").Resolve(c => c.Source.ReceivedAt);
        Field<DateTimeScalar>("postedAt").Description("When it reached the ledger; null while pending or if it failed.").Resolve(c => c.Source.PostedAt);
        Field(p => p.Reference, nullable: true).Description("Check or money order number, or the lockbox line's reference.");
        Field(p => p.FailureReason, nullable: true).Description("Why the gateway declined it.");
        Field(p => p.ReversalReason, nullable: true).Description("Why it was taken back off the ledger (a returned check, a payment moved).");
    }
}
