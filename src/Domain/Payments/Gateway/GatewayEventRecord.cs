namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// A gateway event already processed, so a repeated delivery is answered at once. Only a shortcut: the payment's own
/// journal key is what keeps a payment from posting twice.
/// </summary>
public sealed class GatewayEventRecord
{
    private GatewayEventRecord()
    {
        Gateway = string.Empty;
        EventId = string.Empty;
        Type = string.Empty;
    }

    public GatewayEventRecord(string gateway, string eventId, string type, DateTimeOffset at)
    {
        Gateway = gateway;
        EventId = eventId;
        Type = type.Length > 100 ? type[..100] : type;
        ProcessedAt = at;
    }

    public string Gateway { get; private set; }

    public string EventId { get; private set; }

    public string Type { get; private set; }

    public DateTimeOffset ProcessedAt { get; private set; }
}
