using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Meters;
using UtilityPortal.GraphApi.Loading;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Meters;

public sealed class MeterType : ObjectGraphType<MeterSummary>
{
    public MeterType()
    {
        Name = "Meter";
        Description = "A water meter set at the premise.";
        Field(m => m.SerialNumber);
        Field(m => m.Size).Description("As rate schedules write it: 5/8, 3/4, 1, 1-1/2, 2, ...");
        Field(m => m.RadioId, nullable: true).Description("The AMR radio transmitter id, when the meter is read by radio.");
        Field(m => m.RegisterDigits);
        Field(m => m.InstalledOn, type: typeof(NonNullGraphType<DateScalar>));
        Field(m => m.Status, type: typeof(NonNullGraphType<MeterStatusType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeterReadType>>>>("reads")
            .Description($"The newest reads, newest first: {DefaultReads} unless asked otherwise (at most {MeterReadsLoader.MaxReads}).")
            .Argument<IntGraphType>("first", a => a.DefaultValue = DefaultReads)
            .Resolve(c => c.Service<MeterReadsLoader>().Reads.Load(c.Source.SerialNumber)
                .Select(reads => reads.Take(Math.Clamp(c.GetArgument("first", DefaultReads), 0, MeterReadsLoader.MaxReads)).ToList()));
    }

    /// <summary>Thirteen: this month and the same month last year.</summary>
    public const int DefaultReads = 13;
}

public sealed class MeterStatusType : EnumerationGraphType<MeterStatus>
{
}
