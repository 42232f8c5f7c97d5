using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Identity;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Types.Accounts;
using UtilityPortal.GraphApi.Types.Identity;

namespace UtilityPortal.GraphApi.Types;

public sealed class UtilityQuery : ObjectGraphType
{
    public UtilityQuery()
    {
        Name = "Query";
        // Every field needs a signed-in user (billPreview alone opts out); the authorization rule refuses anonymous requests before execution.
        this.Authorize();

        Field<NonNullGraphType<MeType>>("me").ResolveAsync(async c =>
        {
            var actor = c.Actor();
            var user = await c.Service<UserManager<UtilityUser>>().FindByIdAsync(actor.UserId);
            return (object?)new MeNode(actor.UserId, user?.Email, user?.DisplayName ?? actor.Name, [.. actor.Roles.Order(StringComparer.Ordinal)], actor.IsStaff);
        });

        Field<AccountType>("account")
            .Description("One account by its number. A resident sees only linked accounts: any other number is NOT_FOUND, like an unknown one.")
            .Argument<NonNullGraphType<StringGraphType>>("number")
            .ResolveAsync(async c =>
            {
                var overview = await c.Service<GetAccountOverview>().HandleAsync(c.Actor(), c.GetArgument<string>("number"), c.CancellationToken);
                return (object?)c.Loaders().Prime(overview);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountType>>>>("searchAccounts")
            .Description("Staff only. Search by account number, name, service address, parcel id, phone or e-mail (a prefix of any word).")
            .Argument<NonNullGraphType<StringGraphType>>("query")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 20)
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var hits = await c.Service<SearchAccounts>().HandleAsync(c.Actor(), c.GetArgument<string>("query"), c.GetArgument("first", 20), c.CancellationToken);
                return (object?)await c.Loaders().AccountsByNumberAsync([.. hits.Select(h => h.AccountNumber)], c.CancellationToken);
            });

        Meters.MeterReadFields.AddQueries(this);
        Billing.BillingFields.AddQueries(this);
        Payments.CounterFields.AddQueries(this);
        Payments.PaymentFields.AddQueries(this);
        Payments.AutopayFields.AddQueries(this);
        Payments.CollectionFields.AddQueries(this);
        Payments.LockboxFields.AddQueries(this);
        Payments.DepositFields.AddQueries(this);
        Payments.AgreementFields.AddQueries(this);
        Adjustments.AdjustmentFields.AddQueries(this);
        Service.Lifecycle.ServiceChangeFields.AddQueries(this);
        Development.DevelopmentFields.AddQueries(this);
        Service.ServiceFields.AddQueries(this);
    }
}
