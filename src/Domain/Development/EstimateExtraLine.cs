using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Development;

/// <summary>A line staff add to the worksheet beyond the computed ones (a road cut, a tap by the utility...), always with a reason.</summary>
public sealed class EstimateExtraLine
{
    public const int DescriptionMaxLength = 120;
    public const int ReasonMaxLength = 300;
    public const decimal MaxAmount = 1_000_000m;

    private EstimateExtraLine()
    {
        Description = string.Empty;
        Reason = string.Empty;
    }

    private EstimateExtraLine(Guid estimateId, int sequence, string description, Money amount, string reason)
    {
        EstimateId = estimateId;
        Sequence = sequence;
        Description = description;
        Amount = amount;
        Reason = reason;
    }

    public long Id { get; private set; }

    public Guid EstimateId { get; private set; }

    public int Sequence { get; private set; }

    public string Description { get; private set; }

    /// <summary>Positive adds to the estimate, negative is a credit.</summary>
    public Money Amount { get; private set; }

    public string Reason { get; private set; }

    public static EstimateExtraLine Create(Guid estimateId, int sequence, string? description, decimal amount, string? reason)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(description) || description.Trim().Length > DescriptionMaxLength)
        {
            errors.Add(new(ErrorCodes.Invalid, $"Describe the line (up to {DescriptionMaxLength} characters).", "description"));
        }

        if (amount == 0 || Math.Abs(amount) > MaxAmount || decimal.Round(amount, 2) != amount)
        {
            errors.Add(new(ErrorCodes.Invalid, "Enter an amount in dollars and cents, not zero, up to 1,000,000.", "amount"));
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > ReasonMaxLength)
        {
            errors.Add(new(ErrorCodes.Invalid, $"Give the reason for the line (up to {ReasonMaxLength} characters).", "reason"));
        }

        return errors.Count > 0
            ? throw new DomainException(errors)
            : new EstimateExtraLine(estimateId, sequence, description!.Trim(), Money.Of(amount), reason!.Trim());
    }

    public EstimateLineAmount ToAmount() => new(EstimateLineKind.Extra, Description, Amount, Reason);
}
