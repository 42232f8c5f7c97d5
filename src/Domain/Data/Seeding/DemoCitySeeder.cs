using System.Data.Common;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Data.Seeding;

public enum DemoCitySeedOutcome
{
    /// <summary>This call wrote the demo city.</summary>
    Seeded = 1,

    /// <summary>The database already held service accounts (or another process seeded it first); nothing was written.</summary>
    AlreadySeeded = 2,
}

public sealed record DemoCitySeedResult(
    DemoCitySeedOutcome Outcome,
    int Accounts,
    int Customers,
    int Premises,
    int Meters,
    long JournalEntries,
    long SearchTerms,
    int HistoryMonths,
    bool DemoLogins,
    TimeSpan Elapsed,
    long MeterReads = 0)
{
    public double AccountsPerSecond => Elapsed.TotalSeconds > 0 ? Accounts / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Writes the demo city into an empty database: generated on one thread while the previous batch is written on
/// another, each batch one transaction of bulk inserts (see <see cref="BulkWriter"/>), so 100,000 accounts with two
/// years of ledger take well under a minute on SQLite.
/// </summary>
public static class DemoCitySeeder
{
    /// <summary>
    /// Seeds the city when the database holds no service account. The first batch is written while holding a lock
    /// (SQLite's write lock via BEGIN IMMEDIATE, a PostgreSQL advisory lock, a SQL Server app lock) and only after
    /// checking, under that lock, that there are still no accounts, so two processes starting at once cannot both seed:
    /// the second waits, then finds the accounts and returns <see cref="DemoCitySeedOutcome.AlreadySeeded"/>.
    /// The roles are always ensured; demo sign-ins only when <paramref name="includeDemoLogins"/> is true, which
    /// callers pass only in Development.
    /// </summary>
    public static async Task<DemoCitySeedResult> SeedAsync(IServiceProvider services, DemoCityOptions options, bool includeDemoLogins, CancellationToken ct = default)
    {
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        options = options with { Today = options.Today ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
        options.Validate();
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(DemoCitySeeder)) ?? NullLogger.Instance;
        var stopwatch = Stopwatch.StartNew();

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var batches = Channel.CreateBounded<DemoCityBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => ProduceAsync(options, batches.Writer, stop.Token), CancellationToken.None);

        int accounts = 0, customers = 0, premises = 0, meters = 0;
        long entries = 0, terms = 0, reads = 0;
        var first = true;
        await db.Database.OpenConnectionAsync(ct);
        var session = await BulkSession.BeginAsync(db, ct);
        try
        {
            await using var writer = new BulkWriter(db);
            var waited = TimeSpan.Zero;
            while (true)
            {
                var waitStarted = Stopwatch.GetTimestamp();
                if (!await batches.Reader.WaitToReadAsync(ct) || !batches.Reader.TryRead(out var batch))
                {
                    break;
                }

                waited += Stopwatch.GetElapsedTime(waitStarted);
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                try
                {
                    if (first)
                    {
                        await LockSeedingAsync(db, ct);
                        if (await db.ServiceAccounts.AnyAsync(ct))
                        {
                            await transaction.RollbackAsync(ct);
                            return await StopAsync(stop, producer, logger, options, stopwatch);
                        }
                    }

                    await writer.WriteAsync(batch.Customers, ct);
                    await writer.WriteAsync(batch.Premises, ct);
                    await writer.WriteAsync(batch.Meters, ct);
                    await writer.WriteAsync(batch.MeterReads, ct);
                    await writer.WriteAsync(batch.ServiceAccounts, ct);
                    await writer.WriteAsync(batch.Payments, ct);
                    await writer.WriteAsync(batch.JournalEntries, ct);
                    await writer.WriteAsync(batch.SearchTerms, ct);
                    await transaction.CommitAsync(ct);
                }
                catch (DbException) when (first)
                {
                    // A provider without a working lock would land here on the unique account number; if the other
                    // process's accounts are there, it won, and that is fine.
                    await transaction.RollbackAsync(ct);
                    if (await db.ServiceAccounts.AnyAsync(ct))
                    {
                        return await StopAsync(stop, producer, logger, options, stopwatch);
                    }

                    throw;
                }

                first = false;
                accounts += batch.ServiceAccounts.Count;
                customers += batch.Customers.Count;
                premises += batch.Premises.Count;
                meters += batch.Meters.Count;
                reads += batch.MeterReads.Count;
                entries += batch.JournalEntries.Count;
                terms += batch.SearchTerms.Count;
                logger.LogTrace("Demo city: {Accounts} of {Total} accounts written", accounts, options.Accounts);
            }

            await producer;
            logger.LogDebug("Demo city timings: waited {Waited:F1} s for generation; wrote {Tables}", waited.TotalSeconds,
                string.Join(", ", writer.Elapsed.Select(e => $"{e.Key} {e.Value.TotalSeconds:F1} s")));
        }
        finally
        {
            if (!producer.IsCompleted)
            {
                // An error while writing: stop the generator, which may be waiting for room in the channel.
                await stop.CancelAsync();
                await Task.WhenAny(producer);
            }

            await session.EndAsync(CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }

        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await EnsureRolesAsync(scope.ServiceProvider, ct);
        await DemoServiceRequests.SeedAsync(db, clock, ct);
        if (includeDemoLogins)
        {
            await EnsureDemoLoginsAsync(scope.ServiceProvider, ct);
        }

        stopwatch.Stop();
        logger.LogInformation("Seeded the demo city: {Accounts} accounts, {Entries} journal entries, {Months} months of history, in {Seconds:F1} s",
            accounts, entries, options.Months, stopwatch.Elapsed.TotalSeconds);
        return new DemoCitySeedResult(DemoCitySeedOutcome.Seeded, accounts, customers, premises, meters, entries, terms, options.Months,
            includeDemoLogins, stopwatch.Elapsed, reads);
    }

    /// <summary>Creates every staff and public role that does not exist yet.</summary>
    public static async Task EnsureRolesAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var roles = services.GetService<RoleManager<IdentityRole>>();
        var db = services.GetRequiredService<UtilityDbContext>();
        foreach (var name in StaffRoles.All.Concat([PublicRoles.Resident, PublicRoles.Contractor]))
        {
            ct.ThrowIfCancellationRequested();
            var normalized = roles?.NormalizeKey(name) ?? name.ToUpperInvariant();
            if (await db.Roles.AnyAsync(r => r.NormalizedName == normalized, ct))
            {
                continue;
            }

            try
            {
                if (roles is not null)
                {
                    Check(await roles.CreateAsync(new IdentityRole(name)), name);
                }
                else
                {
                    // Without a RoleManager (a host that registered Identity without roles) the row is written as Identity would.
                    db.Roles.Add(new IdentityRole(name) { NormalizedName = normalized });
                    await db.SaveChangesAsync(ct);
                }
            }
            catch (DbUpdateException)
            {
                // The other site, starting at the same moment, created it first (the role name index is unique).
                db.ChangeTracker.Clear();
                if (!await db.Roles.AnyAsync(r => r.NormalizedName == normalized, ct))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>
    /// Creates the <see cref="DemoLogins"/> that are missing, and links the demo resident to both of Maria Lopez's
    /// accounts. Development only: the callers in this assembly never pass it outside Development.
    /// </summary>
    public static async Task EnsureDemoLoginsAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var users = services.GetService<UserManager<UtilityUser>>()
            ?? throw new InvalidOperationException("Demo sign-ins need ASP.NET Core Identity: register AddIdentityCore<UtilityUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<UtilityDbContext>().");
        var db = services.GetRequiredService<UtilityDbContext>();
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        foreach (var login in DemoLogins.All)
        {
            ct.ThrowIfCancellationRequested();
            var user = await users.FindByEmailAsync(login.Email);
            if (user is null)
            {
                user = new UtilityUser
                {
                    UserName = login.Email,
                    Email = login.Email,
                    EmailConfirmed = true,
                    DisplayName = login.DisplayName,
                    Kind = login.Kind,
                };
                Check(await users.CreateAsync(user, DemoLogins.Password), login.Email);
            }

            if (!await users.IsInRoleAsync(user, login.Role))
            {
                Check(await users.AddToRoleAsync(user, login.Role), login.Email);
            }

            if (login.Kind == UserKind.Resident)
            {
                await LinkResidentAsync(db, user.Id, clock.GetUtcNow(), ct);
            }
        }
    }

    private static async Task LinkResidentAsync(UtilityDbContext db, string userId, DateTimeOffset now, CancellationToken ct)
    {
        AccountNumber[] numbers = [DemoCity.ResidentHomeAccount, DemoCity.ResidentRentalAccount];
        var accountIds = await db.ServiceAccounts.AsNoTracking().Where(a => numbers.Contains(a.Number)).Select(a => a.Id).ToListAsync(ct);
        var linked = await db.AccountLinks.AsNoTracking().Where(l => l.UserId == userId).Select(l => l.ServiceAccountId).ToListAsync(ct);
        var at = now;
        foreach (var id in accountIds.Where(id => !linked.Contains(id)))
        {
            db.AccountLinks.Add(new AccountLink(userId, id, at));
            at = at.AddSeconds(1); // keeps "oldest link first" stable: the home, then the rental
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
    }

    private static async Task ProduceAsync(DemoCityOptions options, ChannelWriter<DemoCityBatch> writer, CancellationToken ct)
    {
        try
        {
            foreach (var batch in DemoCity.Generate(options))
            {
                await writer.WriteAsync(batch, ct);
            }

            writer.Complete();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            writer.Complete(ex);
            throw;
        }
        catch (OperationCanceledException ex)
        {
            writer.Complete(ex);
        }
    }

    private static async Task<DemoCitySeedResult> StopAsync(CancellationTokenSource stop, Task producer, ILogger logger, DemoCityOptions options, Stopwatch stopwatch)
    {
        await stop.CancelAsync();
        await producer;
        logger.LogInformation("The database already holds service accounts; the demo city was not seeded again.");
        return new DemoCitySeedResult(DemoCitySeedOutcome.AlreadySeeded, 0, 0, 0, 0, 0, 0, options.Months, false, stopwatch.Elapsed);
    }

    /// <summary>Serializes seeders: SQLite's BEGIN IMMEDIATE already holds the write lock; the servers take a transaction-scoped lock.</summary>
    private static Task LockSeedingAsync(UtilityDbContext db, CancellationToken ct)
    {
        var provider = db.Database.ProviderName ?? string.Empty;
        if (provider.Contains("Npgsql", StringComparison.Ordinal))
        {
            return db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(8675309202604)", ct);
        }

        if (provider.Contains("SqlServer", StringComparison.Ordinal))
        {
            return db.Database.ExecuteSqlRawAsync(
                "EXEC sp_getapplock @Resource = N'UtilityPortal.DemoCitySeed', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 600000", ct);
        }

        return Task.CompletedTask;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>Connection settings for a bulk load on SQLite, put back afterwards because SQLite connections are pooled.</summary>
    private sealed class BulkSession
    {
        private readonly UtilityDbContext _db;
        private readonly long? _synchronous;
        private readonly long? _cacheSize;

        private BulkSession(UtilityDbContext db, long? synchronous, long? cacheSize)
        {
            _db = db;
            _synchronous = synchronous;
            _cacheSize = cacheSize;
        }

        public static async Task<BulkSession> BeginAsync(UtilityDbContext db, CancellationToken ct)
        {
            if (db.Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) != true)
            {
                return new BulkSession(db, null, null);
            }

            var synchronous = await SqlitePragmas.ReadAsync(db, "PRAGMA synchronous", ct);
            var cacheSize = await SqlitePragmas.ReadAsync(db, "PRAGMA cache_size", ct);
            // WAL with synchronous=NORMAL is already durable at each commit's checkpoint; a seed can skip even that.
            await SqlitePragmas.ExecuteAsync(db, "PRAGMA synchronous = OFF", ct);
            await SqlitePragmas.ExecuteAsync(db, "PRAGMA cache_size = -262144", ct);
            await SqlitePragmas.ExecuteAsync(db, "PRAGMA mmap_size = 4294967296", ct);
            return new BulkSession(db, synchronous, cacheSize);
        }

        public async Task EndAsync(CancellationToken ct)
        {
            if (_synchronous is { } synchronous)
            {
                await SqlitePragmas.ExecuteAsync(_db, $"PRAGMA synchronous = {synchronous}", ct);
            }

            if (_cacheSize is { } cacheSize)
            {
                await SqlitePragmas.ExecuteAsync(_db, $"PRAGMA cache_size = {cacheSize}", ct);
                await SqlitePragmas.ExecuteAsync(_db, "PRAGMA mmap_size = 0", ct);

                // The tables just grew from nothing: give the planner their statistics now, not at the next hourly run.
                await SqlitePragmas.ExecuteAsync(_db, SqliteStatistics.OptimizeCommand, ct);
            }
        }
    }
}
