using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Loading;
using UtilityPortal.GraphApi.Types.Ledger;
using UtilityPortal.GraphApi.Types.Meters;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Accounts;

/// <summary>
/// A service account. Every way to reach one (account, me.accounts, searchAccounts) has been authorized by the Domain
/// before the node exists; the fields here load through the request's batch loaders.
/// </summary>
public sealed class AccountType : ObjectGraphType<AccountNode>
{
    public AccountType()
    {
        Name = "Account";
        Description = "A customer's service at a premise.";
        Field(a => a.Number).Description("Ten digits, the last a check digit.");
        Field(a => a.Status, type: typeof(NonNullGraphType<AccountStatusType>));
        Field(a => a.Role, type: typeof(NonNullGraphType<AccountRoleType>));
        Field(a => a.BillingCycle);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UtilityServiceType>>>>("services")
            .Resolve(c => UtilityServiceType.Split(c.Source.Services).ToList());
        Field(a => a.OpenedOn, type: typeof(NonNullGraphType<DateScalar>));
        Field(a => a.ClosedOn, type: typeof(DateScalar));

        Field<NonNullGraphType<DecimalScalar>>("balance").Description("What the customer owes; negative is a credit.")
            .Resolve(c => c.Loaders().Figures.Load(c.Source.Id).Select(f => f.Standing.Balance));
        Field<NonNullGraphType<DecimalScalar>>("depositHeld")
            .Resolve(c => c.Loaders().Figures.Load(c.Source.Id).Select(f => f.Standing.DepositHeld));
        Field<NonNullGraphType<AgingType>>("aging")
            .Resolve(c => c.Loaders().Figures.Load(c.Source.Id).Select(f => f.Standing.Aging));
        Field<DateScalar>("dueOn").Description("When the balance falls due; null when nothing is owed.")
            .Resolve(c => c.Loaders().Figures.Load(c.Source.Id).Select(f => f.DueOn));

        Field<NonNullGraphType<CustomerType>>("customer").Resolve(c => c.Loaders().Customers.Load(c.Source.CustomerId));
        Field<NonNullGraphType<PremiseType>>("premise").Resolve(c => c.Loaders().Premises.Load(c.Source.PremiseId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeterType>>>>("meters").Description("Newest first.")
            .Resolve(c => c.Loaders().MetersByPremise.Load(c.Source.PremiseId));

        Field<NonNullGraphType<ConnectionType<LedgerEntryType, EdgeType<LedgerEntryType>>>>("ledger")
            .Description($"The journal, newest first, {LedgerPage.DefaultSize} entries unless asked otherwise (at most {LedgerPage.MaxSize}).")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => (object?)LedgerPage.Of(
                await LedgerReader.RowsAsync(c.Service<UtilityDbContext>(), c.Source.Id, c.CancellationToken),
                c.GetArgument<int?>("first"),
                c.GetArgument<string?>("after")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InteractionType>>>>("interactions")
            .Description("The interaction log, newest first. Staff only: the notes are the utility's own.")
            .Argument<IntGraphType>("first")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .Resolve(c => c.Loaders().Interactions.Load(c.Source.Id)
                .Select(rows => rows.Take(Math.Clamp(c.GetArgument("first", 20), 0, 100)).ToList()));

        Billing.BillingFields.AddAccountFields(this);
        Payments.PaymentFields.AddAccountFields(this);
        Payments.AutopayFields.AddAccountFields(this);
    }
}
