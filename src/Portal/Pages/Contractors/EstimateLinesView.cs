using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Portal.Pages.Contractors;

/// <summary>What the _EstimateLines partial prints: an estimate's lines, the ERCs they were priced on, and the total.</summary>
public sealed record EstimateLinesView(string Caption, decimal Ercs, IReadOnlyList<EstimateLineAmount> Lines)
{
    public Money Total => Lines.Select(l => l.Amount).Sum();

    public static EstimateLinesView Of(string caption, EstimateVersion version) =>
        new(caption, version.Ercs, version.Lines.OrderBy(l => l.Sequence).Select(l => new EstimateLineAmount(l.Kind, l.Description, l.Amount, l.Reason)).ToList());

    /// <summary>The Domain names fields as the GraphQL input does (meterSize, address.Line1); the form's keys are Input.MeterSize, Input.Line1.</summary>
    public static string FormKey(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        var name = field.StartsWith("address.", StringComparison.Ordinal) ? field["address.".Length..] : field;
        return "Input." + char.ToUpperInvariant(name[0]) + name[1..];
    }
}
