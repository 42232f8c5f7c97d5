using System.Diagnostics.Metrics;

namespace UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// How the webhook group commit behaves: the size of each batch and how long one writer took to write it. When webhooks
/// are slow, these tell whether the writer is the queue (long batches back to back) or the deliveries wait elsewhere.
/// Read them with <c>dotnet-counters monitor --counters UtilityPortal.Payments.Gateway</c> or any OpenTelemetry exporter.
/// </summary>
public sealed class GatewayEventMetrics
{
    public const string MeterName = "UtilityPortal.Payments.Gateway";
    public const string BatchSizeName = "gateway.event_batch.size";
    public const string BatchDurationName = "gateway.event_batch.duration";

    private readonly Histogram<int> _size;
    private readonly Histogram<double> _duration;

    public GatewayEventMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _size = meter.CreateHistogram<int>(BatchSizeName, "{event}", "Gateway events written in one transaction.");
        _duration = meter.CreateHistogram<double>(BatchDurationName, "s", "Time the writer spent on one batch, from its first query to its commit.");
    }

    public void BatchWritten(int events, TimeSpan took)
    {
        _size.Record(events);
        _duration.Record(took.TotalSeconds);
    }
}
