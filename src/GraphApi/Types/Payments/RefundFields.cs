using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Refunds;

namespace UtilityPortal.GraphApi.Types.Payments;

/// <summary>Refund fields: the list (staff) and the request (Specialist II and above).</summary>
internal static class RefundFields
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RefundType>>>>("refunds")
            .Description("Staff only. Refunds newest first, of one account or all.")
            .Argument<StringGraphType>("accountNumber")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 50)
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<ListRefunds>().HandleAsync(c.Actor(), c.GetArgument<string?>("accountNumber"),
                c.GetArgument("first", 50), c.CancellationToken));

    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<RefundType>>("requestRefund")
            .Description("Specialist II and above. Refunds part of an account's credit balance, never more: to a card payment through the gateway " +
                "(never more than that payment has left) or by a check request. A gateway decline answers status DECLINED with the reason and posts nothing.")
            .Argument<NonNullGraphType<RequestRefundInputType>>("input")
            .AuthorizeWithRoles(StaffRoles.SpecialistII, StaffRoles.SpecialistIII, StaffRoles.Supervisor, StaffRoles.Administrator)
            .ResolveAsync(async c =>
            {
                var refund = await c.Service<RequestRefund>().HandleAsync(c.Actor(), c.GetArgument<RequestRefundArgs>("input").ToInput(), c.CancellationToken);
                c.Loaders().Clear();
                return (object?)refund;
            });
}
