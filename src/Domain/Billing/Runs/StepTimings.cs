using System.Diagnostics;

namespace UtilityPortal.Domain.Billing.Runs;

/// <summary>Wall time per step of a run (read, draft, write...), logged at Debug when the run ends: where a slow run spends its time.</summary>
internal sealed class StepTimings
{
    private readonly Dictionary<string, long> _ticks = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public async Task<T> TimeAsync<T>(string step, Func<Task<T>> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await work();
        }
        finally
        {
            Add(step, Stopwatch.GetTimestamp() - started);
        }
    }

    public async Task TimeAsync(string step, Func<Task> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await work();
        }
        finally
        {
            Add(step, Stopwatch.GetTimestamp() - started);
        }
    }

    public T Time<T>(string step, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Add(step, Stopwatch.GetTimestamp() - started);
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return string.Join(", ", _ticks.Select(t => string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{t.Key} {(double)t.Value / Stopwatch.Frequency:F2} s")));
        }
    }

    /// <summary>Adds elapsed <see cref="Stopwatch"/> ticks to a step.</summary>
    public void Add(string step, long ticks)
    {
        lock (_gate)
        {
            _ticks[step] = _ticks.GetValueOrDefault(step) + ticks;
        }
    }
}
