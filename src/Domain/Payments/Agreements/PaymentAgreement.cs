using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Agreements;

public enum PaymentAgreementStatus
{
    /// <summary>Written by staff, waiting for the customer's signature.</summary>
    Draft = 1,

    /// <summary>Signed: installments are billed and the unpaid covered amount is kept out of delinquency.</summary>
    Active = 2,

    /// <summary>Fully paid.</summary>
    Completed = 3,

    /// <summary>An installment was missed beyond the grace period: what is left is due at once.</summary>
    Defaulted = 4,

    /// <summary>Withdrawn by staff, or declined by the customer, before or while active.</summary>
    Cancelled = 5,
}

/// <summary>How the customer signed.</summary>
public enum AgreementSignature
{
    /// <summary>In the Portal: the "I agree" box and the account holder's name typed in.</summary>
    Portal = 1,

    /// <summary>On paper at the counter, recorded by staff.</summary>
    Counter = 2,
}

/// <summary>
/// An arrangement for a customer to pay part of a service account's balance (the covered amount) as a down payment
/// and monthly installments. Payments count toward it as described in docs/decisions (payment agreements): how much the
/// balance has come down since acceptance, up to the covered amount, settling the down payment, then installments in order.
/// </summary>
public sealed class PaymentAgreement
{
    public const int TermsMaxLength = 4000;
    public const int NameMaxLength = 120;
    public const int ReasonMaxLength = 300;

    private readonly List<PaymentAgreementInstallment> _installments = [];

    private PaymentAgreement()
    {
        Terms = string.Empty;
        DraftedBy = string.Empty;
    }

