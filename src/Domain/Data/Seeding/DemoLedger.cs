using System.Globalization;
using Bogus;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;

namespace UtilityPortal.Domain.Data.Seeding;

/// <summary>
/// The opening history of a demo account: a bill each month on its cycle day and, for most, the payment that followed.
/// Everything goes through the <see cref="JournalEntry"/> factories with keys like <c>seed:{account}:{yyyyMM}:charge</c>;
/// each payment is a real <see cref="Payment"/> (tender, channel, receipt number) posted under its own journal key, so
/// payment history, receipts and refunds work on the demo's past as on new payments.
/// </summary>
internal sealed class DemoLedger(DateOnly today, int months)
{
    private static readonly PaymentWay[] Channels =
    [
        new("autopay", "Payment received: AutoPay", PaymentChannel.Autopay, Tender.BankAccount),
        new("portal", "Payment received: online", PaymentChannel.Portal, Tender.Card),
        new("lockbox", "Payment received: check by mail", PaymentChannel.Lockbox, Tender.Check),
        new("cashier", "Payment received: walk-in", PaymentChannel.Counter, Tender.Cash),
    ];

    /// <summary>An active account: monthly bills and payments; a past-due account skipped its last <paramref name="missed"/> payments.</summary>
    public void AddOpenAccount(ServiceAccount account, Premise premise, PremiseKind kind, int missed, Randomizer random, DemoCityBatch batch)
    {
        var channel = random.WeightedRandom(Channels, [0.35f, 0.35f, 0.2f, 0.1f]);
        var number = account.Number.Value;
        var serviceNames = ServiceNames(account.Services);
        var entries = batch.JournalEntries;
        AddDeposit(account, kind, entries);
        var bills = BillDates(account.BillingCycle, account.OpenedOn, DateOnly.MaxValue);
        for (var i = 0; i < bills.Count; i++)
        {
            var billedOn = bills[i];
            var month = billedOn.ToString("yyyyMM", CultureInfo.InvariantCulture);
            var amount = MonthlyCharge(premise, kind, account.Services, billedOn, random);
            entries.Add(JournalEntry.Charge(account.Id, amount, $"seed:{number}:{month}:charge", billedOn, At(billedOn, 11),
                "billing", BillDescription(billedOn, serviceNames)));

            var fromLatest = bills.Count - 1 - i;
            var paidOn = billedOn.AddDays(random.Number(5, 20));
            if ((missed > 0 && fromLatest <= missed) || paidOn > today)
            {
                continue;
            }

            AddPayment(account, amount, paidOn, channel, batch);
        }
    }

    /// <summary>A past account: its last months of bills, a final bill on the day service stopped, the deposit applied, and the rest settled or not.</summary>
    public void AddClosedAccount(ServiceAccount account, Premise premise, PremiseKind kind, DateOnly closedOn, bool paidOff, Randomizer random, DemoCityBatch batch)
    {
        var channel = random.WeightedRandom(Channels, [0.35f, 0.35f, 0.2f, 0.1f]);
        var number = account.Number.Value;
        var serviceNames = ServiceNames(account.Services);
        var entries = batch.JournalEntries;
        var deposit = AddDeposit(account, kind, entries);
        foreach (var billedOn in BillDates(account.BillingCycle, account.OpenedOn, closedOn.AddDays(-1)))
        {
            var month = billedOn.ToString("yyyyMM", CultureInfo.InvariantCulture);
            var amount = MonthlyCharge(premise, kind, account.Services, billedOn, random);
            entries.Add(JournalEntry.Charge(account.Id, amount, $"seed:{number}:{month}:charge", billedOn, At(billedOn, 11),
                "billing", BillDescription(billedOn, serviceNames)));
            var paidOn = billedOn.AddDays(random.Number(5, 20));
            AddPayment(account, amount, paidOn, channel, batch);
        }

        var final = MonthlyCharge(premise, kind, account.Services, closedOn, random);
        if (!paidOff && final <= deposit)
        {
            final = deposit + Money.Of(25m);
        }

        entries.Add(JournalEntry.Charge(account.Id, final, $"seed:{number}:final:charge", closedOn, At(closedOn, 11), "billing",
            "Final bill: service stopped " + closedOn.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)));
        if (deposit.IsPositive)
        {
            entries.Add(JournalEntry.DepositApplication(account.Id, deposit, $"seed:{number}:deposit:applied", closedOn, At(closedOn, 12), "billing",
                "Deposit applied to final bill"));
        }

        var owed = final - deposit;
        var settledOn = closedOn.AddDays(10);
        if (!paidOff || settledOn > today)
        {
            return;
        }

