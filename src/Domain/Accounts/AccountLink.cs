namespace UtilityPortal.Domain.Accounts;

/// <summary>A resident's proven claim to a service account; the only thing that lets them see it.</summary>
public sealed class AccountLink
{
    private AccountLink()
    {
        UserId = string.Empty;
    }

    public AccountLink(string userId, Guid serviceAccountId, DateTimeOffset linkedAt)
    {
        UserId = userId;
        ServiceAccountId = serviceAccountId;
        LinkedAt = linkedAt;
    }

    public string UserId { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public DateTimeOffset LinkedAt { get; private set; }
}
