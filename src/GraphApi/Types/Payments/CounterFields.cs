using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Counter;
using UtilityPortal.Domain.Payments.Returns;

namespace UtilityPortal.GraphApi.Types.Payments;

/// <summary>Staff fields for the counter: cashier batches, counter payments, moving a payment, returned checks; refunds in <see cref="RefundFields"/>.</summary>
internal static class CounterFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<CashierBatchType>("cashierBatch")
            .Description("Staff only. A batch with its totals by tender and its payments: your own, or any for a Supervisor. Without id: your open batch, if any.")
            .Argument<IdGraphType>("id")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var batches = c.Service<GetCashierBatches>();
                return c.GetArgument<Guid?>("id") is { } id
                    ? (object?)await batches.HandleAsync(c.Actor(), id, c.CancellationToken)
                    : await batches.OpenBatchOfAsync(c.Actor(), c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CashierBatchType>>>>("cashierBatches")
            .Description("Supervisor only. Every cashier's batch of a business day, with expected, counted and variance (payments not listed).")
            .Argument<NonNullGraphType<Scalars.DateScalar>>("day")
            .AuthorizeWithRoles(StaffRoles.Supervisor, StaffRoles.Administrator)
            .ResolveAsync(async c => (object?)await c.Service<GetCashierBatches>().ListAsync(c.Actor(), c.GetArgument<DateOnly>("day"), c.CancellationToken));

        RefundFields.AddQueries(query);
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CashierBatchType>>("openCashierBatch")
            .Description("Staff only. Opens your batch for the day; refused (CONFLICT) while you have one open.")
            .Argument<NonNullGraphType<OpenCashierBatchInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var batch = await c.Service<OpenCashierBatch>().HandleAsync(c.Actor(), c.GetArgument<OpenCashierBatchInput>("input"), c.CancellationToken);
                return (object?)await c.Service<GetCashierBatches>().HandleAsync(c.Actor(), batch.Id, c.CancellationToken);
            });

        mutation.Field<NonNullGraphType<PaymentType>>("takeCounterPayment")
            .Description("Staff only. Posts a payment taken at the counter into your own open batch and returns it with its receipt number. " +
                "A closed batch, another cashier's batch, an unknown account, a bad amount or a check without its number: an error, and nothing is posted.")
            .Argument<NonNullGraphType<TakeCounterPaymentInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var receipt = await c.Service<TakeCounterPayment>().HandleAsync(c.Actor(), c.GetArgument<TakeCounterPaymentInput>("input"), c.CancellationToken);
                c.Loaders().Clear();
                return (object?)receipt.ToSummary();
            });

        mutation.Field<NonNullGraphType<CashierBatchType>>("closeCashierBatch")
            .Description("Staff only. Closes your batch (a Supervisor may close anyone's) with the counted totals; the answer shows the variance by tender.")
            .Argument<NonNullGraphType<CloseCashierBatchInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c => (object?)await c.Service<CloseCashierBatch>().HandleAsync(c.Actor(), c.GetArgument<CloseCashierBatchInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<MovePaymentPayloadType>>("movePayment")
            .Description("Staff only. Moves a posted payment to the account it belongs to: reversal on the wrong account and a new payment on the right one, " +
                "in one transaction, audited. A pending or reversed payment is refused (CONFLICT).")
            .Argument<NonNullGraphType<MovePaymentInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var result = await c.Service<MovePayment>().HandleAsync(c.Actor(), c.GetArgument<MovePaymentInput>("input"), c.CancellationToken);
                c.Loaders().Clear();
                var moved = await c.Service<GetPaymentReceipt>().HandleAsync(c.Actor(), result.NewPaymentId, c.CancellationToken);
                return (object?)new MovePaymentPayload(result, moved.ToSummary());
            });

        mutation.Field<NonNullGraphType<ReturnedCheckPayloadType>>("recordReturnedCheck")
            .Description("Staff only. The bank returned a check: the payment is reversed and the returned-payment fee of the schedule in effect is charged, " +
                "in one transaction. Recording it again posts nothing (alreadyRecorded).")
            .Argument<NonNullGraphType<RecordReturnedCheckInputType>>("input")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .ResolveAsync(async c =>
            {
                var result = await c.Service<RecordReturnedCheck>().HandleAsync(c.Actor(), c.GetArgument<RecordReturnedCheckInput>("input"), c.CancellationToken);
                c.Loaders().Clear();
                return (object?)result;
            });

        RefundFields.AddMutations(mutation);
    }
}
