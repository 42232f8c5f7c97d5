using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Development;
using UtilityPortal.GraphApi.Types.Billing;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Development;

public sealed record RequestEstimateArgs
{
    public string? ParcelId { get; init; }

    public string? AddressLine1 { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? Zip { get; init; }

    public string MeterSize { get; init; } = string.Empty;

    public IReadOnlyList<RequestedServices> Services { get; init; } = [];

    public PremiseClass UseClass { get; init; }

    public int? AverageDailyGallons { get; init; }

    public bool InsideCity { get; init; }

    public string? Notes { get; init; }

    public RequestEstimateInput ToInput() => new(ParcelId,
        string.IsNullOrWhiteSpace(AddressLine1) ? null : new AddressInput { Line1 = AddressLine1, City = City, State = State ?? "FL", Zip = Zip },
        MeterSize, EstimateServiceType.Combine(Services), UseClass, AverageDailyGallons, InsideCity, Notes);
}

public sealed class RequestEstimateInputType : InputObjectGraphType<RequestEstimateArgs>
{
    public RequestEstimateInputType()
    {
        Name = "RequestEstimateInput";
        Description = "A contractor's request: the parcel's folio number, or the address of a premise the utility knows (a new parcel needs both).";
        Field(i => i.ParcelId, nullable: true).Description("The county folio number, e.g. 01-4101-012-0040.");
        Field(i => i.AddressLine1, nullable: true);
        Field(i => i.City, nullable: true);
        Field(i => i.State, nullable: true).Description("Default FL.");
        Field(i => i.Zip, nullable: true);
        Field(i => i.MeterSize);
        Field(i => i.Services, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<EstimateServiceType>>>)).Description("Water at least.");
        Field(i => i.UseClass, type: typeof(NonNullGraphType<CustomerClassType>));
        Field(i => i.AverageDailyGallons, nullable: true);
        Field(i => i.InsideCity);
        Field(i => i.Notes, nullable: true);
    }
}

public sealed class AddEstimateLineInputType : InputObjectGraphType<AddEstimateLineInput>
{
    public AddEstimateLineInputType()
    {
        Name = "AddEstimateLineInput";
        Description = "An extra worksheet line: a description, an amount (negative for a credit) and the reason.";
        Field(i => i.EstimateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Description, nullable: true);
        Field(i => i.Amount, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(i => i.Reason, nullable: true);
    }
}
