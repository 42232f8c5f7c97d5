using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Meters;
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
    }
}

public sealed class MeterStatusType : EnumerationGraphType<MeterStatus>
{
}
