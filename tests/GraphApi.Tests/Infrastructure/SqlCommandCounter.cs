using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace UtilityPortal.GraphApi.Tests.Infrastructure;

/// <summary>
/// Counts the SQL commands EF Core sends while serving HTTP requests, so a test can prove a list costs the same
/// whatever its length. Background workers (bill runs, the outbox) poll the same database; their commands run outside
/// any request and are not counted, or a poll landing mid-request would make the figures flaky.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly AsyncLocal<bool> _inRequest = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    /// <summary>Marks the current request's execution context (and everything it awaits) as counted.</summary>
    public void EnterRequest() => _inRequest.Value = true;

    private void Increment()
    {
        if (_inRequest.Value)
        {
            Interlocked.Increment(ref _count);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Increment();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Increment();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Increment();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Increment();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Increment();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Increment();
        return ValueTask.FromResult(result);
    }
}
