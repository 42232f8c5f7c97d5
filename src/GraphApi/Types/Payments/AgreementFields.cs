using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Agreements;

namespace UtilityPortal.GraphApi.Types.Payments;

/// <summary>Payment agreement fields: a resident reads and accepts (or declines) their own; staff draft, record signatures and cancel.</summary>
internal static class AgreementFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentAgreementSummaryType>>>>("paymentAgreements")
            .Description("The agreements of one account, newest first. A resident sees only linked accounts: any other number is NOT_FOUND.")
            .Argument<NonNullGraphType<StringGraphType>>("accountNumber")
            .ResolveAsync(async c => (object?)await c.Service<ListPaymentAgreements>().ForAccountAsync(c.Actor(), c.GetArgument<string>("accountNumber"),
                c.CancellationToken));

        query.Field<PaymentAgreementType>("paymentAgreement")
            .Description("One agreement with its schedule and what has been paid. An agreement on an account the resident is not linked to is NOT_FOUND.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => (object?)await c.Service<GetPaymentAgreement>().HandleAsync(c.Actor(), c.GetArgument<Guid>("id"), c.CancellationToken));

        query.Field<NonNullGraphType<PaymentAgreementPreviewType>>("previewPaymentAgreement")
            .Description("Staff only. The schedule a draft would have, checked as a draft is; nothing is saved.")
            .Argument<NonNullGraphType<PaymentAgreementInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<DraftPaymentAgreement>().PreviewAsync(c.Actor(),
                c.GetArgument<PaymentAgreementArgs>("input").ToInput(), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PaymentAgreementType>>("draftPaymentAgreement")
            .Description("Staff only. Drafts an agreement for the customer to sign; one draft or active agreement per account. Audited.")
            .Argument<NonNullGraphType<PaymentAgreementInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var agreement = await c.Service<DraftPaymentAgreement>().HandleAsync(c.Actor(), c.GetArgument<PaymentAgreementArgs>("input").ToInput(),
                    c.CancellationToken);
                return (object?)await DetailsAsync(c, agreement.Id);
            });

        mutation.Field<NonNullGraphType<PaymentAgreementType>>("acceptPaymentAgreement")
            .Description("A resident accepts a draft on a linked account: agree true and the account holder's full name. The time and user are recorded.")
            .Argument<NonNullGraphType<AcceptPaymentAgreementInputType>>("input")
            .ResolveAsync(async c =>
            {
                var agreement = await c.Service<AcceptPaymentAgreement>().HandleAsync(c.Actor(), c.GetArgument<AcceptPaymentAgreementInput>("input"),
                    c.CancellationToken);
                return (object?)await DetailsAsync(c, agreement.Id);
            });

        mutation.Field<NonNullGraphType<PaymentAgreementType>>("recordCounterSignature")
            .Description("Staff only. The customer signed the printed agreement at the counter; the agreement becomes active. Audited.")
            .Argument<NonNullGraphType<RecordCounterSignatureInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var agreement = await c.Service<RecordCounterSignature>().HandleAsync(c.Actor(), c.GetArgument<RecordCounterSignatureInput>("input"),
                    c.CancellationToken);
                return (object?)await DetailsAsync(c, agreement.Id);
            });

        mutation.Field<NonNullGraphType<PaymentAgreementType>>("cancelPaymentAgreement")
            .Description("Staff cancel a draft or active agreement with a reason; a resident may decline a draft on a linked account. Audited.")
            .Argument<NonNullGraphType<CancelPaymentAgreementInputType>>("input")
            .ResolveAsync(async c =>
            {
                var agreement = await c.Service<CancelPaymentAgreement>().HandleAsync(c.Actor(), c.GetArgument<CancelPaymentAgreementInput>("input"),
                    c.CancellationToken);
                return (object?)await DetailsAsync(c, agreement.Id);
            });
    }

    private static Task<AgreementDetails> DetailsAsync(IResolveFieldContext c, Guid id)
    {
        c.Loaders().Clear();
        return c.Service<GetPaymentAgreement>().HandleAsync(c.Actor(), id, c.CancellationToken);
    }
}
