using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Payments.Refunds;
using UtilityPortal.GraphApi.Types.Accounts;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Payments;

public sealed class RefundMethodType : EnumerationGraphType<RefundMethod>
{
    public RefundMethodType() => Description = "CARD: back to a card payment through the gateway. CHECK: a check request for the check run.";
}

public sealed class RefundStatusType : EnumerationGraphType<RefundStatus>
{
    public RefundStatusType() => Description = "PENDING: sent to the gateway, not answered yet. POSTED: on the ledger. DECLINED: refused by the gateway; nothing posted.";
}

public sealed class RefundType : ObjectGraphType<RefundView>
{
    public RefundType()
    {
        Name = "Refund";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(r => r.AccountNumber);
        Field<NonNullGraphType<DecimalScalar>>("amount").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<RefundMethodType>>("method").Resolve(c => c.Source.Method);
        Field<NonNullGraphType<RefundStatusType>>("status").Resolve(c => c.Source.Status);
        Field(r => r.Reason);
        Field(r => r.Payee, nullable: true).Description("CHECK: who the check is made out to.");
        Field(r => r.MailingAddress, nullable: true).Description("CHECK: where it is mailed, on one line.");
        Field(r => r.GatewayReference, nullable: true).Description("CARD: the gateway's refund id.");
        Field(r => r.DeclineReason, nullable: true).Description("DECLINED: why the gateway refused it.");
        Field(r => r.RequestedBy);
        Field<NonNullGraphType<DateTimeScalar>>("requestedAt").Resolve(c => c.Source.RequestedAt);
    }
}

/// <summary>The API's shape of a refund request; the address is the shared AddressInput.</summary>
public sealed record RequestRefundArgs
{
    public string AccountNumber { get; init; } = string.Empty;

    public decimal Amount { get; init; }

    public RefundMethod Method { get; init; }

    public string? Reason { get; init; }

    public Guid? PaymentId { get; init; }

    public string? Payee { get; init; }

    public AddressInput? MailingAddress { get; init; }

    public RequestRefundInput ToInput() => new(AccountNumber, Amount, Method, Reason, PaymentId, Payee, MailingAddress);
}

public sealed class RequestRefundInputType : InputObjectGraphType<RequestRefundArgs>
{
    public RequestRefundInputType()
    {
        Name = "RequestRefundInput";
        Description = "Never more than the account's credit balance. CARD needs paymentId (a posted card payment of the account); CHECK needs payee and mailingAddress.";
        Field(i => i.AccountNumber);
        Field(i => i.Amount, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(i => i.Method, type: typeof(NonNullGraphType<RefundMethodType>));
        Field(i => i.Reason, nullable: true).Description("Why (required).");
        Field(i => i.PaymentId, type: typeof(IdGraphType));
        Field(i => i.Payee, nullable: true);
        Field(i => i.MailingAddress, type: typeof(AddressInputType));
    }
}
