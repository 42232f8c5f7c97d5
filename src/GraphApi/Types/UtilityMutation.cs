using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Errors;
using UtilityPortal.GraphApi.Types.Accounts;

namespace UtilityPortal.GraphApi.Types;

public sealed class UtilityMutation : ObjectGraphType
{
    public UtilityMutation()
    {
        Name = "Mutation";
        this.Authorize();

        Field<UpdateContactDetailsPayloadType>("updateContactDetails")
            .Description("A resident for a linked account, staff for any. Each changed field is audited; on any invalid field nothing changes.")
            .Argument<NonNullGraphType<UpdateContactDetailsInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<UpdateContactDetailsArgs>("input");
                var actor = c.Actor();
                var changes = await c.Service<UpdateContactDetails>().HandleAsync(actor, input.AccountNumber, input.ToInput(), c.CancellationToken);

                var loaders = c.Loaders();
                loaders.Clear();
                var accountId = await c.Service<AccountAccess>().RequireAccountAsync(actor, input.AccountNumber, c.CancellationToken);
                var account = (await loaders.AccountsAsync([accountId], c.CancellationToken))[0];
                var customer = await loaders.Customers.Load(account.CustomerId).GetResultAsync(c.CancellationToken);
                return (object?)new UpdateContactDetailsPayload(customer!, [.. changes.Select(ch => GraphFieldNames.FromDomain(ch.Field))]);
            });

        Field<InteractionType>("addInteraction")
            .Description("Staff only. Records a contact with the customer on the account's interaction log.")
            .Argument<NonNullGraphType<AddInteractionInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var interaction = await c.Service<AddInteraction>().HandleAsync(c.Actor(), c.GetArgument<AddInteractionInput>("input"), c.CancellationToken);
                c.Loaders().Clear();
                return (object?)InteractionType.From(interaction);
            });

        Meters.MeterReadFields.AddMutations(this);
        Billing.BillingFields.AddMutations(this);
        Payments.CounterFields.AddMutations(this);
        Payments.PaymentFields.AddMutations(this);
        Payments.AutopayFields.AddMutations(this);
        Payments.CollectionFields.AddMutations(this);
        Payments.LockboxFields.AddMutations(this);
        Payments.DepositFields.AddMutations(this);
        Payments.AgreementFields.AddMutations(this);
        Adjustments.AdjustmentFields.AddMutations(this);
        Service.Lifecycle.ServiceChangeFields.AddMutations(this);
        Development.DevelopmentFields.AddMutations(this);
        Service.ServiceFields.AddMutations(this);
    }
}
