using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Data;

/// <summary>Journal entries and audit rows are history: they are added, never changed or removed.</summary>
internal static class AppendOnly
{
    private static readonly HashSet<Type> HistoryTypes = [typeof(JournalEntry), typeof(AuditEntry)];

    public static void Guard(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted && HistoryTypes.Contains(entry.Metadata.ClrType))
            {
                throw new InvalidOperationException(
                    $"{entry.Metadata.ClrType.Name} rows are append-only; correct a mistake with a reversing entry.");
            }
        }
    }
}
