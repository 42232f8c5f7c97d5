using Microsoft.EntityFrameworkCore;

namespace UtilityPortal.Domain.Data;

/// <summary>Reads and sets SQLite's connection settings on a context's open connection (the text is ours, never input).</summary>
internal static class SqlitePragmas
{
    public static async Task<long?> ReadAsync(UtilityDbContext db, string sql, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
#pragma warning disable CA2100 // constant PRAGMA text
        command.CommandText = sql;
#pragma warning restore CA2100
        return await command.ExecuteScalarAsync(ct) is { } value ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public static async Task ExecuteAsync(UtilityDbContext db, string sql, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
#pragma warning disable CA2100 // constant PRAGMA text and numbers read back from SQLite
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(ct);
    }
}
