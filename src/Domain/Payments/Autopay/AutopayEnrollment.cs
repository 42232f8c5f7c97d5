namespace UtilityPortal.Domain.Payments.Autopay;

public enum AutopayStatus
{
    /// <summary>The resident was sent to the gateway's page to save a card or bank account; not charging yet.</summary>
    PendingSetup = 1,

    /// <summary>A saved method is on file: each posted bill is charged on its due date.</summary>
    Active = 2,

    Cancelled = 3,
}

/// <summary>
/// An account's autopay: the saved payment method the gateway holds for it (we keep only the gateway's references,
/// never card data). At most one enrolment per account is active (a filtered unique index).
/// </summary>
public sealed class AutopayEnrollment
{
    public const int ReferenceMaxLength = 100;

    private AutopayEnrollment()
    {
        Gateway = string.Empty;
        EnrolledBy = string.Empty;
    }

    private AutopayEnrollment(Guid serviceAccountId, Tender method, string gateway, string enrolledBy, DateTimeOffset at)
    {
        if (method is not (Tender.Card or Tender.BankAccount))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose a card or a bank account.", "method");
        }

        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        Method = method;
        Gateway = gateway;
        EnrolledBy = enrolledBy;
        Status = AutopayStatus.PendingSetup;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    /// <summary>What the resident chose to save: a card or a bank account.</summary>
    public Tender Method { get; private set; }

    /// <summary>The adapter holding the saved method ("stripe" or "sandbox").</summary>
    public string Gateway { get; private set; }

    public AutopayStatus Status { get; private set; }

    /// <summary>The gateway's setup session, by which its completion finds this enrolment.</summary>
    public string? SetupSessionId { get; private set; }

    /// <summary>The gateway's customer (Stripe cus_…), needed to charge the saved method off-session.</summary>
    public string? CustomerReference { get; private set; }

    /// <summary>The gateway's saved payment method (Stripe pm_…).</summary>
    public string? PaymentMethodReference { get; private set; }

    /// <summary>The user id of the resident who enrolled.</summary>
    public string EnrolledBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    /// <summary>Bills due on or after this day (the utility's day of activation) are charged; earlier ones are left to the resident.</summary>
    public DateOnly? ChargesBillsDueFrom { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelledBy { get; private set; }

    public static AutopayEnrollment Start(Guid serviceAccountId, Tender method, string gateway, string enrolledBy, DateTimeOffset at) =>
        new(serviceAccountId, method, gateway, enrolledBy, at);

    /// <summary>Ties the enrolment to the gateway's setup session once the gateway has opened it.</summary>
    public void AttachSetupSession(string sessionId)
    {
        if (string.IsNullOrWhiteSpace(sessionId) || sessionId.Length > ReferenceMaxLength)
        {
            throw new DomainException(ErrorCodes.Invalid, "A setup session id is 1 to 100 characters.", nameof(sessionId));
        }

        SetupSessionId = sessionId;
    }

    /// <summary>The gateway saved the method. Completing twice (a repeated webhook) changes nothing.</summary>
    public bool Activate(string customerReference, string paymentMethodReference, DateTimeOffset at, DateOnly today)
    {
        if (Status == AutopayStatus.Active)
        {
            return false;
        }

        if (Status != AutopayStatus.PendingSetup)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only an enrolment waiting for its setup can start; this one is {Status}.");
        }

        if (string.IsNullOrWhiteSpace(customerReference) || customerReference.Length > ReferenceMaxLength
            || string.IsNullOrWhiteSpace(paymentMethodReference) || paymentMethodReference.Length > ReferenceMaxLength)
        {
            throw new DomainException(ErrorCodes.Invalid, "The gateway did not name the saved customer and payment method.");
        }

        CustomerReference = customerReference;
        PaymentMethodReference = paymentMethodReference;
        Status = AutopayStatus.Active;
        ActivatedAt = at;
        ChargesBillsDueFrom = today;
        return true;
    }

    public void Cancel(string by, DateTimeOffset at)
    {
        if (Status == AutopayStatus.Cancelled)
        {
            return;
        }

        Status = AutopayStatus.Cancelled;
        CancelledAt = at;
        CancelledBy = by.Length > 120 ? by[..120] : by;
    }
}
