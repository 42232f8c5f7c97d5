using GraphQL.Types;
using UtilityPortal.Domain.Payments.Agreements;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Payments;

public sealed class PaymentAgreementStatusType : EnumerationGraphType<PaymentAgreementStatus>
{
    public PaymentAgreementStatusType() =>
        Description = "DRAFT: waiting for the customer's signature. ACTIVE: signed; the unpaid covered amount is kept out of delinquency. " +
            "COMPLETED: paid in full. DEFAULTED: an installment was missed beyond the grace period; the rest is due. CANCELLED: withdrawn or declined.";
}

public sealed class AgreementSignatureType : EnumerationGraphType<AgreementSignature>
{
    public AgreementSignatureType() => Description = "PORTAL: accepted online with the typed name. COUNTER: signed on paper, recorded by staff.";
}

public sealed class InstallmentStateType : EnumerationGraphType<InstallmentState>
{
    public InstallmentStateType() => Description = "PAID, PARTLY_PAID, OPEN (not due or within grace), MISSED (unpaid beyond the grace period).";
}

public sealed class AgreementInstallmentType : ObjectGraphType<InstallmentProgress>
{
    public AgreementInstallmentType()
    {
        Name = "AgreementInstallment";
        Description = "One line of the schedule; number 0 is the down payment, due when the agreement is signed.";
        Field(i => i.Number);
        Field<NonNullGraphType<DateScalar>>("dueOn").Resolve(c => c.Source.DueOn);
        Field<NonNullGraphType<DecimalScalar>>("amount").Resolve(c => c.Source.Amount.Amount);
        Field<NonNullGraphType<DecimalScalar>>("paid").Resolve(c => c.Source.Paid.Amount);
        Field<NonNullGraphType<InstallmentStateType>>("state").Resolve(c => c.Source.State);
    }
}

public sealed class PaymentAgreementType : ObjectGraphType<AgreementDetails>
{
    public PaymentAgreementType()
    {
        Name = "PaymentAgreement";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(a => a.AccountNumber);
        Field(a => a.HolderName);
        Field<NonNullGraphType<PaymentAgreementStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DecimalScalar>>("covered").Resolve(c => c.Source.Covered.Amount);
        Field<NonNullGraphType<DecimalScalar>>("downPayment").Resolve(c => c.Source.DownPayment.Amount);
        Field(a => a.InstallmentCount);
        Field<NonNullGraphType<DateScalar>>("firstDueOn").Resolve(c => c.Source.FirstDueOn);
        Field(a => a.Terms);
        Field<NonNullGraphType<DecimalScalar>>("paid").Description("Paid toward the covered amount so far.").Resolve(c => c.Source.Paid.Amount);
        Field<NonNullGraphType<DecimalScalar>>("unpaid").Resolve(c => c.Source.Unpaid.Amount);
        Field<NonNullGraphType<DateTimeScalar>>("draftedAt").Resolve(c => c.Source.DraftedAt);
        Field<DateTimeScalar>("acceptedAt").Resolve(c => c.Source.AcceptedAt);
        Field<AgreementSignatureType>("signedVia").Resolve(c => c.Source.SignedVia);
        Field(a => a.SignerName, nullable: true);
        Field<DateTimeScalar>("cancelledAt").Resolve(c => c.Source.CancelledAt);
        Field(a => a.CancellationReason, nullable: true);
        Field<DateTimeScalar>("defaultedAt").Resolve(c => c.Source.DefaultedAt);
        Field<DateTimeScalar>("completedAt").Resolve(c => c.Source.CompletedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementInstallmentType>>>>("schedule").Resolve(c => c.Source.Schedule);
    }
}

public sealed class PaymentAgreementSummaryType : ObjectGraphType<AgreementSummary>
{
    public PaymentAgreementSummaryType()
    {
        Name = "PaymentAgreementSummary";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(a => a.AccountNumber);
        Field(a => a.HolderName);
        Field<NonNullGraphType<PaymentAgreementStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<DecimalScalar>>("covered").Resolve(c => c.Source.Covered.Amount);
        Field<NonNullGraphType<DecimalScalar>>("downPayment").Resolve(c => c.Source.DownPayment.Amount);
        Field(a => a.InstallmentCount);
        Field<NonNullGraphType<DateScalar>>("firstDueOn").Resolve(c => c.Source.FirstDueOn);
        Field<NonNullGraphType<DateTimeScalar>>("draftedAt").Resolve(c => c.Source.DraftedAt);
        Field<DateTimeScalar>("acceptedAt").Resolve(c => c.Source.AcceptedAt);
    }
}

public sealed class ScheduledInstallmentType : ObjectGraphType<ScheduledInstallment>
{
    public ScheduledInstallmentType()
    {
        Name = "ScheduledInstallment";
        Field(i => i.Number).Description("0 is the down payment, due when the agreement is signed.");
        Field<NonNullGraphType<DateScalar>>("dueOn").Description("For the down payment: the first due date until it is signed.").Resolve(c => c.Source.DueOn);
        Field<NonNullGraphType<DecimalScalar>>("amount").Resolve(c => c.Source.Amount.Amount);
    }
}

public sealed class PaymentAgreementPreviewType : ObjectGraphType<AgreementPreview>
{
    public PaymentAgreementPreviewType()
    {
        Name = "PaymentAgreementPreview";
        Field(p => p.AccountNumber);
        Field<NonNullGraphType<DecimalScalar>>("owed").Description("The account's balance today.").Resolve(c => c.Source.Owed.Amount);
        Field<NonNullGraphType<DecimalScalar>>("covered").Resolve(c => c.Source.Terms.Covered.Amount);
        Field<NonNullGraphType<DecimalScalar>>("downPayment").Resolve(c => c.Source.Terms.DownPayment.Amount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScheduledInstallmentType>>>>("installments").Resolve(c => c.Source.Schedule);
    }
}

/// <summary>The API's shape of a draft (and of a preview).</summary>
public sealed record PaymentAgreementArgs
{
    public string AccountNumber { get; init; } = string.Empty;

