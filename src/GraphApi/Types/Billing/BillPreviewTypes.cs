using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Billing;

/// <summary>BillPreviewInput as the client sends it; <see cref="ToInput"/> hands it to <see cref="PreviewBill"/> unchanged.</summary>
public sealed record BillPreviewArgs
{
    public string? ScheduleCode { get; init; }

    public PremiseClass CustomerClass { get; init; }

    public string MeterSize { get; init; } = string.Empty;

    public int WaterGallons { get; init; }

    public int? ReuseGallons { get; init; }

    public bool InsideCity { get; init; }

    public int? DwellingUnits { get; init; }

    public int? ImperviousSqFt { get; init; }

    public IReadOnlyList<UtilityServices> Services { get; init; } = [];

    public int? ServiceDays { get; init; }

    public int? PeriodDays { get; init; }

    public PreviewBillInput ToInput() => new(ScheduleCode, CustomerClass, MeterSize, WaterGallons, ReuseGallons, InsideCity, DwellingUnits, ImperviousSqFt,
        ServiceTypeType.Combine(Services), ServiceDays, PeriodDays);
}

public sealed class BillPreviewInputType : InputObjectGraphType<BillPreviewArgs>
{
    public BillPreviewInputType()
    {
        Name = "BillPreviewInput";
        Description = "A hypothetical month of service, priced as a real bill would be.";
        Field(i => i.ScheduleCode, nullable: true).Description("A rate schedule code such as FY2026; default: the schedule in effect today.");
        Field(i => i.CustomerClass, type: typeof(NonNullGraphType<CustomerClassType>));
        Field(i => i.MeterSize).Description("As rate schedules write it: 5/8, 3/4, 1, 1-1/2, 2, ...");
        Field(i => i.WaterGallons).Description("Water used in the period, in gallons (sewer is charged on it too).");
        Field(i => i.ReuseGallons, nullable: true).Description("Reclaimed water used, in gallons (default 0).");
        Field(i => i.InsideCity).Description("Inside city limits; outside, water, sewer and reuse lines carry the outside-city multiplier.");
        Field(i => i.DwellingUnits, nullable: true).DefaultValue(1).Description("Dwelling units the meter serves: residential tiers, sewer cap, stormwater and refuse scale with them.");
        Field(i => i.ImperviousSqFt, nullable: true).Description("Impervious area in square feet, for non-residential stormwater ERUs (default 0: one ERU).");
        Field(i => i.Services, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ServiceTypeType>>>)).Description("The services to price.");
        Field(i => i.ServiceDays, nullable: true).Description("Days of service in the period, for an initial or final bill: base and flat charges are prorated. Default: the whole period.");
        Field(i => i.PeriodDays, nullable: true).Description("Days in the billing period (default 30).");
    }
}

public sealed class BillPreviewType : ObjectGraphType<BillPreview>
{
    public BillPreviewType()
    {
        Name = "BillPreview";
        Description = "What the bill would be: a line per service and tier, each rounded to cents, and their sum.";
        Field(p => p.ScheduleCode).Description("The rate schedule that priced it.");
        Field(p => p.Total, type: typeof(NonNullGraphType<DecimalScalar>)).Description("The sum of the rounded lines, in dollars.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillLineType>>>>("lines")
            .Description("In bill order. A tier that was not reached still shows, at zero.")
            .Resolve(c => c.Source.Lines.Select(BillLineItem.From).ToList());
    }
}

/// <summary>A bill line as the API shows it, whether priced by a preview or stored on a bill.</summary>
public sealed record BillLineItem(UtilityServices Service, string Description, decimal? Quantity, decimal? Rate, decimal Amount)
{
    public static BillLineItem From(BillLineAmount line) => new(line.Service, line.Description, line.Quantity, line.Rate, line.Amount.Amount);

    public static BillLineItem From(BillLineView line) => new(line.Service, line.Description, line.Quantity, line.Rate, line.Amount.Amount);
}

public sealed class BillLineType : ObjectGraphType<BillLineItem>
{
    public BillLineType()
    {
        Name = "BillLine";
        Description = "One line of a bill: a base charge, a consumption tier or a flat charge of one service.";
        Field(l => l.Service, type: typeof(NonNullGraphType<ServiceTypeType>));
        Field(l => l.Description).Description("In English, as printed on the bill, e.g. \"Water tier 2 (6,001–15,000 gal): 1,500 gal\".");
        Field(l => l.Quantity, type: typeof(DecimalScalar)).Description("Gallons, dwelling units, ERUs or meters, as the description says.");
        Field(l => l.Rate, type: typeof(DecimalScalar)).Description("Per 1,000 gallons for usage lines, per unit or meter for flat lines (before any outside-city multiplier).");
        Field(l => l.Amount, type: typeof(NonNullGraphType<DecimalScalar>)).Description("In dollars, rounded to cents.");
    }
}
