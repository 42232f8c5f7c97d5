using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Autopay;
using UtilityPortal.Domain.Payments.Paperless;
using UtilityPortal.GraphApi.Loading;

namespace UtilityPortal.GraphApi.Types.Payments;

/// <summary>Autopay and paperless fields of the Query and Mutation roots and of Account. Each calls one use case.</summary>
internal static class AutopayFields
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AutopayFailureType>>>>("autopayFailures")
            .Description("Staff only. Autopay charges that failed, newest first.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = ListAutopayFailures.DefaultSize)
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ListAutopayFailures>().HandleAsync(c.Actor(),
                c.GetArgument("first", ListAutopayFailures.DefaultSize), c.CancellationToken));

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AutopaySetupStartedType>>("startAutopay")
            .Description("A resident (or staff) turns autopay on for an account: send the browser to redirectUrl to save a card or bank account; " +
                "it is ACTIVE once the gateway confirms. An account with autopay on is CONFLICT; return addresses off this Portal are INVALID.")
            .Argument<NonNullGraphType<StartAutopayInputType>>("input")
            .ResolveAsync(async c => (object?)await c.Service<StartAutopayEnrollment>().HandleAsync(c.Actor(), c.GetArgument<StartAutopayArgs>("input").ToInput(),
                c.CancellationToken));

        mutation.Field<NonNullGraphType<AutopayType>>("cancelAutopay")
            .Description("Turns autopay off for an account (audited); CONFLICT when it is not on.")
            .Argument<NonNullGraphType<StringGraphType>>("accountNumber")
            .ResolveAsync(async c =>
            {
                var number = c.GetArgument<string>("accountNumber");
                await c.Service<CancelAutopay>().HandleAsync(c.Actor(), number, c.CancellationToken);
                return (object?)await c.Service<GetAutopay>().HandleAsync(c.Actor(), number, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<PaperlessResultType>>("setPaperless")
            .Description("Bill notices by e-mail instead of paper (true) or on paper (false), audited. E-mail needs an address on file (INVALID otherwise).")
            .Argument<NonNullGraphType<StringGraphType>>("accountNumber")
            .Argument<NonNullGraphType<BooleanGraphType>>("paperless")
            .ResolveAsync(async c =>
            {
                var number = c.GetArgument<string>("accountNumber");
                var paperless = c.GetArgument<bool>("paperless");
                var changed = await c.Service<SetPaperless>().HandleAsync(c.Actor(), number, paperless, c.CancellationToken);
                return (object?)new PaperlessResult(number, paperless, changed);
            });
    }

    public static void AddAccountFields(ObjectGraphType<AccountNode> account)
    {
        account.Field<NonNullGraphType<AutopayType>>("autopay")
            .Resolve(c => AccountAutopayLoader.Of(c).States.Load(c.Source.Id));
        account.Field<NonNullGraphType<BooleanGraphType>>("paperless").Description("True: bill notices by e-mail instead of paper.")
            .Resolve(c => AccountAutopayLoader.Of(c).States.Load(c.Source.Id).Select(s => s?.Paperless ?? false));
    }
}