    private PaymentAgreement(Guid serviceAccountId, Money covered, Money downPayment, IReadOnlyList<ScheduledInstallment> schedule,
        string terms, DateTimeOffset at, string draftedBy)
    {
        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        OpenForAccountId = serviceAccountId;
        Status = PaymentAgreementStatus.Draft;
        CoveredAmount = covered;
        DownPayment = downPayment;
        InstallmentCount = schedule.Count;
        FirstDueOn = schedule[0].DueOn;
        Terms = terms;
        DraftedAt = at;
        DraftedBy = draftedBy;
        _installments.AddRange(schedule.Select(s => new PaymentAgreementInstallment(Id, s.Number, s.DueOn, s.Amount)));
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    /// <summary>
    /// The account id while the agreement is a draft or active, null afterwards: a unique index on it allows one open
    /// agreement per account, on every provider, without a provider-specific filtered index.
    /// </summary>
    public Guid? OpenForAccountId { get; private set; }

    public PaymentAgreementStatus Status { get; private set; }

    /// <summary>The part of the balance the agreement covers, down payment included.</summary>
    public Money CoveredAmount { get; private set; }

    /// <summary>Due on the day the agreement is accepted.</summary>
    public Money DownPayment { get; private set; }

    public int InstallmentCount { get; private set; }

    public DateOnly FirstDueOn { get; private set; }

    public string Terms { get; private set; }

    public DateTimeOffset DraftedAt { get; private set; }

    public string DraftedBy { get; private set; }

    public IReadOnlyList<PaymentAgreementInstallment> Installments => _installments;

    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>The resident's user id (Portal) or the staff member's (counter) who recorded the signature.</summary>
    public string? AcceptedBy { get; private set; }

    public AgreementSignature? SignedVia { get; private set; }

    /// <summary>The name the customer typed (Portal) or signed (counter).</summary>
    public string? SignerName { get; private set; }

    /// <summary>The account's balance at acceptance: payments count toward the agreement as the balance comes down from here.</summary>
    public Money? BalanceAtAcceptance { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelledBy { get; private set; }

    public string? CancellationReason { get; private set; }

    public DateTimeOffset? DefaultedAt { get; private set; }

    /// <summary>The installment whose miss defaulted the agreement (0 is the down payment).</summary>
    public int? DefaultedOnInstallment { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The last day the default job looked at this agreement; it looks at each active agreement once a day.</summary>
    public DateOnly? ReviewedOn { get; private set; }

    /// <summary>The default job's claim: which worker holds the agreement and until when (see AgreementClaims).</summary>
    public Guid? ClaimToken { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    public bool IsOpen => Status is PaymentAgreementStatus.Draft or PaymentAgreementStatus.Active;

    /// <summary>A draft from already validated terms (see <see cref="DraftPaymentAgreement"/>).</summary>
    public static PaymentAgreement Draft(Guid serviceAccountId, AgreementTerms terms, DateTimeOffset at, string draftedBy) =>
        new(serviceAccountId, terms.Covered, terms.DownPayment, terms.Schedule(), terms.Text, at, draftedBy);

    /// <summary>The down payment (number 0, due the day of acceptance, when there is one) then the installments.</summary>
    public IReadOnlyList<ScheduledInstallment> DueSchedule()
    {
        var lines = _installments.OrderBy(i => i.Number).Select(i => new ScheduledInstallment(i.Number, i.DueOn, i.Amount)).ToList();
        if (DownPayment.IsPositive)
        {
            var due = AcceptedAt is { } accepted ? DateOnly.FromDateTime(accepted.UtcDateTime) : (DateOnly?)null;
            lines.Insert(0, new ScheduledInstallment(0, due ?? FirstDueOn, DownPayment));
        }

        return lines;
    }

    public void Accept(AgreementSignature via, string signerName, string acceptedBy, Money balanceNow, DateTimeOffset at)
    {
        if (Status != PaymentAgreementStatus.Draft)
        {
            throw new DomainException(ErrorCodes.Conflict, Status == PaymentAgreementStatus.Active
                ? "This agreement has already been accepted."
                : $"This agreement is {Status.ToString().ToLowerInvariant()} and can no longer be accepted.");
        }

        if (balanceNow < CoveredAmount)
        {
            throw new DomainException(ErrorCodes.Conflict,
                "The account now owes less than this agreement covers; ask customer service to draft a new agreement.");
        }

        Status = PaymentAgreementStatus.Active;
        SignedVia = via;
        SignerName = Clip(signerName.Trim(), NameMaxLength);
        AcceptedBy = acceptedBy;
        AcceptedAt = at;
        BalanceAtAcceptance = balanceNow;
    }

    public void Cancel(string reason, string by, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new DomainException(ErrorCodes.Conflict, $"This agreement is {Status.ToString().ToLowerInvariant()} and cannot be cancelled.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(ErrorCodes.Invalid, "Give a reason for cancelling the agreement.", "reason");
        }

        Close(PaymentAgreementStatus.Cancelled);
        CancelledAt = at;
        CancelledBy = by;
        CancellationReason = Clip(reason.Trim(), ReasonMaxLength);
    }

    internal void MarkDefaulted(int installmentNumber, DateTimeOffset at)
    {
        RequireActive();
        Close(PaymentAgreementStatus.Defaulted);
        DefaultedAt = at;
        DefaultedOnInstallment = installmentNumber;
    }

    internal void MarkCompleted(DateTimeOffset at)
    {
        RequireActive();
        Close(PaymentAgreementStatus.Completed);
        CompletedAt = at;
    }

    internal void MarkReviewed(DateOnly today)
    {
        ReviewedOn = today;
        ClaimToken = null;
        ClaimedUntil = null;
    }

    private void RequireActive()
    {
        if (Status != PaymentAgreementStatus.Active)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only an active agreement can change this way; this one is {Status}.");
        }
    }

    private void Close(PaymentAgreementStatus status)
    {
        Status = status;
        OpenForAccountId = null;
    }

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;
}

/// <summary>One installment of an agreement's schedule, fixed when the agreement is drafted.</summary>
public sealed class PaymentAgreementInstallment
{
    private PaymentAgreementInstallment()
    {
    }

    internal PaymentAgreementInstallment(Guid agreementId, int number, DateOnly dueOn, Money amount)
    {
        Id = Guid.CreateVersion7();
        AgreementId = agreementId;
        Number = number;
        DueOn = dueOn;
        Amount = amount;
    }

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    /// <summary>1 to the number of installments.</summary>
    public int Number { get; private set; }

    public DateOnly DueOn { get; private set; }

    public Money Amount { get; private set; }
}

/// <summary>One line of a schedule: number 0 is the down payment.</summary>
public sealed record ScheduledInstallment(int Number, DateOnly DueOn, Money Amount);
