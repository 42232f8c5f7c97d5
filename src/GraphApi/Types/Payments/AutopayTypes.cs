using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Autopay;
using UtilityPortal.GraphApi.Loading;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Payments;

public sealed class AutopayStatusType : EnumerationGraphType<AutopayStatus>
{
    public AutopayStatusType() => Description = "Where an autopay enrolment stands.";
}

public sealed class AutopayChargeStatusType : EnumerationGraphType<AutopayChargeStatus>
{
    public AutopayChargeStatusType() => Description = "What became of autopay's charge of one bill.";
}

/// <summary>How the resident wants to pay by autopay; a narrower choice than <see cref="Tender"/>.</summary>
public enum AutopayMethod
{
    Card = 1,
    BankAccount = 2,
}

public sealed class AutopayMethodType : EnumerationGraphType<AutopayMethod>
{
    public AutopayMethodType() => Description = "What autopay charges: a saved card or a bank account.";
}

public sealed class AutopayType : ObjectGraphType<AutopayState>
{
    public AutopayType()
    {
        Name = "Autopay";
        Description = "An account's autopay: each posted bill charged on its due date to a saved card or bank account.";
        Field<NonNullGraphType<BooleanGraphType>>("on").Description("True when bills are being charged automatically.").Resolve(c => c.Source.IsOn);
        Field<AutopayStatusType>("status").Description("ACTIVE, or PENDING_SETUP while the gateway has not confirmed the saved method; null when off.")
            .Resolve(c => c.Source.Status);
        Field<AutopayMethodType>("method").Resolve(c => c.Source.Method switch
        {
            Tender.Card => AutopayMethod.Card,
            Tender.BankAccount => AutopayMethod.BankAccount,
            _ => (AutopayMethod?)null,
        });
        Field<DateTimeScalar>("since").Description("When it was turned on (or the setup started).").Resolve(c => c.Source.Since);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutopayChargeType>>>>("recentCharges")
            .Description($"The latest charges, newest first (at most {GetAutopay.RecentCharges}).").Resolve(c => c.Source.RecentCharges);
    }
}

public sealed class AutopayChargeType : ObjectGraphType<AutopayChargeRow>
{
    public AutopayChargeType()
    {
        Name = "AutopayCharge";
        Field<NonNullGraphType<DateScalar>>("dueOn").Description("The due date of the bill it paid.").Resolve(c => c.Source.DueOn);
        Field<NonNullGraphType<DecimalScalar>>("amount").Resolve(c => c.Source.Amount);
        Field<NonNullGraphType<AutopayChargeStatusType>>("status").Resolve(c => c.Source.Status);
        Field<PaymentStatusType>("paymentStatus").Description("The payment it made; null when nothing was owed.").Resolve(c => c.Source.PaymentStatus);
        Field(a => a.ReceiptNumber, nullable: true);
        Field(a => a.FailureReason, nullable: true);
    }
}

public sealed class AutopayFailureType : ObjectGraphType<AutopayFailureRow>
{
    public AutopayFailureType()
    {
        Name = "AutopayFailure";
        Description = "An autopay charge that failed, for staff to follow up.";
        Field(f => f.AccountNumber);
        Field(f => f.CustomerName);
        Field<NonNullGraphType<DateScalar>>("dueOn").Resolve(c => c.Source.DueOn);
        Field<NonNullGraphType<DecimalScalar>>("amount").Resolve(c => c.Source.Amount);
        Field(f => f.Reason, nullable: true);
        Field<NonNullGraphType<DateTimeScalar>>("failedAt").Resolve(c => c.Source.FailedAt);
        Field(f => f.ReceiptNumber);
        Field(f => f.ResidentNotified).Description("Whether the resident was e-mailed about it.");
    }
}

public sealed record StartAutopayArgs
{
    public string AccountNumber { get; init; } = string.Empty;

    public AutopayMethod Method { get; init; } = AutopayMethod.Card;

    public string SuccessUrl { get; init; } = string.Empty;

    public string CancelUrl { get; init; } = string.Empty;

    public StartAutopayInput ToInput() => new(AccountNumber, Method == AutopayMethod.BankAccount ? Tender.BankAccount : Tender.Card,
        Address(SuccessUrl, "successUrl"), Address(CancelUrl, "cancelUrl"));

    private static Uri Address(string text, string field) =>
        Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri)
            ? uri
            : throw new DomainException(ErrorCodes.Invalid, "The return address must be a page of this Portal.", field);
}

public sealed class StartAutopayInputType : InputObjectGraphType<StartAutopayArgs>
{
    public StartAutopayInputType()
    {
        Name = "StartAutopayInput";
        Field(a => a.AccountNumber);
        Field(a => a.Method, type: typeof(NonNullGraphType<AutopayMethodType>));
        Field(a => a.SuccessUrl).Description("A page of this Portal the gateway returns to after saving.");
        Field(a => a.CancelUrl).Description("A page of this Portal the gateway returns to when the resident goes back.");
    }
}

public sealed class AutopaySetupStartedType : ObjectGraphType<AutopaySetupStarted>
{
    public AutopaySetupStartedType()
    {
        Name = "AutopaySetupStarted";
        Field<NonNullGraphType<IdGraphType>>("enrollmentId").Resolve(c => c.Source.EnrollmentId);
        Field<NonNullGraphType<StringGraphType>>("redirectUrl").Description("Send the browser here to save the card or bank account.")
            .Resolve(c => c.Source.RedirectUrl.AbsoluteUri);
    }
}

public sealed record PaperlessResult(string AccountNumber, bool Paperless, bool Changed);

public sealed class PaperlessResultType : ObjectGraphType<PaperlessResult>
{
    public PaperlessResultType()
    {
        Name = "PaperlessResult";
        Field(r => r.AccountNumber);
        Field(r => r.Paperless).Description("True: bill notices by e-mail instead of paper.");
        Field(r => r.Changed).Description("False when it was already so.");
    }
}

/// <summary>The autopay state of every account a request lists, in a fixed number of queries.</summary>
public sealed class AccountAutopayLoader
{
    private const string ContextKey = nameof(AccountAutopayLoader);

    public AccountAutopayLoader(GetAutopay autopay) =>
        States = new(async (keys, ct) => (await autopay.ForAccountsAsync(keys, GetAutopay.RecentCharges, ct))
            .ToDictionary(p => p.Key, p => (AutopayState?)p.Value), null);

    public BatchLoader<Guid, AutopayState?> States { get; }

    public static AccountAutopayLoader Of(IResolveFieldContext context)
    {
        if (!context.UserContext.TryGetValue(ContextKey, out var loader) || loader is not AccountAutopayLoader found)
        {
            found = new AccountAutopayLoader(context.Service<GetAutopay>());
            context.UserContext[ContextKey] = found;
        }

        return found;
    }
}
