using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using SQLitePCL;

namespace UtilityPortal.Domain.Data.Seeding;

/// <summary>
/// Inserts many already-built entities at once, inside the context's current transaction. The columns and the
/// conversion of every value come from the EF model (type mappings, value converters, owned types and complex
/// properties), so a row written here reads back through EF exactly as if SaveChanges had written it, and a change
/// to the model needs no change here. PostgreSQL gets binary COPY; SQL Server gets prepared multi-row INSERT commands
/// reused for the whole run; SQLite gets multi-row INSERT statements prepared once and bound by position through
/// SQLitePCL, because Microsoft.Data.Sqlite looks every parameter up by name on every execution, which costs more
/// than the insert itself at millions of rows. The values are bound exactly as Microsoft.Data.Sqlite binds them
/// (a test compares the stored bytes with what SaveChanges stores).
/// </summary>
internal sealed class BulkWriter(UtilityDbContext db) : IAsyncDisposable
{
    private readonly Dictionary<Type, TableWriter> _tables = [];
    private readonly Dictionary<string, RowUpdater> _updates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeSpan> _elapsed = new(StringComparer.Ordinal);
    private readonly string _provider = db.Database.ProviderName ?? string.Empty;

    private bool IsPostgres => _provider.Contains("Npgsql", StringComparison.Ordinal);

    private bool IsSqlite => _provider.Contains("Sqlite", StringComparison.Ordinal);

