using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace UtilityPortal.Domain.Data;

/// <summary>
/// Saves the tracked changes of a large transaction on SQLite with one statement per table and shape instead of one per
/// row: new rows of a table go in one multi-row <c>INSERT</c>, rows changed in the same columns in one <c>UPDATE ... FROM
/// (VALUES ...)</c>. <c>SaveChanges</c> on SQLite sends one statement per row, and SQLite parses and plans each again
/// (Microsoft.Data.Sqlite prepares per command): for a batch of 50 gateway events that was 130 statements and half the
/// batch's time (ADR 0017).
/// <para>
/// Everything else about a save stays EF's: the model gives the tables and columns, each column's type mapping makes its
/// parameter exactly as <c>SaveChanges</c> would, the statements run through EF (so its logging and interceptors see
/// them), a unique key or a missing row fails as <see cref="DbUpdateException"/>, and the change tracker accepts the
/// changes afterwards. Only plain rows are written here; anything else (a deletion, a value the database generates, a
/// concurrency token, an owned or split type), on SQLite outside a transaction, or on another provider, goes through
/// <c>SaveChanges</c> unchanged.
/// </para>
/// </summary>
internal static class SqliteRowsAtOnce
{
    /// <summary>SQLite looks a named parameter up by a linear search, so a statement is kept to about this many.</summary>
    private const int MaxParameters = 999;

    private static readonly ConcurrentDictionary<Shape, string[]> ColumnsOf = new();

    private static readonly ConcurrentDictionary<IEntityType, bool> PlainTypes = new();

    public static async Task SaveChangesAsync(UtilityDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList();
        if (!db.Database.IsSqlite() || db.Database.CurrentTransaction is null || !changed.All(IsPlainRow))
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        AppendOnly.Guard(db.ChangeTracker);
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var factory = db.Database.GetDbConnection().CreateCommand();

        // Rows of one save may refer to each other; SQLite checks those references at commit, as it would have
        // checked them after EF's ordered statements.
        await db.Database.ExecuteSqlRawAsync("PRAGMA defer_foreign_keys = ON;", ct);
        foreach (var shape in changed.GroupBy(ShapeOf).OrderBy(g => g.Key.State == EntityState.Modified))
        {
            var columns = ColumnsOf.GetOrAdd(shape.Key, s => [.. s.Properties.Select(p => p.GetColumnName(s.Table)!)]);
            var perRow = shape.Key.Properties.Count + (shape.Key.State == EntityState.Modified ? shape.Key.Key.Count : 0);
            foreach (var rows in shape.Chunk(Math.Max(1, MaxParameters / perRow)))
            {
                var (text, parameters) = shape.Key.State == EntityState.Added
                    ? Insert(sql, shape.Key, columns, rows, factory)
                    : Update(sql, shape.Key, columns, rows, factory);
                await ExecuteAsync(db, text, parameters, rows, shape.Key.State == EntityState.Modified, ct);
            }
        }

        db.ChangeTracker.AcceptAllChanges();
    }

    /// <summary>A row EF would write with one plain statement: added, or changed in columns other than its key.</summary>
    private static bool IsPlainRow(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified
        && PlainTypes.GetOrAdd(entry.Metadata, IsPlainType)
        && (entry.State == EntityState.Added || !entry.Metadata.FindPrimaryKey()!.Properties.Any(p => entry.Property(p.Name).IsModified));

    /// <summary>A table of its own, client-set keys and values, no concurrency token.</summary>
    private static bool IsPlainType(IEntityType type) =>
        !type.IsOwned()
        && !type.GetComplexProperties().Any()
        && type.GetTableMappings().Count() == 1
        && StoreObjectIdentifier.Create(type, StoreObjectType.Table) is not null
        && type.GetProperties().All(p => p.ValueGenerated == ValueGenerated.Never && !p.IsConcurrencyToken);

    private static Shape ShapeOf(EntityEntry entry)
    {
        var type = entry.Metadata;
        var key = type.FindPrimaryKey()!.Properties;
        var written = entry.State == EntityState.Added
            ? type.GetProperties().ToList()
            : type.GetProperties().Where(p => !key.Contains(p) && entry.Property(p.Name).IsModified).ToList();
        return new Shape(type, entry.State, StoreObjectIdentifier.Create(type, StoreObjectType.Table)!.Value, written, key);
    }

    /// <summary><c>INSERT INTO "T" ("a", "b") VALUES (@p0, @p1), (@p2, @p3)</c>.</summary>
    private static (string Text, List<DbParameter> Parameters) Insert(ISqlGenerationHelper sql, Shape shape, string[] columns,
        EntityEntry[] rows, DbCommand factory)
    {
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(shape.Table.Name)).Append(" (")
            .AppendJoin(", ", columns.Select(sql.DelimitIdentifier)).Append(") VALUES ");
        var parameters = new List<DbParameter>(rows.Length * columns.Length);
        AppendRows(text, parameters, rows, shape.Properties, factory);
        return (text.ToString(), parameters);
    }

