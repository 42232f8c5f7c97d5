using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.GraphApi.Loading;

/// <summary>What an account's standing adds up to, as the account page shows it.</summary>
public sealed record AccountFigures(AccountStanding Standing, DateOnly? DueOn);

/// <summary>
/// The batch loaders of one GraphQL request (scoped): each turns the lookups of a whole list into one SQL command.
/// They read by keys that an entry point has already authorized (see <see cref="AccountNode"/>).
/// </summary>
public sealed class RequestLoaders
{
    private readonly UtilityDbContext _db;
    private readonly TimeProvider _clock;

    public RequestLoaders(UtilityDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
        Customers = new(LoadCustomersAsync, null);
        Premises = new(LoadPremisesAsync, null);
        MetersByPremise = new(LoadMetersAsync, []);
        Figures = new(LoadFiguresAsync, new AccountFigures(new AccountStanding(Money.Zero, Money.Zero, Aging.Empty), null));
        Interactions = new(LoadInteractionsAsync, []);
    }

    public BatchLoader<Guid, Customer?> Customers { get; }

    public BatchLoader<Guid, Premise?> Premises { get; }

    public BatchLoader<Guid, IReadOnlyList<MeterSummary>> MetersByPremise { get; }

    public BatchLoader<Guid, AccountFigures> Figures { get; }

    /// <summary>Newest first.</summary>
    public BatchLoader<Guid, IReadOnlyList<InteractionRow>> Interactions { get; }

    /// <summary>Seeds the loaders with what <see cref="GetAccountOverview"/> already read.</summary>
    public AccountNode Prime(AccountOverview overview)
    {
        Customers.Prime(overview.Customer.Id, overview.Customer);
        Premises.Prime(overview.Premise.Id, overview.Premise);
        MetersByPremise.Prime(overview.Premise.Id, overview.Meters);
        Figures.Prime(overview.Id, new AccountFigures(overview.Standing, overview.DueOn));
        return AccountNode.From(overview);
    }

    /// <summary>After a mutation, later fields must see the new state.</summary>
    public void Clear()
    {
        Customers.Clear();
        Premises.Clear();
        MetersByPremise.Clear();
        Figures.Clear();
        Interactions.Clear();
    }

    /// <summary>Nodes for accounts the caller may already see, in the order of <paramref name="ids"/>.</summary>
    public async Task<IReadOnlyList<AccountNode>> AccountsAsync(IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var nodes = await _db.ServiceAccounts.AsNoTracking().Where(a => ids.Contains(a.Id)).Select(AccountNode.FromEntity).ToListAsync(ct);
        var byId = nodes.ToDictionary(n => n.Id);
        return ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    /// <summary>Nodes for account numbers the caller may already see, in the order of <paramref name="numbers"/>.</summary>
    public async Task<IReadOnlyList<AccountNode>> AccountsByNumberAsync(IReadOnlyList<string> numbers, CancellationToken ct)
    {
        var parsed = numbers.Select(n => AccountNumber.Parse(n)).ToList();
        var nodes = await _db.ServiceAccounts.AsNoTracking().Where(a => parsed.Contains(a.Number)).Select(AccountNode.FromEntity).ToListAsync(ct);
        var byNumber = nodes.ToDictionary(n => n.Number, StringComparer.Ordinal);
        return numbers.Where(byNumber.ContainsKey).Select(n => byNumber[n]).ToList();
    }

    private async Task<IReadOnlyDictionary<Guid, Customer?>> LoadCustomersAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await _db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => (Customer?)c, ct);

    private async Task<IReadOnlyDictionary<Guid, Premise?>> LoadPremisesAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await _db.Premises.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => (Premise?)p, ct);

    private async Task<IReadOnlyDictionary<Guid, IReadOnlyList<MeterSummary>>> LoadMetersAsync(IReadOnlyCollection<Guid> premiseIds, CancellationToken ct)
    {
        var meters = await _db.Meters.AsNoTracking()
            .Where(m => premiseIds.Contains(m.PremiseId))
            .OrderByDescending(m => m.InstalledOn)
            .Select(m => new { m.PremiseId, Summary = new MeterSummary(m.SerialNumber, m.Size.Label, m.RadioId, m.RegisterDigits, m.InstalledOn, m.Status) })
            .ToListAsync(ct);
        return meters.GroupBy(m => m.PremiseId).ToDictionary(g => g.Key, g => (IReadOnlyList<MeterSummary>)g.Select(m => m.Summary).ToList());
    }

    private async Task<IReadOnlyDictionary<Guid, AccountFigures>> LoadFiguresAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken ct)
    {
        var entries = await _db.JournalEntries.AsNoTracking()
            .Where(e => accountIds.Contains(e.ServiceAccountId))
            .Select(e => new { e.ServiceAccountId, e.Kind, Line = new LedgerLine(e.EffectiveOn, e.Amount, e.DepositAmount) })
            .ToListAsync(ct);
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        return entries.GroupBy(e => e.ServiceAccountId).ToDictionary(g => g.Key, g =>
        {
            var standing = AccountStanding.From(g.Select(e => e.Line), today);
            var lastCharge = g.Where(e => e.Kind == EntryKind.Charge).Select(e => (DateOnly?)e.Line.EffectiveOn).Max();
            return new AccountFigures(standing, GetAccountOverview.DueOn(standing, lastCharge));
        });
    }

    private async Task<IReadOnlyDictionary<Guid, IReadOnlyList<InteractionRow>>> LoadInteractionsAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken ct)
    {
        var rows = await _db.Interactions.AsNoTracking()
            .Where(i => accountIds.Contains(i.ServiceAccountId))
            .Select(i => new { i.ServiceAccountId, Row = new InteractionRow(i.At, i.Channel, i.Subject, i.Note, i.RecordedBy) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.ServiceAccountId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<InteractionRow>)g.Select(r => r.Row).OrderByDescending(r => r.At).ToList());
    }
}
