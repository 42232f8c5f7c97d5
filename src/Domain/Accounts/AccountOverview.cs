using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Accounts;

public sealed record MeterSummary(string SerialNumber, string Size, string? RadioId, int RegisterDigits, DateOnly InstalledOn, MeterStatus Status);

public sealed record LedgerRow(Guid Id, DateOnly EffectiveOn, DateTimeOffset PostedAt, EntryKind Kind, string Description, Money Amount, Money DepositAmount, Money RunningBalance, string PostedBy);

public sealed record InteractionRow(DateTimeOffset At, InteractionChannel Channel, string Subject, string Note, string RecordedBy);

/// <summary>What the account page and the resident's dashboard show about one account.</summary>
public sealed record AccountOverview(
    Guid Id,
    string Number,
    AccountStatus Status,
    AccountRole Role,
    int BillingCycle,
    UtilityServices Services,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    Customer Customer,
    Premise Premise,
    IReadOnlyList<MeterSummary> Meters,
    AccountStanding Standing,
    DateOnly? DueOn,
    LedgerRow? LastPayment,
    IReadOnlyList<LedgerRow> RecentActivity);

/// <summary>Reads one account for display, after checking the caller may see it.</summary>
public sealed class GetAccountOverview(UtilityDbContext db, AccountAccess access, TimeProvider clock)
{
    /// <summary>Until bills carry their own due date, a charge is due this many days after it is posted.</summary>
    public const int DaysToPay = 21;

    public async Task<AccountOverview> HandleAsync(Actor actor, string accountNumber, CancellationToken ct = default)
    {
        var id = await access.RequireAccountAsync(actor, accountNumber, ct);
        var account = await db.ServiceAccounts.AsNoTracking()
            .Include(a => a.Customer)
            .Include(a => a.Premise)
            .SingleAsync(a => a.Id == id, ct);
        var meters = await db.Meters.AsNoTracking()
            .Where(m => m.PremiseId == account.PremiseId)
            .OrderByDescending(m => m.InstalledOn)
            .Select(m => new MeterSummary(m.SerialNumber, m.Size.Label, m.RadioId, m.RegisterDigits, m.InstalledOn, m.Status))
            .ToListAsync(ct);
        var ledger = await LedgerReader.RowsAsync(db, id, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var standing = AccountStanding.From(ledger.Select(r => new LedgerLine(r.EffectiveOn, r.Amount, r.DepositAmount)), today);
        var dueOn = DueOn(standing, ledger.LastOrDefault(r => r.Kind == EntryKind.Charge)?.EffectiveOn);
        return new AccountOverview(account.Id, account.Number.Value, account.Status, account.Role, account.BillingCycle, account.Services,
            account.OpenedOn, account.ClosedOn, account.Customer!, account.Premise!, meters, standing, dueOn,
            ledger.LastOrDefault(r => r.Kind == EntryKind.Payment),
            ledger.AsEnumerable().Reverse().Take(10).ToList());
    }

    /// <summary>When what is owed falls due: <see cref="DaysToPay"/> after the last charge, if anything is owed.</summary>
    public static DateOnly? DueOn(AccountStanding standing, DateOnly? lastChargeOn) =>
        standing.Balance.IsPositive && lastChargeOn is not null ? lastChargeOn.Value.AddDays(DaysToPay) : null;
}

/// <summary>The journal of one account in order, each row with the balance after it.</summary>
public static class LedgerReader
{
    public static async Task<IReadOnlyList<LedgerRow>> RowsAsync(UtilityDbContext db, Guid accountId, CancellationToken ct = default)
    {
        var entries = await db.JournalEntries.AsNoTracking()
            .Where(e => e.ServiceAccountId == accountId)
            .OrderBy(e => e.EffectiveOn).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.EffectiveOn, e.PostedAt, e.Kind, e.Description, e.Amount, e.DepositAmount, e.PostedBy })
            .ToListAsync(ct);
        var running = Money.Zero;
        var rows = new List<LedgerRow>(entries.Count);
        foreach (var e in entries)
        {
            running += e.Amount;
            rows.Add(new LedgerRow(e.Id, e.EffectiveOn, e.PostedAt, e.Kind, e.Description, e.Amount, e.DepositAmount, running, e.PostedBy));
        }

        return rows;
    }
}
