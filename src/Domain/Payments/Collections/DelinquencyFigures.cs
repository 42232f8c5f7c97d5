using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Collections;

/// <summary>
/// What one account owes and how late, from its journal. Credits settle the oldest debits first (as
/// <see cref="AccountStanding"/> ages them), so what is still open of the debits up to a day is those debits less every
/// credit, never below zero.
/// </summary>
public sealed record DelinquencyFigure(Guid AccountId, Money Balance, Aging Aging, Money PastDue, Money BeyondGrace)
{
    public static DelinquencyFigure Empty(Guid accountId) => new(accountId, Money.Zero, Aging.Empty, Money.Zero, Money.Zero);
}

/// <summary>The days a figure is cut at, all from "today" in the utility's time zone.</summary>
public readonly record struct DelinquencyDays(DateOnly Today, int DaysToPay, int GraceDays)
{
    /// <summary>The last charge day whose due date has passed (due = charged + days to pay, past due the day after).</summary>
    public DateOnly PastDueThrough => Today.AddDays(-DaysToPay - 1);

    /// <summary>The last charge day past due beyond the grace period.</summary>
    public DateOnly BeyondGraceThrough => PastDueThrough.AddDays(-GraceDays);
}

/// <summary>
/// The figures of many accounts in one grouped query: the journal is summed in the database, a few sums per account,
/// never read row by row, so the aging of 100,000 accounts is one scan of the journal.
/// </summary>
internal static class DelinquencyLedger
{
    /// <summary>Figures of the accounts <paramref name="accounts"/> selects (accounts without entries are absent).</summary>
    public static async Task<List<DelinquencyFigure>> FiguresAsync(UtilityDbContext db, IQueryable<Guid> accounts, DelinquencyDays days, CancellationToken ct)
    {
        var d30 = days.Today.AddDays(-30);
        var d60 = days.Today.AddDays(-60);
        var d90 = days.Today.AddDays(-90);
        var pastDue = days.PastDueThrough;
        var grace = days.BeyondGraceThrough;
        // The casts through object let EF sum and compare the column behind the Money conversion (exact on SQLite too).
        var sums = await db.JournalEntries.AsNoTracking()
            .Where(e => accounts.Contains(e.ServiceAccountId))
            .GroupBy(e => e.ServiceAccountId)
            .Select(g => new Sums(
                g.Key,
                g.Sum(e => (decimal)(object)e.Amount),
                g.Sum(e => (decimal)(object)e.Amount < 0m ? (decimal)(object)e.Amount : 0m),
                g.Sum(e => (decimal)(object)e.Amount > 0m && e.EffectiveOn <= d90 ? (decimal)(object)e.Amount : 0m),
                g.Sum(e => (decimal)(object)e.Amount > 0m && e.EffectiveOn <= d60 ? (decimal)(object)e.Amount : 0m),
                g.Sum(e => (decimal)(object)e.Amount > 0m && e.EffectiveOn <= d30 ? (decimal)(object)e.Amount : 0m),
                g.Sum(e => (decimal)(object)e.Amount > 0m && e.EffectiveOn <= pastDue ? (decimal)(object)e.Amount : 0m),
                g.Sum(e => (decimal)(object)e.Amount > 0m && e.EffectiveOn <= grace ? (decimal)(object)e.Amount : 0m)))
            .ToListAsync(ct);
        return sums.ConvertAll(s => s.ToFigure());
    }

    public static async Task<DelinquencyFigure> FigureAsync(UtilityDbContext db, Guid accountId, DelinquencyDays days, CancellationToken ct) =>
        (await FiguresAsync(db, db.ServiceAccounts.Where(a => a.Id == accountId).Select(a => a.Id), days, ct)).SingleOrDefault()
        ?? DelinquencyFigure.Empty(accountId);

    public static DelinquencyDays Days(TimeProvider clock, BillingOptions billing, CollectionsOptions collections) =>
        new(BillingTime.Today(clock), billing.DaysToPay, collections.ShutOffGraceDays);

    /// <param name="Credits">Every credit (zero or negative).</param>
    /// <param name="Through90">Debits 90 days old or more; the next ones include the older ones (debits up to a day).</param>
    private sealed record Sums(Guid Id, decimal Balance, decimal Credits, decimal Through90, decimal Through60, decimal Through30, decimal ThroughPastDue,
        decimal ThroughGrace)
    {
        public DelinquencyFigure ToFigure()
        {
            var paid = -Credits;
            var open90 = Open(Through90, paid);
            var open60 = Open(Through60, paid) - open90;
            var open30 = Open(Through30, paid) - open90 - open60;
            // What is left is current; a credit balance shows as a negative current amount, as AccountStanding shows it.
            var current = Balance - open90 - open60 - open30;
            var aging = new Aging(new Money(current), new Money(open30), new Money(open60), new Money(open90));
            return new DelinquencyFigure(Id, new Money(Balance), aging, new Money(Open(ThroughPastDue, paid)), new Money(Open(ThroughGrace, paid)));
        }

        private static decimal Open(decimal debitsThrough, decimal paid) => Math.Max(0m, debitsThrough - paid);
    }
}
