using GraphQL.Types;
using UtilityPortal.Domain.Meters;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Meters;

public sealed class MeterReadType : ObjectGraphType<PremiseMeterRead>
{
    public MeterReadType()
    {
        Name = "MeterRead";
        Description = "What the meter's register showed at a moment.";
        Field(r => r.ReadAt, type: typeof(NonNullGraphType<DateTimeScalar>)).Description("In UTC.");
        Field<NonNullGraphType<IntGraphType>>("registerValue").Description("Gallons on the register (at most 9 digits).")
            .Resolve(c => (int)c.Source.RegisterValue);
        Field(r => r.Source, type: typeof(NonNullGraphType<ReadSourceType>));
        Field(r => r.Flags, nullable: true).Description("Flags from the meter data system (leak, tamper, ...), ';'-separated, as sent.");
    }
}

public sealed class ReadSourceType : EnumerationGraphType<ReadSource>
{
    public ReadSourceType() => Description = "How the read was taken: by radio (AMR), by a reader on foot, or estimated.";
}

public sealed class ReadLineProblemType : EnumerationGraphType<ReadLineProblem>
{
    public ReadLineProblemType() => Description = "Why a line of a read file was not imported.";
}
