using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Domain.Payments.Checkout;

public enum CheckoutStatus
{
    /// <summary>The customer was sent to the gateway's page; nothing is confirmed yet.</summary>
    Open = 1,
    Completed = 2,
    /// <summary>The gateway declined the money. The customer may still retry on the same page, so this can turn Completed.</summary>
    Failed = 3,
    Cancelled = 4,
}

/// <summary>
/// One portal checkout: a resident paying one or more linked accounts on the gateway's hosted page. Its lines are
/// <see cref="Payment"/> rows (one per account) carrying <see cref="Id"/> as their checkout id; they stay pending until
/// the gateway confirms.
/// </summary>
public sealed class CheckoutSession
{
    public const int UrlMaxLength = 500;

    private CheckoutSession()
    {
        UserId = string.Empty;
        Gateway = string.Empty;
        SuccessUrl = string.Empty;
        CancelUrl = string.Empty;
    }

    private CheckoutSession(Guid id, string userId, string gateway, Money total, Uri successUrl, Uri cancelUrl, DateTimeOffset at)
    {
        Id = id;
        UserId = userId;
        Gateway = gateway;
        Total = total;
        SuccessUrl = successUrl.AbsoluteUri;
        CancelUrl = cancelUrl.AbsoluteUri;
        Status = CheckoutStatus.Open;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    /// <summary>The resident who started it; only they may see its sandbox page.</summary>
    public string UserId { get; private set; }

    /// <summary>The adapter that holds the session ("stripe" or "sandbox").</summary>
    public string Gateway { get; private set; }

    public string? GatewaySessionId { get; private set; }

    public CheckoutStatus Status { get; private set; }

    public Money Total { get; private set; }

    public string SuccessUrl { get; private set; }

    public string CancelUrl { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? FailureReason { get; private set; }

    /// <summary>A new open checkout whose id was already given to the gateway (its metadata ties events back to us).</summary>
    public static CheckoutSession Open(Guid id, string userId, HostedCheckout hosted, string gateway, Money total, Uri successUrl, Uri cancelUrl,
        DateTimeOffset at) =>
        new(id, userId, gateway, total, successUrl, cancelUrl, at) { GatewaySessionId = hosted.SessionId };

    public void Complete(DateTimeOffset at)
    {
        if (Status is CheckoutStatus.Completed)
        {
            return;
        }

        Status = CheckoutStatus.Completed;
        CompletedAt = at;
        FailureReason = null;
    }

    /// <summary>A decline after the money was confirmed (events out of order) changes nothing.</summary>
    public void Fail(string reason)
    {
        if (Status is CheckoutStatus.Open)
        {
            Status = CheckoutStatus.Failed;
            FailureReason = reason.Length > 300 ? reason[..300] : reason;
        }
    }

    public void Cancel()
    {
        if (Status is CheckoutStatus.Open or CheckoutStatus.Failed)
        {
            Status = CheckoutStatus.Cancelled;
        }
    }
}