        if (owed.IsPositive)
        {
            AddPayment(account, owed, settledOn, channel, batch);
        }
        else if (owed.IsNegative)
        {
            entries.Add(JournalEntry.Refund(account.Id, -owed, $"seed:{number}:final:refund", settledOn, At(settledOn, 15), "billing",
                "Refund of deposit balance"));
        }
    }

    private static void AddPayment(ServiceAccount account, Money amount, DateOnly paidOn, PaymentWay way, DemoCityBatch batch)
    {
        var reference = way.Tender == Tender.Check ? (1000 + (paidOn.DayNumber % 9000)).ToString(CultureInfo.InvariantCulture) : null;
        var payment = Payment.Received(account.Id, amount, way.Tender, way.Channel, At(paidOn, 15), way.PostedBy, reference);
        var entry = payment.ToJournalEntry(way.PostedBy, way.Description);
        payment.MarkPosted(entry.Id, entry.PostedAt);
        batch.Payments.Add(payment);
        batch.JournalEntries.Add(entry);
    }

    /// <summary>Tenants leave a deposit when service starts.</summary>
    private static Money AddDeposit(ServiceAccount account, PremiseKind kind, List<JournalEntry> entries)
    {
        if (account.Role != AccountRole.Tenant)
        {
            return Money.Zero;
        }

        var amount = Money.Of(kind == PremiseKind.Commercial ? 400m : 150m);
        entries.Add(JournalEntry.Deposit(account.Id, amount, $"seed:{account.Number.Value}:deposit", account.OpenedOn, At(account.OpenedOn, 14),
            "billing", "Service deposit"));
        return amount;
    }

    /// <summary>
    /// The cycle's bill dates of the last <c>months</c> months, after the account opened and up to <paramref name="until"/>.
    /// The history stops one period short of the latest reads: that period is the demo's own bill run to make
    /// (cycle c is read on day c), so running it in the BackOffice bills nobody twice.
    /// </summary>
    private List<DateOnly> BillDates(int cycle, DateOnly openedOn, DateOnly until)
    {
        var latestRead = new DateOnly(today.Year, today.Month, cycle);
        if (latestRead > today)
        {
            latestRead = latestRead.AddMonths(-1);
        }

        var lastBilledRead = latestRead.AddMonths(-1);
        var latest = new DateOnly(lastBilledRead.Year, lastBilledRead.Month, Math.Min(2 + cycle, 28));

        var dates = new List<DateOnly>(months);
        for (var i = months - 1; i >= 0; i--)
        {
            var date = latest.AddMonths(-i);
            if (date > openedOn && date <= until)
            {
                dates.Add(date);
            }
        }

        return dates;
    }

    /// <summary>
    /// A plausible monthly bill: base charges, water in three blocks, sewer capped at 12,000 gallons a unit,
    /// stormwater by equivalent residential unit, refuse per dwelling unit; a quarter more outside the city.
    /// The real rate schedules live in Billing; this only has to look right.
    /// </summary>
    private static Money MonthlyCharge(Premise premise, PremiseKind kind, UtilityServices services, DateOnly billedOn, Randomizer random)
    {
        var dry = billedOn.Month is 12 or 1 or 2 or 3 or 4 or 5;
        var units = premise.DwellingUnits;
        decimal kgal = kind switch
        {
            PremiseKind.SingleFamily => random.Number(3, 9) + (dry ? random.Number(0, 4) : 0),
            PremiseKind.MultiUnit => units * random.Number(3, 6),
            PremiseKind.Commercial => random.Number(15, 300),
            _ => random.Number(10, 60) + (dry ? random.Number(10, 40) : 0),
        };
        var outside = premise.InsideCity ? 1m : 1.25m;
        var total = 0m;
        if (services.HasFlag(UtilityServices.Water))
        {
            var perUnit = kgal / units;
            var blocks = (Math.Min(perUnit, 6m) * 3.42m) + (Math.Clamp(perUnit - 6m, 0m, 6m) * 4.87m) + (Math.Max(perUnit - 12m, 0m) * 6.35m);
            var baseCharge = kind == PremiseKind.Commercial ? 48.90m : 14.25m;
            total += ((baseCharge * units) + (blocks * units)) * outside;
        }

        if (services.HasFlag(UtilityServices.Sewer))
        {
            total += ((18.60m * units) + (Math.Min(kgal, 12m * units) * 5.35m)) * outside;
        }

        if (services.HasFlag(UtilityServices.Stormwater))
        {
            var units2500 = kind == PremiseKind.SingleFamily ? 1 : Math.Max(1, premise.ImperviousSqFt / 2_500);
            total += 7.50m * units2500;
        }

        if (services.HasFlag(UtilityServices.Refuse))
        {
            total += 31.75m * units;
        }

        if (services.HasFlag(UtilityServices.Reuse))
        {
            total += 12.00m + (services.HasFlag(UtilityServices.Water) ? 0m : kgal * 0.85m);
        }

        return Money.Round(total);
    }

    private static string ServiceNames(UtilityServices services) => string.Join(", ", Enum.GetValues<UtilityServices>()
        .Where(s => s != UtilityServices.None && services.HasFlag(s))
        .Select(s => s.ToString().ToLowerInvariant()));

    private static string BillDescription(DateOnly billedOn, string serviceNames) =>
        $"Bill for {billedOn.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}: {serviceNames}";

    private static DateTimeOffset At(DateOnly day, int hourUtc) => new(day.ToDateTime(new TimeOnly(hourUtc, 0)), TimeSpan.Zero);
}

/// <summary>How a demo customer pays: who posts it, what the ledger line says, the channel and the tender.</summary>
internal sealed record PaymentWay(string PostedBy, string Description, PaymentChannel Channel, Tender Tender);
