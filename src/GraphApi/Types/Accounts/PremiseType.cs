using GraphQL.Types;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.GraphApi.Types.Accounts;

public sealed class PremiseType : ObjectGraphType<Premise>
{
    public PremiseType()
    {
        Name = "Premise";
        Description = "A served property: the county parcel and the facts rates depend on.";
        Field(p => p.ParcelId).Description("The county property appraiser's folio number.");
        Field(p => p.ServiceAddress, type: typeof(NonNullGraphType<AddressType>));
        Field(p => p.InsideCity).Description("Inside the city limits (inside-city rates apply).");
        Field(p => p.Class, type: typeof(NonNullGraphType<PremiseClassType>));
        Field(p => p.DwellingUnits);
        Field(p => p.ImperviousSqFt);
        Field(p => p.OwnerOfRecord);
    }
}
