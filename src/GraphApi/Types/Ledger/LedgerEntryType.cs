using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Ledger;

public sealed class LedgerEntryType : ObjectGraphType<LedgerRow>
{
    public LedgerEntryType()
    {
        Name = "LedgerEntry";
        Description = "One line of the account's journal, with the balance after it.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.EffectiveOn, type: typeof(NonNullGraphType<DateScalar>));
        Field(r => r.PostedAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(r => r.Kind, type: typeof(NonNullGraphType<EntryKindType>));
        Field(r => r.Description);
        Field(r => r.Amount, type: typeof(NonNullGraphType<DecimalScalar>)).Description("Positive: the customer owes more.");
        Field(r => r.DepositAmount, type: typeof(NonNullGraphType<DecimalScalar>)).Description("The change in the deposit held.");
        Field(r => r.RunningBalance, type: typeof(NonNullGraphType<DecimalScalar>)).Description("The balance after this entry.");
        // Who posted an entry names an employee; residents see the entry, not the name.
        Field(r => r.PostedBy).Description("Staff only.").AuthorizeWithRoles([.. StaffRoles.All]);
    }
}

public sealed class EntryKindType : EnumerationGraphType<EntryKind>
{
}
