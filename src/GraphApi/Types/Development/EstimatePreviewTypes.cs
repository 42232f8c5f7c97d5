using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Development;
using UtilityPortal.GraphApi.Types.Billing;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Development;

/// <summary>EstimatePreviewInput as the client sends it; <see cref="ToInput"/> hands it to <see cref="PreviewEstimate"/> unchanged.</summary>
public sealed record EstimatePreviewArgs
{
    public string? ScheduleCode { get; init; }

    public PremiseClass CustomerClass { get; init; }

    public string MeterSize { get; init; } = string.Empty;

    public bool Sewer { get; init; }

    public int? AverageDailyGallons { get; init; }

    public bool InsideCity { get; init; }

    public EstimatePreviewInput ToInput() => new(ScheduleCode, CustomerClass, MeterSize, Sewer, AverageDailyGallons, InsideCity);
}

public sealed class EstimatePreviewInputType : InputObjectGraphType<EstimatePreviewArgs>
{
    public EstimatePreviewInputType()
    {
        Name = "EstimatePreviewInput";
        Description = "New service at a premise, priced as a contractor's estimate is.";
        Field(i => i.ScheduleCode, nullable: true).Description("A rate schedule code such as FY2026; default: the schedule in effect today.");
        Field(i => i.CustomerClass, type: typeof(NonNullGraphType<CustomerClassType>)).Description("The use class; the deposit follows its table.");
        Field(i => i.MeterSize).Description("As rate schedules write it: 5/8, 3/4, 1, 1-1/2, 2, 3, 4, 6.");
        Field(i => i.Sewer).Description("Sewer service requested: adds the sewer capital facility charge.");
        Field(i => i.AverageDailyGallons, nullable: true).Description("Stated average daily demand in gallons; the ERCs are the larger of the meter's and demand / gallons per ERC (rounded up to hundredths).");
        Field(i => i.InsideCity).Description("Inside city limits; outside, both capital facility charges carry the outside-city multiplier.");
    }
}

/// <summary>One estimate line as the API shows it.</summary>
public sealed record EstimateLineItem(EstimateLineKind Kind, string Description, decimal Amount)
{
    public static EstimateLineItem From(EstimateLineAmount line) => new(line.Kind, line.Description, line.Amount.Amount);
}

public sealed class EstimateLineKindType : EnumerationGraphType<EstimateLineKind>
{
    public EstimateLineKindType()
    {
        Name = "EstimateLineKind";
        Description = "What an estimate line charges for, so a client can word it in its own language.";
    }
}

public sealed class EstimateLineType : ObjectGraphType<EstimateLineItem>
{
    public EstimateLineType()
    {
        Name = "EstimateLine";
        Description = "One line of an estimate: what it is for, its printed (English) wording, and its amount.";
        Field(l => l.Kind, type: typeof(NonNullGraphType<EstimateLineKindType>)).Description("What the line charges for; EXTRA lines were added by staff with a reason.");
        Field(l => l.Description).Description("E.g. \"Water capital facility charge: 2.50 ERCs x $1,750.00\", or \"Meter installation (3\\\" meter): installed by contractor\".");
        Field(l => l.Amount, type: typeof(NonNullGraphType<DecimalScalar>)).Description("In dollars, rounded to cents.");
    }
}

public sealed class EstimatePreviewType : ObjectGraphType<EstimatePreview>
{
    public EstimatePreviewType()
    {
        Name = "EstimatePreview";
        Description = "What new service would cost: capital facility charges, meter installation and deposit, each rounded to cents, and their sum.";
        Field(p => p.ScheduleCode).Description("The rate schedule that priced it.");
        Field<NonNullGraphType<DecimalScalar>>("ercs").Description("Equivalent residential connections the capital facility charges are priced on.")
            .Resolve(c => c.Source.Estimate.Ercs);
        Field<NonNullGraphType<DecimalScalar>>("total").Description("The sum of the rounded lines, in dollars.").Resolve(c => c.Source.Estimate.Total.Amount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstimateLineType>>>>("lines")
            .Description("Water capital facility, sewer capital facility (when requested), meter installation, deposit.")
            .Resolve(c => c.Source.Estimate.Lines.Select(EstimateLineItem.From).ToList());
    }
}