    public async Task WriteAsync<T>(IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (!_tables.TryGetValue(typeof(T), out var table))
        {
            table = new TableWriter(db, db.Model.FindEntityType(typeof(T))
                ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the model."));
            _tables.Add(typeof(T), table);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes run inside a transaction.");
        if (IsPostgres)
        {
            await table.CopyAsync((NpgsqlConnection)connection, rows, ct);
        }
        else if (IsSqlite)
        {
            ct.ThrowIfCancellationRequested();
            table.InsertSqlite((SqliteConnection)connection, rows);
        }
        else
        {
            // SQL Server allows 2,100 parameters a command and 1,000 rows a VALUES list.
            await table.InsertAsync(connection, transaction, rows, Math.Clamp(2_000 / table.Columns.Count, 1, 1_000), ct);
        }

        _elapsed[typeof(T).Name] = _elapsed.GetValueOrDefault(typeof(T).Name) + System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }

    /// <summary>
    /// Writes the current values of <paramref name="columns"/> (column names of <typeparamref name="T"/>'s table) of
    /// already-stored entities, row by row by primary key, inside the current transaction: what SaveChanges would write
    /// for entities whose only changes are those columns, without tracking them. SQLite gets one prepared statement
    /// bound by position; the other providers one prepared command reused for every row.
    /// </summary>
    public async Task UpdateAsync<T>(IReadOnlyList<T> rows, IReadOnlyList<string> columns, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var key = typeof(T).FullName + ":" + string.Join(",", columns);
        if (!_updates.TryGetValue(key, out var update))
        {
            var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the model.");
            update = new RowUpdater(db, entityType, columns);
            _updates.Add(key, update);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes run inside a transaction.");
        if (IsSqlite)
        {
            ct.ThrowIfCancellationRequested();
            update.UpdateSqlite((SqliteConnection)connection, rows);
        }
        else
        {
            await update.UpdateAsync(connection, transaction, rows, ct);
        }

        _elapsed[typeof(T).Name + " update"] = _elapsed.GetValueOrDefault(typeof(T).Name + " update") + System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }

    /// <summary>Time spent writing each entity type so far, for the seeder's log.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Elapsed => _elapsed;

    public async ValueTask DisposeAsync()
    {
        foreach (var table in _tables.Values)
        {
            await table.DisposeAsync();
        }

        foreach (var update in _updates.Values)
        {
            await update.DisposeAsync();
        }
    }

    private sealed record Column(string Name, RelationalTypeMapping Mapping, bool Nullable, Func<object, object?> Read)
    {
        /// <summary>The store type without facets, as Npgsql's COPY wants it ("character varying", "numeric").</summary>
        public string DataTypeName
        {
            get
            {
                var open = Mapping.StoreType.IndexOf('(', StringComparison.Ordinal);
                return open < 0 ? Mapping.StoreType : Mapping.StoreType[..open].Trim();
            }
        }
    }

    private sealed class TableWriter : IAsyncDisposable
    {
        private readonly ISqlGenerationHelper _sql;
        private readonly string _table;
        private readonly Dictionary<int, DbCommand> _commands = [];
        private readonly Dictionary<int, sqlite3_stmt> _statements = [];
        private readonly byte[] _buffer = new byte[1_024];

        public TableWriter(UtilityDbContext db, IEntityType entityType)
        {
            _sql = db.GetService<ISqlGenerationHelper>();
            var tableName = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no table.");
            var store = StoreObjectIdentifier.Table(tableName, entityType.GetSchema());
            _table = _sql.DelimitIdentifier(tableName, entityType.GetSchema());
            Collect(entityType, store, e => e, Columns, []);
        }

        public List<Column> Columns { get; } = [];

        public async Task InsertAsync<T>(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> rows, int rowsPerCommand, CancellationToken ct)
            where T : class
        {
            var at = 0;
            while (at < rows.Count)
            {
                var take = Math.Min(rowsPerCommand, rows.Count - at);
                var command = CommandFor(connection, take);
                command.Transaction = transaction;
                var p = 0;
                for (var r = 0; r < take; r++)
                {
                    var row = rows[at + r];
                    foreach (var column in Columns)
                    {
                        command.Parameters[p++].Value = column.Read(row) ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(ct);
                at += take;
            }
        }

        public void InsertSqlite<T>(SqliteConnection connection, IReadOnlyList<T> rows)
            where T : class
        {
            var handle = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
            // SQLite allows 32,766 variables a statement; 64 rows is well past the point of diminishing returns.
            var rowsPerStatement = Math.Clamp(32_000 / Columns.Count, 1, 64);
            var at = 0;
            while (at < rows.Count)
            {
                var take = Math.Min(rowsPerStatement, rows.Count - at);
                var statement = StatementFor(handle, take);
                var buffer = _buffer;
                var index = 1;
                for (var r = 0; r < take; r++)
                {
                    var row = rows[at + r];
                    foreach (var column in Columns)
                    {
                        Check(handle, SqliteBind(statement, index++, column.Read(row), buffer));
                    }
                }

                var rc = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (rc != raw.SQLITE_DONE)
                {
                    Check(handle, rc);
                }

                at += take;
            }
        }

        public async Task CopyAsync<T>(NpgsqlConnection connection, IReadOnlyList<T> rows, CancellationToken ct)
            where T : class
        {
            var columns = string.Join(", ", Columns.Select(c => _sql.DelimitIdentifier(c.Name)));
            await using var importer = await connection.BeginBinaryImportAsync($"COPY {_table} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var row in rows)
            {
                await importer.StartRowAsync(ct);
                foreach (var column in Columns)
                {
                    var value = column.Read(row);
                    if (value is null)
                    {
                        await importer.WriteNullAsync(ct);
                    }
                    else
                    {
                        await importer.WriteAsync(value, column.DataTypeName, ct);
                    }
                }
            }

            await importer.CompleteAsync(ct);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var command in _commands.Values)
            {
                await command.DisposeAsync();
            }

            foreach (var statement in _statements.Values)
            {
                statement.Dispose();
            }
        }

        /// <summary>
        /// Binds a provider value the way Microsoft.Data.Sqlite's value binder does for these mappings (TEXT Guids in
        /// upper case, ISO dates, invariant decimals), formatted as UTF-8 into a reused buffer rather than through
        /// intermediate strings: at millions of rows the allocations cost more than SQLite's own work.
        /// </summary>
        internal static int SqliteBind(sqlite3_stmt statement, int index, object? value, byte[] buffer)
        {
            int written;
            switch (value)
            {
                case null:
                    return raw.sqlite3_bind_null(statement, index);
                case string text when text.Length * 3 <= buffer.Length:
                    written = System.Text.Encoding.UTF8.GetBytes(text, buffer);
                    return raw.sqlite3_bind_text(statement, index, buffer.AsSpan(0, written));
                case string text:
                    return raw.sqlite3_bind_text(statement, index, text);
                case Guid guid:
                    guid.TryFormat(buffer, out written);
                    for (var i = 0; i < written; i++)
                    {
                        if (buffer[i] is >= (byte)'a' and <= (byte)'f')
                        {
                            buffer[i] -= 'a' - 'A';
                        }
                    }

                    return raw.sqlite3_bind_text(statement, index, buffer.AsSpan(0, written));
                case DateOnly date:
                    date.TryFormat(buffer, out written, @"yyyy\-MM\-dd", System.Globalization.CultureInfo.InvariantCulture);
                    return raw.sqlite3_bind_text(statement, index, buffer.AsSpan(0, written));
                case decimal amount:
                    amount.TryFormat(buffer, out written, "0.0###########################", System.Globalization.CultureInfo.InvariantCulture);
                    return raw.sqlite3_bind_text(statement, index, buffer.AsSpan(0, written));
                case bool flag:
                    return raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0);
                case int number:
                    return raw.sqlite3_bind_int64(statement, index, number);
                case long number:
                    return raw.sqlite3_bind_int64(statement, index, number);
                case short number:
                    return raw.sqlite3_bind_int64(statement, index, number);
                case byte number:
                    return raw.sqlite3_bind_int64(statement, index, number);
                case double real:
                    return raw.sqlite3_bind_double(statement, index, real);
                case byte[] bytes:
                    return raw.sqlite3_bind_blob(statement, index, bytes);
                default:
                    throw new NotSupportedException($"The bulk writer does not bind {value.GetType().Name} values on SQLite; add it beside the others.");
            }
        }

        internal static void Check(sqlite3 handle, int rc)
        {
            if (rc != raw.SQLITE_OK)
            {
                throw new SqliteException(raw.sqlite3_errmsg(handle).utf8_to_string(), rc, raw.sqlite3_extended_errcode(handle));
            }
        }

        private sqlite3_stmt StatementFor(sqlite3 handle, int rows)
        {
            if (!_statements.TryGetValue(rows, out var statement))
            {
                Check(handle, raw.sqlite3_prepare_v2(handle, InsertSql(rows, (_, _) => "?"), out statement));
                _statements.Add(rows, statement);
            }

            return statement;
        }

        private string InsertSql(int rows, Func<int, int, string> placeholder)
        {
            var text = new System.Text.StringBuilder();
            text.Append("INSERT INTO ").Append(_table).Append(" (")
                .AppendJoin(", ", Columns.Select(c => _sql.DelimitIdentifier(c.Name))).Append(") VALUES ");
            for (var r = 0; r < rows; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < Columns.Count; c++)
                {
                    text.Append(c == 0 ? string.Empty : ", ").Append(placeholder(r, c));
                }

                text.Append(')');
            }

            return text.ToString();
        }

        private DbCommand CommandFor(DbConnection connection, int rows)
        {
            if (_commands.TryGetValue(rows, out var command))
            {
                return command;
            }

            command = connection.CreateCommand();
            var columns = Columns.Count;
            for (var p = 0; p < rows * columns; p++)
            {
                // The mapping configures the parameter (DbType, size, precision) once; only the value changes per row.
                var column = Columns[p % columns];
                command.Parameters.Add(column.Mapping.CreateParameter(command, _sql.GenerateParameterName(ParameterName(p)), null, column.Nullable));
            }

#pragma warning disable CA2100 // Built only from model identifiers and parameter placeholders; every value is a parameter.
            command.CommandText = InsertSql(rows, (r, c) => _sql.GenerateParameterNamePlaceholder(ParameterName((r * columns) + c)));
#pragma warning restore CA2100
            _commands.Add(rows, command);
            return command;
        }

        private static string ParameterName(int index) => "p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Walks an entity, its complex properties and the owned types that share its table, in column order.</summary>
        internal static void Collect(ITypeBase type, StoreObjectIdentifier table, Func<object, object?> container, List<Column> columns, HashSet<string> seen)
        {
            foreach (var property in type.GetProperties())
            {
                var name = property.GetColumnName(table);
                // An owned type's key is the owner's key column, already written by the owner.
                if (name is null || !seen.Add(name))
                {
                    continue;
                }

                if (property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd
                    && (property.ClrType == typeof(long) || property.ClrType == typeof(int)))
                {
                    continue; // database-generated identity
                }

                if (property.IsShadowProperty())
                {
                    throw new NotSupportedException($"{type.DisplayName()}.{property.Name} is a shadow property; the bulk writer cannot read it from the entity.");
                }

                var getter = property.GetGetter();
                var mapping = (RelationalTypeMapping)property.GetTypeMapping();
                var toProvider = mapping.Converter?.ConvertToProvider;
                columns.Add(new Column(name, mapping, property.IsNullable, row =>
                {
                    var owner = container(row);
                    if (owner is null)
                    {
                        return null;
                    }

                    var value = getter.GetClrValueUsingContainingEntity(owner);
                    return value is null || toProvider is null ? value : toProvider(value);
                }));
            }

            foreach (var complex in type.GetComplexProperties())
            {
                Collect(complex.ComplexType, table, container, columns, seen);
            }

            if (type is IEntityType entity)
            {
                foreach (var navigation in entity.GetNavigations())
                {
                    if (!navigation.ForeignKey.IsOwnership || navigation.IsOnDependent || navigation.TargetEntityType.GetTableName() != table.Name)
                    {
                        continue;
                    }

                    var getter = navigation.GetGetter();
                    Collect(navigation.TargetEntityType, table, row => container(row) is { } owner ? getter.GetClrValueUsingContainingEntity(owner) : null, columns, seen);
                }
            }
        }
    }
    /// <summary>UPDATE of chosen columns by primary key, prepared once and reused for every row.</summary>
    private sealed class RowUpdater : IAsyncDisposable
    {
        private readonly List<Column> _set;
        private readonly Column _key;
        private readonly string _sql;
        private readonly string _sqlite;
        private readonly byte[] _buffer = new byte[1_024];
        private readonly ISqlGenerationHelper _helper;
        private DbCommand? _command;
        private sqlite3_stmt? _statement;

        public RowUpdater(UtilityDbContext db, IEntityType entityType, IReadOnlyList<string> columns)
        {
            _helper = db.GetService<ISqlGenerationHelper>();
            var tableName = entityType.GetTableName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no table.");
            var all = new List<Column>();
            TableWriter.Collect(entityType, StoreObjectIdentifier.Table(tableName, entityType.GetSchema()), e => e, all, []);
            var keyName = entityType.FindPrimaryKey()?.Properties.Single().GetColumnName() ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no single-column key.");
            _key = all.Single(c => c.Name == keyName);
            _set = columns.Select(name => all.SingleOrDefault(c => c.Name == name)
                ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no column {name}.")).ToList();
            var table = _helper.DelimitIdentifier(tableName, entityType.GetSchema());
            string Sql(Func<int, string> placeholder) =>
                $"UPDATE {table} SET {string.Join(", ", _set.Select((c, i) => $"{_helper.DelimitIdentifier(c.Name)} = {placeholder(i)}"))} WHERE {_helper.DelimitIdentifier(_key.Name)} = {placeholder(_set.Count)}";
            _sqlite = Sql(_ => "?");
            _sql = Sql(i => _helper.GenerateParameterNamePlaceholder("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        public void UpdateSqlite<T>(SqliteConnection connection, IReadOnlyList<T> rows)
            where T : class
        {
            var handle = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
            if (_statement is null)
            {
                TableWriter.Check(handle, raw.sqlite3_prepare_v2(handle, _sqlite, out var statement));
                _statement = statement;
            }

            foreach (var row in rows)
            {
                var index = 1;
                foreach (var column in _set)
                {
                    TableWriter.Check(handle, TableWriter.SqliteBind(_statement, index++, column.Read(row), _buffer));
                }

                TableWriter.Check(handle, TableWriter.SqliteBind(_statement, index, _key.Read(row), _buffer));
                var rc = raw.sqlite3_step(_statement);
                raw.sqlite3_reset(_statement);
                if (rc != raw.SQLITE_DONE)
                {
                    TableWriter.Check(handle, rc);
                }
            }
        }

        public async Task UpdateAsync<T>(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> rows, CancellationToken ct)
            where T : class
        {
            if (_command is null)
            {
                _command = connection.CreateCommand();
                var columns = _set.Append(_key).ToList();
                for (var i = 0; i < columns.Count; i++)
                {
                    _command.Parameters.Add(columns[i].Mapping.CreateParameter(_command, _helper.GenerateParameterName("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), null, columns[i].Nullable));
                }

#pragma warning disable CA2100 // Built only from model identifiers and parameter placeholders; every value is a parameter.
                _command.CommandText = _sql;
#pragma warning restore CA2100
            }

            _command.Transaction = transaction;
            foreach (var row in rows)
            {
                for (var i = 0; i < _set.Count; i++)
                {
                    _command.Parameters[i].Value = _set[i].Read(row) ?? DBNull.Value;
                }

                _command.Parameters[_set.Count].Value = _key.Read(row) ?? DBNull.Value;
                await _command.ExecuteNonQueryAsync(ct);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_command is not null)
            {
                await _command.DisposeAsync();
            }

            _statement?.Dispose();
        }
    }
}
