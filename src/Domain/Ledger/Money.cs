using System.Globalization;

namespace UtilityPortal.Domain.Ledger;

/// <summary>US dollars, exact to the cent. Never a floating point type near money.</summary>
public readonly record struct Money : IComparable<Money>
{
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");

    public Money(decimal amount) => Amount = amount;

    public decimal Amount { get; init; }

    public static Money Zero => new(0m);

    /// <summary>Amounts that reach the ledger: whole cents only, so nothing is rounded silently.</summary>
    public static Money Of(decimal amount)
    {
        if (decimal.Round(amount, 2) != amount)
        {
            throw new DomainException(ErrorCodes.Invalid, "An amount cannot have more than two decimal places.", "amount");
        }

        return new Money(amount);
    }

    /// <summary>Rounds half away from zero, the rule of every bill line.</summary>
    public static Money Round(decimal amount) => new(decimal.Round(amount, 2, MidpointRounding.AwayFromZero));

    public bool IsZero => Amount == 0m;

    public bool IsNegative => Amount < 0m;

    public bool IsPositive => Amount > 0m;

    public Money Abs() => new(Math.Abs(Amount));

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount);

    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount);

    public static Money operator -(Money value) => new(-value.Amount);

    public static bool operator <(Money left, Money right) => left.Amount < right.Amount;

    public static bool operator >(Money left, Money right) => left.Amount > right.Amount;

    public static bool operator <=(Money left, Money right) => left.Amount <= right.Amount;

    public static bool operator >=(Money left, Money right) => left.Amount >= right.Amount;

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public static Money Negate(Money value) => -value;

    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    public override string ToString() => Amount.ToString("C", UnitedStates);

    public string ToString(IFormatProvider provider) => Amount.ToString("C", provider);
}

public static class MoneyExtensions
{
    public static Money Sum(this IEnumerable<Money> amounts) => new(amounts.Sum(m => m.Amount));
}
