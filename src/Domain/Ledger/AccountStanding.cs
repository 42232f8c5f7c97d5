namespace UtilityPortal.Domain.Ledger;

/// <summary>Past-due buckets by the age of what is still owed: current, 30, 60 and 90+ days.</summary>
public sealed record Aging(Money Current, Money Days30, Money Days60, Money Days90Plus)
{
    public static Aging Empty => new(Money.Zero, Money.Zero, Money.Zero, Money.Zero);

    public Money PastDue => Days30 + Days60 + Days90Plus;
}

/// <summary>The figures a journal adds up to. A balance is the sum of the journal; nothing is stored beside it.</summary>
public sealed record AccountStanding(Money Balance, Money DepositHeld, Aging Aging)
{
    /// <summary>
    /// Adds up the journal and ages what is still owed: credits settle the oldest debits first, and what remains
    /// of each debit is aged from its effective date.
    /// </summary>
    public static AccountStanding From(IEnumerable<LedgerLine> lines, DateOnly today)
    {
        var ordered = lines.OrderBy(l => l.EffectiveOn).ToList();
        var balance = ordered.Select(l => l.Amount).Sum();
        var deposit = ordered.Select(l => l.DepositAmount).Sum();
        return new AccountStanding(balance, deposit, AgeOutstanding(ordered, today));
    }

    private static Aging AgeOutstanding(IReadOnlyList<LedgerLine> ordered, DateOnly today)
    {
        var credits = -ordered.Where(l => l.Amount.IsNegative).Select(l => l.Amount).Sum().Amount;
        decimal current = 0, d30 = 0, d60 = 0, d90 = 0;
        foreach (var debit in ordered.Where(l => l.Amount.IsPositive))
        {
            var settled = Math.Min(credits, debit.Amount.Amount);
            credits -= settled;
            var open = debit.Amount.Amount - settled;
            if (open == 0)
            {
                continue;
            }

            var age = today.DayNumber - debit.EffectiveOn.DayNumber;
            if (age >= 90) { d90 += open; }
            else if (age >= 60) { d60 += open; }
            else if (age >= 30) { d30 += open; }
            else { current += open; }
        }

        // A credit balance is shown as a negative current amount.
        current -= credits;
        return new Aging(new Money(current), new Money(d30), new Money(d60), new Money(d90));
    }
}

/// <summary>The part of a journal entry that balances and aging need.</summary>
public readonly record struct LedgerLine(DateOnly EffectiveOn, Money Amount, Money DepositAmount);
