using GraphQL.Types;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.GraphApi.Types.Accounts;

public sealed class AddressType : ObjectGraphType<PostalAddress>
{
    public AddressType()
    {
        Name = "Address";
        Description = "A US postal address.";
        Field(a => a.Line1);
        Field(a => a.Line2, nullable: true);
        Field(a => a.City);
        Field(a => a.State).Description("Two-letter state code.");
        Field(a => a.Zip).Description("Five-digit ZIP or ZIP+4.");
    }
}

public sealed class AddressInputType : InputObjectGraphType<AddressInput>
{
    public AddressInputType()
    {
        Name = "AddressInput";
        Field(a => a.Line1, nullable: false);
        Field(a => a.Line2, nullable: true);
        Field(a => a.City, nullable: false);
        Field(a => a.State, nullable: false).Description("Two-letter state code.");
        Field(a => a.Zip, nullable: false).Description("Five-digit ZIP or ZIP+4.");
    }
}
