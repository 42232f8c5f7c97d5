using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Checkout;
using UtilityPortal.GraphApi.Loading;

namespace UtilityPortal.GraphApi.Types.Payments;

/// <summary>The payment fields of the Query and Mutation roots and of Account, kept beside their types. Each calls one use case.</summary>
internal static class PaymentFields
{
    public const int DefaultPayments = 24;

    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<PaymentType>>("paymentReceipt")
            .Description("One payment by its receipt number. A resident sees only payments to linked accounts: any other is NOT_FOUND, like an unknown one.")
            .Argument<NonNullGraphType<StringGraphType>>("receiptNumber")
            .ResolveAsync(async c => (object?)await c.Service<GetPortalReceipt>().HandleAsync(c.Actor(), c.GetArgument<string>("receiptNumber"), c.CancellationToken));

    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<CheckoutStartedType>>("createCheckout")
            .Description("A resident pays linked accounts: each line becomes a PENDING payment, posted when the gateway confirms. An unknown or unlinked " +
                "account is NOT_FOUND; a bad amount (zero or less, more than two decimals, below the minimum, a credit beyond the limit) is INVALID " +
                "naming its line. On any error nothing is saved.")
            .Argument<NonNullGraphType<CreateCheckoutInputType>>("input")
            .ResolveAsync(async c => (object?)await c.Service<CreateCheckout>().HandleAsync(c.Actor(), c.GetArgument<CreateCheckoutArgs>("input").ToInput(),
                c.CancellationToken));

    public static void AddAccountFields(ObjectGraphType<AccountNode> account) =>
        account.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentType>>>>("payments")
            .Description($"Newest first, {DefaultPayments} unless asked otherwise (at most {ListPayments.MaxPayments}); pending ones included.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = DefaultPayments)
            .Resolve(c => AccountPaymentsLoader.Of(c).Payments.Load(c.Source.Id)
                .Select(payments => payments.Take(Math.Clamp(c.GetArgument("first", DefaultPayments), 0, ListPayments.MaxPayments)).ToList()));
}