    public decimal Covered { get; init; }

    public decimal DownPayment { get; init; }

    public int Installments { get; init; }

    public DateOnly FirstDueOn { get; init; }

    public string? Terms { get; init; }

    public DraftPaymentAgreementInput ToInput() => new(AccountNumber, Covered, DownPayment, Installments, FirstDueOn, Terms);
}

public sealed class PaymentAgreementInputType : InputObjectGraphType<PaymentAgreementArgs>
{
    public PaymentAgreementInputType()
    {
        Name = "PaymentAgreementInput";
        Description = "Covered: more than zero, at most what the account owes, whole cents. Down payment: zero or more, less than covered. " +
            "Installments: 1 to the configured maximum, monthly from firstDueOn (after today).";
        Field(i => i.AccountNumber);
        Field(i => i.Covered, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(i => i.DownPayment, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(i => i.Installments);
        Field(i => i.FirstDueOn, type: typeof(NonNullGraphType<DateScalar>));
        Field(i => i.Terms, nullable: true).Description("The terms text (required).");
    }
}

public sealed class AcceptPaymentAgreementInputType : InputObjectGraphType<AcceptPaymentAgreementInput>
{
    public AcceptPaymentAgreementInputType()
    {
        Name = "AcceptPaymentAgreementInput";
        Description = "agree must be true and fullName the account holder's name (letter case aside).";
        Field(i => i.AgreementId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Agree);
        Field(i => i.FullName, nullable: true);
    }
}

public sealed class RecordCounterSignatureInputType : InputObjectGraphType<RecordCounterSignatureInput>
{
    public RecordCounterSignatureInputType()
    {
        Name = "RecordCounterSignatureInput";
        Field(i => i.AgreementId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.SignerName, nullable: true).Description("Who signed (required).");
        Field(i => i.SignedAt, type: typeof(DateTimeScalar)).Description("When; now if not given. Not in the future nor before the draft.");
    }
}

public sealed class CancelPaymentAgreementInputType : InputObjectGraphType<CancelPaymentAgreementInput>
{
    public CancelPaymentAgreementInputType()
    {
        Name = "CancelPaymentAgreementInput";
        Field(i => i.AgreementId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Reason, nullable: true).Description("Staff: required. A resident may only decline a draft; a reason is optional.");
    }
}
