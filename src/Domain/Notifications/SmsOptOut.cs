namespace UtilityPortal.Domain.Notifications;

/// <summary>
/// A mobile number's answer to our texts, kept per number because that is how carriers and Twilio treat STOP: it holds
/// whoever owns the phone, whatever account it is on. Each change is also written to the audit trail.
/// </summary>
public sealed class SmsOptOut
{
    private SmsOptOut()
    {
        PhoneNumber = string.Empty;
        Keyword = string.Empty;
    }

    private SmsOptOut(string phoneNumber)
        : this()
    {
        PhoneNumber = phoneNumber;
    }

    /// <summary>E.164, the key.</summary>
    public string PhoneNumber { get; private set; }

    public bool OptedOut { get; private set; }

    /// <summary>The word the person texted (STOP, UNSUBSCRIBE, START…).</summary>
    public string Keyword { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public DateTimeOffset? OptedOutAt { get; private set; }

    public static SmsOptOut For(Accounts.PhoneNumber number) => new(number.E164);

    public void OptOut(string keyword, DateTimeOffset at)
    {
        OptedOut = true;
        OptedOutAt = at.ToUniversalTime();
        Record(keyword, at);
    }

    public void OptIn(string keyword, DateTimeOffset at)
    {
        OptedOut = false;
        Record(keyword, at);
    }

    private void Record(string keyword, DateTimeOffset at)
    {
        Keyword = keyword;
        ChangedAt = at.ToUniversalTime();
    }
}