    /// <summary>
    /// <c>UPDATE "T" SET "a" = v.column2 FROM (VALUES (@p0, @p1), ...) AS v WHERE "T"."Id" = v.column1</c>: the key first,
    /// then the changed columns, in SQLite's names for the columns of a <c>VALUES</c> list.
    /// </summary>
    private static (string Text, List<DbParameter> Parameters) Update(ISqlGenerationHelper sql, Shape shape, string[] columns,
        EntityEntry[] rows, DbCommand factory)
    {
        var table = sql.DelimitIdentifier(shape.Table.Name);
        var keyColumns = shape.Key.Select(p => sql.DelimitIdentifier(p.GetColumnName(shape.Table)!)).ToList();
        var text = new StringBuilder("UPDATE ").Append(table).Append(" SET ")
            .AppendJoin(", ", columns.Select((c, i) => $"{sql.DelimitIdentifier(c)} = v.column{shape.Key.Count + i + 1}"))
            .Append(" FROM (VALUES ");
        var parameters = new List<DbParameter>(rows.Length * (columns.Length + keyColumns.Count));
        AppendRows(text, parameters, rows, [.. shape.Key, .. shape.Properties], factory);
        text.Append(") AS v WHERE ").AppendJoin(" AND ", keyColumns.Select((c, i) => $"{table}.{c} = v.column{i + 1}"));
        return (text.ToString(), parameters);
    }

    /// <summary>One parenthesised list of parameters per row, each made by its column's type mapping as SaveChanges makes it.</summary>
    private static void AppendRows(StringBuilder text, List<DbParameter> parameters, EntityEntry[] rows, IReadOnlyList<IProperty> properties,
        DbCommand factory)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < properties.Count; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{parameters.Count}");
                text.Append(c == 0 ? name : ", " + name);
                var property = properties[c];
                parameters.Add(property.GetRelationalTypeMapping().CreateParameter(factory, name, rows[r].CurrentValues[property], property.IsNullable));
            }

            text.Append(')');
        }
    }

    private static async Task ExecuteAsync(UtilityDbContext db, string text, List<DbParameter> parameters, EntityEntry[] rows,
        bool updates, CancellationToken ct)
    {
        int affected;
        try
        {
            affected = await db.Database.ExecuteSqlRawAsync(text, parameters, ct);
        }
        catch (SqliteException e)
        {
            throw new DbUpdateException($"Saving {rows.Length} {rows[0].Metadata.ClrType.Name} rows failed: {e.Message}", e, rows);
        }

        if (affected != rows.Length)
        {
            var message = $"{rows.Length} {rows[0].Metadata.ClrType.Name} rows were to be {(updates ? "updated" : "added")}, but {affected} were.";
            throw updates ? new DbUpdateConcurrencyException(message) : new DbUpdateException(message, null, rows);
        }
    }

    /// <summary>Rows written by one statement: one table, one state, the same columns.</summary>
    private sealed record Shape(IEntityType Type, EntityState State, StoreObjectIdentifier Table, IReadOnlyList<IProperty> Properties,
        IReadOnlyList<IProperty> Key)
    {
        public bool Equals(Shape? other) =>
            other is not null && Type == other.Type && State == other.State && Properties.SequenceEqual(other.Properties);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(Type);
            hash.Add(State);
            foreach (var property in Properties)
            {
                hash.Add(property);
            }

            return hash.ToHashCode();
        }
    }
}
