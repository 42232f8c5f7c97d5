using GraphQL.Types;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Payments.Checkout;

namespace UtilityPortal.GraphApi.Types.Payments;

public sealed record CheckoutLineArgs
{
    public string AccountNumber { get; init; } = string.Empty;

    public decimal Amount { get; init; }
}

public sealed record CreateCheckoutArgs
{
    public IReadOnlyList<CheckoutLineArgs> Lines { get; init; } = [];

    public string SuccessUrl { get; init; } = string.Empty;

    public string CancelUrl { get; init; } = string.Empty;

    public CheckoutInput ToInput() =>
        new([.. Lines.Select(l => new CheckoutLineInput(l.AccountNumber, l.Amount))], Address(SuccessUrl, "successUrl"), Address(CancelUrl, "cancelUrl"));

    private static Uri Address(string text, string field) =>
        Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri)
            ? uri
            : throw new DomainException(ErrorCodes.Invalid, "The return address must be a page of this Portal.", field);
}

public sealed class CheckoutLineInputType : InputObjectGraphType<CheckoutLineArgs>
{
    public CheckoutLineInputType()
    {
        Name = "CheckoutLineInput";
        Description = "One linked account and the amount to pay on it.";
        Field(l => l.AccountNumber);
        Field(l => l.Amount, type: typeof(NonNullGraphType<Scalars.DecimalScalar>))
            .Description("Dollars and cents, at least the minimum payment; more than the balance becomes a credit, up to the configured limit.");
    }
}

public sealed class CreateCheckoutInputType : InputObjectGraphType<CreateCheckoutArgs>
{
    public CreateCheckoutInputType()
    {
        Name = "CreateCheckoutInput";
        Description = "What to pay, and the Portal pages to come back to afterwards.";
        Field(i => i.Lines, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<CheckoutLineInputType>>>));
        Field(i => i.SuccessUrl).Description("A page of this Portal (a path such as /Pay/Done, or a full address on the Portal's host).");
        Field(i => i.CancelUrl).Description("A page of this Portal, shown when the customer cancels.");
    }
}

public sealed class CheckoutStartedType : ObjectGraphType<CheckoutStarted>
{
    public CheckoutStartedType()
    {
        Name = "CheckoutStarted";
        Description = "Send the customer's browser to redirectUrl: the gateway's page (or the sandbox's demo page) takes the payment.";
        Field<NonNullGraphType<IdGraphType>>("checkoutId").Resolve(c => c.Source.CheckoutId);
        Field<NonNullGraphType<StringGraphType>>("redirectUrl").Resolve(c => c.Source.RedirectUrl.AbsoluteUri);
    }
}
