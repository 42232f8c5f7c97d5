using GraphQL.Types;
using UtilityPortal.Domain.Development;
using UtilityPortal.GraphApi.Types.Billing;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Development;

public sealed class EstimateStatusType : EnumerationGraphType<EstimateStatus>
{
    public EstimateStatusType() => Description = "Requested, in review, issued, then accepted, expired or revised (reissued as the next version); an accepted estimate is converted.";
}

public sealed class EstimateServiceType : EnumerationGraphType
{
    public EstimateServiceType()
    {
        Name = "EstimateService";
        Description = "A service a contractor asks to connect.";
        Add("WATER", RequestedServices.Water);
        Add("SEWER", RequestedServices.Sewer);
        Add("IRRIGATION", RequestedServices.Irrigation);
        Add("FIRE_LINE", RequestedServices.FireLine);
    }

    public static RequestedServices Combine(IEnumerable<RequestedServices>? services) => (services ?? []).Aggregate(RequestedServices.None, (all, s) => all | s);

    public static IReadOnlyList<RequestedServices> Split(RequestedServices services) => [.. EstimateServices.Each.Where(s => services.HasFlag(s))];
}

public sealed class ServiceAvailabilityType : ObjectGraphType<ServiceAvailability>
{
    public ServiceAvailabilityType()
    {
        Name = "ServiceAvailability";
        Description = "Whether the utility serves a parcel, from its service-area list.";
        Field(a => a.ParcelId);
        Field(a => a.Served);
        Field<StringGraphType>("area").Description("The service area the parcel lies in; null when outside.").Resolve(c => c.Source.Area?.Name);
    }
}

public sealed class EstimateSummaryType : ObjectGraphType<EstimateSummary>
{
    public EstimateSummaryType()
    {
        Name = "EstimateSummary";
        Description = "One row of the contractor's requests or the staff queue.";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.Reference);
        Field(e => e.ContractorName);
        Field(e => e.ParcelId);
        Field(e => e.ServiceAddress);
        Field(e => e.MeterSize);
        Field(e => e.Status, type: typeof(NonNullGraphType<EstimateStatusType>));
        Field(e => e.RequestedAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(e => e.CurrentVersion).Description("0 before the first issue.");
        Field<DecimalScalar>("total").Description("The latest issued version's total.").Resolve(c => c.Source.Total?.Amount);
        Field(e => e.ValidUntil, type: typeof(DateScalar));
    }
}

/// <summary>An issued line as the API shows it.</summary>
public sealed record EstimateVersionLineItem(int Sequence, string Description, decimal Amount, string? Reason);

public sealed class EstimateVersionLineType : ObjectGraphType<EstimateVersionLineItem>
{
    public EstimateVersionLineType()
    {
        Name = "EstimateVersionLine";
        Description = "One line of an issued estimate or of the worksheet.";
        Field(l => l.Sequence);
        Field(l => l.Description);
        Field(l => l.Amount, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(l => l.Reason, nullable: true).Description("Why staff added the line; null for the computed lines.");
    }
}

public sealed class EstimateVersionType : ObjectGraphType<EstimateVersion>
{
    public EstimateVersionType()
    {
        Name = "EstimateVersion";
        Description = "One issue of an estimate; it never changes. A revision issues the next version.";
        Field(v => v.Version);
        Field(v => v.ScheduleCode);
        Field(v => v.Ercs, type: typeof(NonNullGraphType<DecimalScalar>));
        Field<NonNullGraphType<DecimalScalar>>("total").Resolve(c => c.Source.Total.Amount);
        Field<NonNullGraphType<DecimalScalar>>("fees").Description("What is paid online: every line but the deposit, billed when service starts.")
            .Resolve(c => c.Source.Fees.Amount);
        Field(v => v.ValidUntil, type: typeof(NonNullGraphType<DateScalar>));
        Field(v => v.IssuedAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(v => v.IssuedBy);
        Field(v => v.RevisedReason, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstimateVersionLineType>>>>("lines")
            .Resolve(c => c.Source.Lines.OrderBy(l => l.Sequence).Select(l => new EstimateVersionLineItem(l.Sequence, l.Description, l.Amount.Amount, l.Reason)).ToList());
    }
}

public sealed class ContractorEstimateType : ObjectGraphType<EstimateDetails>
{
    public ContractorEstimateType()
    {
        Name = "ContractorEstimate";
        Description = "A contractor's estimate request with its worksheet and issued versions.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Estimate.Id);
        Field<NonNullGraphType<StringGraphType>>("reference").Resolve(c => c.Source.Estimate.Reference);
        Field<NonNullGraphType<EstimateStatusType>>("status").Resolve(c => c.Source.Estimate.Status);
        Field<NonNullGraphType<StringGraphType>>("contractorName").Resolve(c => c.Source.Estimate.ContractorName);
        Field<NonNullGraphType<StringGraphType>>("parcelId").Resolve(c => c.Source.Estimate.ParcelId);
        Field<NonNullGraphType<StringGraphType>>("serviceAddress").Resolve(c => c.Source.Estimate.ServiceAddress.Line1 + ", " + c.Source.Estimate.ServiceAddress.City);
        Field<NonNullGraphType<StringGraphType>>("serviceArea").Resolve(c => c.Source.Estimate.ServiceAreaName);
        Field<NonNullGraphType<StringGraphType>>("meterSize").Resolve(c => c.Source.Estimate.MeterSize);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstimateServiceType>>>>("services").Resolve(c => EstimateServiceType.Split(c.Source.Estimate.Services));
        Field<NonNullGraphType<CustomerClassType>>("useClass").Resolve(c => c.Source.Estimate.UseClass);
        Field<IntGraphType>("averageDailyGallons").Resolve(c => c.Source.Estimate.AverageDailyGallons);
        Field<NonNullGraphType<BooleanGraphType>>("insideCity").Resolve(c => c.Source.Estimate.InsideCity);
        Field<NonNullGraphType<DateTimeScalar>>("requestedAt").Resolve(c => c.Source.Estimate.RequestedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstimateLineType>>>>("worksheet")
            .Description("While in review or revised: the lines the schedule in effect computes now, before the extra lines.")
            .Resolve(c => c.Source.Worksheet?.Lines.Select(EstimateLineItem.From).ToList() ?? []);
        Field<StringGraphType>("worksheetProblem").Description("Why the worksheet cannot be computed now, if it cannot.").Resolve(c => c.Source.WorksheetProblem);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstimateVersionLineType>>>>("extraLines")
            .Resolve(c => c.Source.Estimate.ExtraLines.OrderBy(l => l.Sequence).Select(l => new EstimateVersionLineItem(l.Sequence, l.Description, l.Amount.Amount, l.Reason)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstimateVersionType>>>>("versions").Description("Newest first.")
            .Resolve(c => c.Source.Estimate.Versions.OrderByDescending(v => v.Version).ToList());
        Field<StringGraphType>("accountNumber").Description("The pending account opened at acceptance, whose balance is the fees to pay.").Resolve(c => c.Source.AccountNumber);
        Field<DecimalScalar>("feesDue").Description("What is still owed on that account.").Resolve(c => c.Source.FeesDue?.Amount);
        Field<StringGraphType>("agreementNumber").Description("The water service agreement, once converted.").Resolve(c => c.Source.Estimate.AgreementNumber);
    }
}
