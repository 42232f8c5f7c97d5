using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

/// <summary>
/// The yardstick for the bill run: the bill and line rows it produced, inserted again into fresh tables of the same
/// shape (the tables' own CREATE statements and indexes, renamed) on the same database, with prepared 64-row INSERT
/// statements bound by position, in one transaction, foreign keys on as EF has them. Only the inserts are timed: the
/// rows are read back in sets of 5,000 between them.
/// </summary>
internal static class PlainInsert
{
    private const int RowsPerSet = 5_000;

    public static async Task<(long Bills, long Lines, TimeSpan Elapsed)> RunAsync(string file, IReadOnlyCollection<Guid> runs)
    {
        _ = runs; // every bill in the copy is one of the runs'
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        Execute(connection, "PRAGMA foreign_keys = 1");
        var elapsed = TimeSpan.Zero;
        long bills, lines;
        await using (var transaction = connection.BeginTransaction())
        {
            bills = Copy(connection, "Bills", ref elapsed);
            lines = Copy(connection, "BillLines", ref elapsed);
            var commit = Stopwatch.StartNew();
            transaction.Commit();
            elapsed += commit.Elapsed;
        }

        return (bills, lines, elapsed);
    }

    private static long Copy(SqliteConnection connection, string table, ref TimeSpan elapsed)
    {
        var target = "Plain" + table;
        foreach (var ddl in Schema(connection, table))
        {
            Execute(connection, ddl.Replace($"\"{table}\"", $"\"{target}\"", StringComparison.Ordinal)
                .Replace("\"IX_", "\"IX_Plain", StringComparison.Ordinal).Replace("\"PK_", "\"PK_Plain", StringComparison.Ordinal));
        }

        var columns = Columns(connection, table);
        var rowsPerStatement = Math.Clamp(32_000 / columns, 1, 64);
        var handle = connection.Handle!;
        var insert = Prepare(handle, target, columns, rowsPerStatement);
        var rows = new List<object?[]>(RowsPerSet);
        long lastRowId = 0, copied = 0;
        try
        {
            while (true)
            {
                rows.Clear();
                using (var read = connection.CreateCommand())
                {
                    read.CommandText = $"SELECT rowid, * FROM \"{table}\" WHERE rowid > $after ORDER BY rowid LIMIT {RowsPerSet}";
                    read.Parameters.AddWithValue("$after", lastRowId);
                    using var reader = read.ExecuteReader();
                    while (reader.Read())
                    {
                        lastRowId = reader.GetInt64(0);
                        var row = new object?[columns];
                        for (var c = 0; c < columns; c++)
                        {
                            row[c] = reader.IsDBNull(c + 1) ? null : reader.GetValue(c + 1);
                        }

                        rows.Add(row);
                    }
                }

                if (rows.Count == 0)
                {
                    return copied;
                }

                var watch = Stopwatch.StartNew();
                for (var at = 0; at < rows.Count; at += rowsPerStatement)
                {
                    var take = Math.Min(rowsPerStatement, rows.Count - at);
                    var statement = take == rowsPerStatement ? insert : Prepare(handle, target, columns, take);
                    var index = 1;
                    for (var r = 0; r < take; r++)
                    {
                        foreach (var value in rows[at + r])
                        {
                            Check(handle, Bind(statement, index++, value));
                        }
                    }

                    var rc = raw.sqlite3_step(statement);
                    raw.sqlite3_reset(statement);
                    if (statement != insert)
                    {
                        statement.Dispose();
                    }

                    if (rc != raw.SQLITE_DONE)
                    {
                        Check(handle, rc);
                    }
                }

                elapsed += watch.Elapsed;
                copied += rows.Count;
            }
        }
        finally
        {
            insert.Dispose();
        }
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        double real => raw.sqlite3_bind_double(statement, index, real),
        string text => raw.sqlite3_bind_text(statement, index, text),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException(value.GetType().Name),
    };

    private static sqlite3_stmt Prepare(sqlite3 handle, string table, int columns, int rows)
    {
        var row = "(" + string.Join(", ", Enumerable.Repeat("?", columns)) + ")";
        var sql = $"INSERT INTO \"{table}\" VALUES {string.Join(", ", Enumerable.Repeat(row, rows))}";
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var statement));
        return statement;
    }

    private static List<string> Schema(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sql FROM sqlite_master WHERE tbl_name = $table AND sql IS NOT NULL ORDER BY type DESC";
        command.Parameters.AddWithValue("$table", table);
        using var reader = command.ExecuteReader();
        var ddl = new List<string>();
        while (reader.Read())
        {
            ddl.Add(reader.GetString(0));
        }

        return ddl;
    }

    private static int Columns(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"SELECT COUNT(*) FROM pragma_table_info('{table}')");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Check(sqlite3 handle, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), rc, raw.sqlite3_extended_errcode(handle));
        }
    }
}
