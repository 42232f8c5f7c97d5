using GraphQL.Types;
using UtilityPortal.Domain.Service.Lifecycle;
using UtilityPortal.GraphApi.Types.Accounts;
using UtilityPortal.GraphApi.Types.Payments;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Service.Lifecycle;

public sealed class ServiceChangeKindType : EnumerationGraphType<ServiceChangeKind>
{
    public ServiceChangeKindType() => Description = "START a new account, STOP an account (final bill), or TRANSFER: stop one and start the next for the same customer.";
}

public sealed class ServiceChangeStateType : EnumerationGraphType<ServiceChangeState>
{
    public ServiceChangeStateType() => Description = "REQUESTED: waiting for the crew's turn-on or turn-off; COMPLETED; CANCELLED before any field work was done.";
}

public sealed class DepositDecisionType : EnumerationGraphType<DepositDecision>
{
    public DepositDecisionType() => Description = "REQUIRED: the schedule's deposit is billed when service starts; WAIVED by a Supervisor.";
}

public sealed class ServiceChangeType : ObjectGraphType<ServiceChangeView>
{
    public ServiceChangeType()
    {
        Name = "ServiceChange";
        Description = "A start, stop or transfer of service, from the request to the crew's work that carries it out.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(c => c.Kind, type: typeof(NonNullGraphType<ServiceChangeKindType>));
        Field(c => c.State, type: typeof(NonNullGraphType<ServiceChangeStateType>));
        Field(c => c.CustomerName);
        Field(c => c.FromAccountNumber, nullable: true).Description("The account that stops.");
        Field(c => c.FromAddress, nullable: true);
        Field(c => c.ToAccountNumber, nullable: true).Description("The account that opens (pending until the turn-on).");
        Field(c => c.ToAddress, nullable: true);
        Field(c => c.RequestedDate, type: typeof(NonNullGraphType<DateScalar>));
        Field(c => c.ForwardingAddress, type: typeof(AddressType)).Description("Where the final bill and any refund go.");
        Field(c => c.Deposit, type: typeof(DepositDecisionType));
        Field(c => c.DepositWaiverReason, nullable: true);
        Field(c => c.TurnOnOrderId, type: typeof(IdGraphType)).Description("The open turn-on work order.");
        Field(c => c.TurnOffOrderId, type: typeof(IdGraphType)).Description("The open turn-off work order.");
        Field(c => c.StartedOn, type: typeof(DateScalar));
        Field(c => c.StoppedOn, type: typeof(DateScalar));
        Field(c => c.DepositBillId, type: typeof(IdGraphType));
        Field(c => c.FinalBillId, type: typeof(IdGraphType));
        Field(c => c.Refunded, type: typeof(NonNullGraphType<DecimalScalar>)).Description("Credit refunded after the final bill applied the deposit.");
        Field(c => c.FieldNote, nullable: true).Description("Why the crew could not do the work.");
        Field(c => c.RequestedAt, type: typeof(NonNullGraphType<DateTimeScalar>));
        Field(c => c.RequestedBy);
        Field(c => c.CancelReason, nullable: true);
    }
}

public sealed class StartServiceInputType : InputObjectGraphType<StartServiceInput>
{
    public StartServiceInputType()
    {
        Name = "StartServiceInput";
        Field(i => i.Premise, nullable: true).Description("The service street address or parcel id.");
        Field(i => i.StartDate, type: typeof(DateScalar)).Description("Today or up to 90 days ahead.");
        Field(i => i.Role, type: typeof(AccountRoleType)).DefaultValue(Domain.Accounts.AccountRole.Tenant);
        Field(i => i.DepositAccepted, nullable: true).DefaultValue(false).Description("The customer agrees to the deposit billed when service starts.");
        Field(i => i.CustomerAccountNumber, nullable: true).Description("Staff: any account of an existing customer.");
        Field(i => i.NewCustomerName, nullable: true).Description("A new customer's name.");
        Field(i => i.DepositWaiverReason, nullable: true).Description("Supervisor only: open without a deposit.");
    }
}

public sealed class StopServiceInputType : InputObjectGraphType<StopServiceInput>
{
    public StopServiceInputType()
    {
        Name = "StopServiceInput";
        Field(i => i.AccountNumber, nullable: true);
        Field(i => i.StopDate, type: typeof(DateScalar));
        Field(i => i.ForwardingAddress, type: typeof(AddressInputType)).Description("Where the final bill and any refund go (required).");
    }
}

public sealed class TransferServiceInputType : InputObjectGraphType<TransferServiceInput>
{
    public TransferServiceInputType()
    {
        Name = "TransferServiceInput";
        Field(i => i.FromAccountNumber, nullable: true);
        Field(i => i.ToPremise, nullable: true).Description("The new service street address or parcel id.");
        Field(i => i.MoveDate, type: typeof(DateScalar));
        Field(i => i.Role, type: typeof(AccountRoleType)).DefaultValue(Domain.Accounts.AccountRole.Tenant);
        Field(i => i.DepositAccepted, nullable: true).DefaultValue(false);
        Field(i => i.ForwardingAddress, type: typeof(AddressInputType)).Description("Empty: the new premise.");
        Field(i => i.DepositWaiverReason, nullable: true).Description("Supervisor only.");
    }
}

public sealed class RecordServiceReadInputType : InputObjectGraphType<RecordServiceReadInput>
{
    public RecordServiceReadInputType()
    {
        Name = "RecordServiceReadInput";
        Field(i => i.ServiceChangeId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(i => i.Type, type: typeof(NonNullGraphType<WorkOrderTypeType>)).Description("TURN_ON (opening read) or TURN_OFF (final read).");
        Field(i => i.Register, type: typeof(LongGraphType)).Description("The register the crew read, in gallons.");
    }
}
