using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing;

/// <summary>One line of a bill: a service and tier (or base charge), with quantity, rate and amount.</summary>
public sealed class BillLine
{
    public const int DescriptionMaxLength = 120;

    private BillLine()
    {
        Description = string.Empty;
    }

    public BillLine(Guid billId, int sequence, UtilityServices service, string description, decimal? quantity, decimal? rate, Money amount)
    {
        BillId = billId;
        Sequence = sequence;
        Service = service;
        Description = description.Length > DescriptionMaxLength ? description[..DescriptionMaxLength] : description;
        Quantity = quantity;
        Rate = rate;
        Amount = amount;
    }

    public long Id { get; private set; }

    public Guid BillId { get; private set; }

    /// <summary>The line's place on the bill, from 1.</summary>
    public int Sequence { get; private set; }

    /// <summary>The service the line charges for; <see cref="UtilityServices.None"/> for a deposit.</summary>
    public UtilityServices Service { get; private set; }

    public string Description { get; private set; }

    /// <summary>Gallons, dwelling units, ERUs or meters, as the description says.</summary>
    public decimal? Quantity { get; private set; }

    /// <summary>The rate applied: per 1,000 gallons for usage lines, per unit or meter for flat lines.</summary>
    public decimal? Rate { get; private set; }

    public Money Amount { get; private set; }
}
