using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Deposits;
using UtilityPortal.GraphApi.Types.Accounts;
using UtilityPortal.GraphApi.Types.Billing;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Payments;

/// <summary>The deposit fields of the Query and Mutation roots (staff only), with their types.</summary>
internal static class DepositFields
{
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<DepositType>>("deposit")
            .Description("Staff only. An account's deposit: required, billed, held, waived, applied at close and refunded.")
            .Argument<NonNullGraphType<StringGraphType>>("accountNumber")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<DepositSection>().GetAsync(c.Actor(), c.GetArgument<string>("accountNumber"), c.CancellationToken));

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<DepositType>>("requireDeposit")
            .Description("Staff only. Issues the deposit bill for new service: the amount the schedule in effect sets for the account's class and meter size.")
            .Argument<NonNullGraphType<StringGraphType>>("accountNumber")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<RequireDeposit>().HandleAsync(c.Actor(),
                new RequireDepositInput(c.GetArgument<string>("accountNumber")), c.CancellationToken));

        mutation.Field<NonNullGraphType<DepositType>>("holdDeposit")
            .Description("Staff only. Moves a deposit bill paid in full into the held deposit, apart from the balance; nothing happens while it is unpaid or once held.")
            .Argument<NonNullGraphType<StringGraphType>>("accountNumber")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<HoldDeposit>().HandleAsync(c.Actor(),
                new HoldDepositInput(c.GetArgument<string>("accountNumber")), c.CancellationToken));

        mutation.Field<NonNullGraphType<DepositType>>("waiveDeposit")
            .Description("Supervisor only. Waives a deposit not yet paid, with a reason; its bill is cancelled. Audited.")
            .Argument<NonNullGraphType<StringGraphType>>("accountNumber")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .AuthorizeWithRoles(StaffRoles.Supervisor, StaffRoles.Administrator)
            .ResolveAsync(async c => (object?)await c.Service<WaiveDeposit>().HandleAsync(c.Actor(),
                new WaiveDepositInput(c.GetArgument<string>("accountNumber"), c.GetArgument<string>("reason")), c.CancellationToken));

        mutation.Field<NonNullGraphType<DepositType>>("refundRemainingCredit")
            .Description("SpecialistII and above. After the final bill applied the deposit, refunds the credit left by check request, once. Audited.")
            .Argument<NonNullGraphType<StringGraphType>>("accountNumber")
            .AuthorizeWithRoles(StaffRoles.SpecialistII, StaffRoles.SpecialistIII, StaffRoles.Supervisor, StaffRoles.Administrator)
            .ResolveAsync(async c => (object?)await c.Service<RefundRemainingCredit>().HandleAsync(c.Actor(),
                new RefundRemainingCreditInput(c.GetArgument<string>("accountNumber")), c.CancellationToken));
    }
}

public sealed class DepositStatusType : EnumerationGraphType<DepositStatus>
{
    public DepositStatusType() => Description = "BILLED: the deposit bill is not paid in full yet; HELD: paid and held until the final bill; WAIVED by a Supervisor.";
}

public sealed class DepositType : ObjectGraphType<DepositView>
{
    public DepositType()
    {
        Name = "Deposit";
        Field(d => d.AccountNumber);
        Field(d => d.AccountStatus, type: typeof(NonNullGraphType<AccountStatusType>));
        Field(d => d.Status, type: typeof(DepositStatusType)).Description("Null when no deposit was ever required.");
        Field(d => d.Required, type: typeof(NonNullGraphType<DecimalScalar>)).Description("What the schedule asked for.");
        Field(d => d.BillId, type: typeof(IdGraphType)).Description("The deposit bill.");
        Field(d => d.BillStatus, type: typeof(BillStatusType));
        Field(d => d.Held, type: typeof(NonNullGraphType<DecimalScalar>)).Description("Held now, apart from the balance.");
        Field(d => d.Applied, type: typeof(NonNullGraphType<DecimalScalar>)).Description("Applied to the final bill.");
        Field(d => d.Refunded, type: typeof(NonNullGraphType<DecimalScalar>)).Description("Credit refunded after the final bill.");
        Field(d => d.Balance, type: typeof(NonNullGraphType<DecimalScalar>)).Description("What the customer owes; negative is a credit.");
        Field(d => d.WaivedAt, type: typeof(DateTimeScalar));
        Field(d => d.WaivedBy, nullable: true);
        Field(d => d.WaiverReason, nullable: true);
    }
}
