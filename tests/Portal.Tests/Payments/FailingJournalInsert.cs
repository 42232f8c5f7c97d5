using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace UtilityPortal.Portal.Tests.Payments;

/// <summary>When armed, throws on the next INSERT into the journal, once: a crash in the middle of posting a payment.</summary>
public sealed class FailingJournalInsert : DbCommandInterceptor
{
    private int _armed;

    public void FailNextJournalInsert() => Interlocked.Exchange(ref _armed, 1);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Throw(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Throw(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Throw(DbCommand command)
    {
        if (command.CommandText.Contains("INSERT INTO \"JournalEntries\"", StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            throw new InvalidOperationException("Injected failure: the database went away in the middle of posting.");
        }
    }
}
