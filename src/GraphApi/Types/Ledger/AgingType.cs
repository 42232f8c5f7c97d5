using GraphQL.Types;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Ledger;

public sealed class AgingType : ObjectGraphType<Aging>
{
    public AgingType()
    {
        Name = "Aging";
        Description = "What is still owed, by the age of the charges it comes from. A credit shows as a negative current amount.";
        Field(a => a.Current, type: typeof(NonNullGraphType<DecimalScalar>));
        Field(a => a.Days30, type: typeof(NonNullGraphType<DecimalScalar>)).Description("30 to 59 days old.");
        Field(a => a.Days60, type: typeof(NonNullGraphType<DecimalScalar>)).Description("60 to 89 days old.");
        Field(a => a.Days90Plus, type: typeof(NonNullGraphType<DecimalScalar>)).Description("90 days old or more.");
    }
}
