using Microsoft.Data.Sqlite;

/// <summary>What every benchmark needs from the machine: the load it ran under, and a copy of a seeded file to work on.</summary>
internal static class Machine
{
    /// <summary>The 1, 5 and 15 minute load averages: other work on this 2-core machine shows in the figures.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>A consistent copy through SQLite's backup API, so a run always starts from the seeded city.</summary>
    public static async Task CopySqliteAsync(string from, string to)
    {
        foreach (var path in new[] { to, to + "-wal", to + "-shm" })
        {
            File.Delete(path);
        }

        await using var source = new SqliteConnection($"Data Source={from};Mode=ReadOnly");
        await using var target = new SqliteConnection($"Data Source={to}");
        await source.OpenAsync();
        await target.OpenAsync();
        source.BackupDatabase(target);
    }
}
