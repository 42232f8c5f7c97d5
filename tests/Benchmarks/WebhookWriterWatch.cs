using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using UtilityPortal.Domain.Payments.Gateway;

/// <summary>
/// What the webhook run cost, to explain its latency: the group-commit writer's batches (read from its metrics) and the
/// process's CPU time per delivery. With a fixed number of deliveries in flight, their mean latency is that number
/// divided by the throughput (Little's law), and the throughput can be no more than the cores over the CPU one
/// delivery takes; so the CPU per delivery sets a floor under the mean latency that no amount of waiting less can beat.
/// </summary>
internal sealed class WebhookWriterWatch : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly TimeSpan _cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes();
    private readonly TimeSpan _gcPauseAtStart = GC.GetTotalPauseDuration();
    private readonly int[] _collectionsAtStart = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
    private readonly long? _diskWrittenAtStart;
    private long _batches;
    private long _events;
    private double _busySeconds;
    private double _wallSeconds;
    private TimeSpan _cpu;
    private long _allocated;
    private TimeSpan _gcPause;
    private int[] _collections = [];
    private long? _diskWritten;

    /// <param name="databaseInProcess">SQLite: the database's writes are this process's; a server's are not, so they are not reported.</param>
    public WebhookWriterWatch(bool databaseInProcess)
    {
        _diskWrittenAtStart = databaseInProcess ? DiskWritten() : null;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == GatewayEventMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((instrument, size, _, _) =>
        {
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _events, size);
        });
        _listener.SetMeasurementEventCallback<double>((instrument, seconds, _, _) => _busySeconds += seconds);
        _listener.Start();
    }

    /// <summary>Ends the run: what comes after (checking the ledger) is not counted.</summary>
    public void Stop()
    {
        _wallSeconds = Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;
        _cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuAtStart;
        _allocated = GC.GetTotalAllocatedBytes() - _allocatedAtStart;
        _gcPause = GC.GetTotalPauseDuration() - _gcPauseAtStart;
        _collections = [.. Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - _collectionsAtStart[g])];
        _diskWritten = DiskWritten() - _diskWrittenAtStart;
        _listener.Dispose();
    }

    /// <summary>The writer's batches and busy share; the CPU per delivery and the latency floor it sets; the garbage it made; the bytes it wrote.</summary>
    public IEnumerable<string> Report(int deliveries, int concurrency)
    {
        var wall = _wallSeconds;
        var cpuMs = _cpu.TotalMilliseconds / deliveries;
        var floorMs = concurrency * cpuMs / Environment.ProcessorCount;
        yield return string.Create(CultureInfo.InvariantCulture,
            $"  writer: {_batches:N0} batches of {(_batches == 0 ? 0 : (double)_events / _batches):F1} events on average, busy {_busySeconds:F1} s of {wall:F1} s ({_busySeconds / wall:P0})");
        yield return string.Create(CultureInfo.InvariantCulture,
            $"  CPU: {cpuMs:F2} ms per delivery on {Environment.ProcessorCount} cores, so with {concurrency} in flight the mean cannot be under {concurrency} x {cpuMs:F2} / {Environment.ProcessorCount} = {floorMs:F1} ms (Little's law)");
        yield return string.Create(CultureInfo.InvariantCulture,
            $"  memory: {_allocated / 1024.0 / deliveries:F0} KB allocated per delivery; {_collections[0]:N0}/{_collections[1]:N0}/{_collections[2]:N0} collections (gen 0/1/2), paused {_gcPause.TotalMilliseconds:F0} ms in all");
        if (_diskWritten is { } written)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  disk: {written / 1024.0 / deliveries:F1} KiB written per delivery");
        }
    }

    public void Dispose() => _listener.Dispose();

    /// <summary>
    /// Bytes this process has sent to the disk so far (Linux only): the log, and the database file at checkpoints. Every
    /// page a commit changes goes to the log whole, so this is what the page size and the indexes cost.
    /// </summary>
    private static long? DiskWritten()
    {
        const string Io = "/proc/self/io", Key = "write_bytes:";
        return File.Exists(Io) && File.ReadLines(Io).FirstOrDefault(l => l.StartsWith(Key, StringComparison.Ordinal)) is { } line
            ? long.Parse(line.AsSpan(Key.Length).Trim(), CultureInfo.InvariantCulture)
            : null;
    }
}
