using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Portal.Tests.Support;

namespace UtilityPortal.Portal.Tests.Bills;

/// <summary>
/// The bills the tests read, made once per database through the billing entities as a bill run makes them (priced by
/// BillCalculator with the stored schedule, approved, posted with their ledger charge):
/// the demo resident's first account has thirteen monthly bills, November 2025 to November 2026 (8,000 gallons, then
/// 10,000 a month with March estimated, then 12,000 in October and 16,200 in November: 62% over the 10,000 average,
/// 1,200 gallons in tier 3), and a draft for December; their second account has none; an account of someone else has one.
/// </summary>
public sealed record BillHistory(string Number, Guid AccountId, Guid LatestBillId, Guid DraftBillId, string EmptyNumber, string OtherNumber, Guid OtherBillId);

public sealed class BillsFactory : PortalFactory
{
    public static readonly Money BalanceBefore = Money.Of(12.34m);
    public static readonly Money Payments = Money.Of(-50m);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private BillHistory? _history;

    /// <summary>Gallons by the month each bill's period ends in, oldest first.</summary>
    public static IReadOnlyList<(DateOnly Month, long Gallons, bool Estimated)> Months { get; } = Enumerable.Range(0, 13)
        .Select(i => new DateOnly(2025, 11, 1).AddMonths(i))
        .Select(m => (m, m.Year == 2025 && m.Month == 11 ? 8_000L : m == new DateOnly(2026, 10, 1) ? 12_000L : m == new DateOnly(2026, 11, 1) ? 16_200L : 10_000L,
            m == new DateOnly(2026, 3, 1)))
        .ToList();

    public async Task<BillHistory> HistoryAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _history ??= await MakeAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<BillHistory> MakeAsync()
    {
        var linked = await LinkedAccountsAsync(ResidentEmail);
        var (accountId, number) = linked[0];
        Guid latest = Guid.Empty;
        foreach (var (month, gallons, estimated) in Months)
        {
            latest = await PostBillAsync(accountId, month, gallons, estimated, withRead: month == Months[^1].Month);
        }

        var draft = await BillAsync(accountId, new DateOnly(2026, 12, 1), 9_000, false, post: false, withRead: false);
        var other = await WithDbAsync(db => db.ServiceAccounts.AsNoTracking()
            .Where(a => !db.AccountLinks.Any(l => l.ServiceAccountId == a.Id))
            .OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Number })
            .FirstAsync());
        var otherBill = await PostBillAsync(other.Id, new DateOnly(2026, 11, 1), 5_000, false, withRead: false);
        return new BillHistory(number, accountId, latest, draft, linked[1].Number, other.Number.Value, otherBill);
    }

    private Task<Guid> PostBillAsync(Guid accountId, DateOnly month, long gallons, bool estimated, bool withRead) =>
        BillAsync(accountId, month, gallons, estimated, post: true, withRead);

    /// <summary>A cycle bill for the period ending on the 20th of <paramref name="month"/>, residential 5/8", inside the city, four services.</summary>
    private async Task<Guid> BillAsync(Guid accountId, DateOnly month, long gallons, bool estimated, bool post, bool withRead)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var end = new DateOnly(month.Year, month.Month, 20);
        var period = new BillingPeriod(end.AddMonths(-1).AddDays(1), end);
        var days = period.End.DayNumber - period.Start.DayNumber + 1;
        var schedule = await scope.ServiceProvider.GetRequiredService<RateScheduleCatalog>().RequireInEffectOnAsync(end);
        var facts = new BillingFacts(PremiseClass.Residential, "5/8", gallons, 0, true, 1, 0,
            UtilityServices.Water | UtilityServices.Sewer | UtilityServices.Stormwater | UtilityServices.Refuse, days, days);
        var reads = new List<BillRead>();
        if (withRead)
        {
            var meter = await db.ServiceAccounts.Where(a => a.Id == accountId)
                .Join(db.Meters, a => a.PremiseId, m => m.PremiseId, (a, m) => new { m.Id, m.SerialNumber })
                .FirstAsync();
            reads.Add(new BillRead(meter.Id, meter.SerialNumber, At(period.Start.AddDays(-1)), 1_234_000, At(end), 1_234_000 + gallons, gallons, BillReadKind.Measured));
        }

        var now = DateTimeOffset.UtcNow;
        var bill = new Bill(accountId, BillKind.Cycle, period, period, null, facts, schedule.Ref, BillCalculator.Price(schedule.Schedule, facts), reads,
            estimated, null, now, "test");
        db.Bills.Add(bill);
        if (post)
        {
            bill.Approve("test", now);
            db.JournalEntries.AddRange(bill.Post(new LedgerPosition(BalanceBefore, Payments, Money.Zero, Money.Zero), end.AddDays(2), 21, now, "test"));
        }

        await db.SaveChangesAsync();
        return bill.Id;
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
