using GraphQL;
using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Billing;

public sealed class BillType : ObjectGraphType<BillDetails>
{
    public BillType()
    {
        Name = "Bill";
        Description = "A whole bill: period, reads, consumption, a line per service and tier, balances, due date and the schedule that priced it.";
        BillSummaryFields.Add(this, d => d.Summary);
        Field<NonNullGraphType<CustomerClassType>>("customerClass").Resolve(c => c.Source.CustomerClass);
        Field(d => d.MeterSize).Description("The main meter's size.");
        Field(d => d.InsideCity);
        Field(d => d.DwellingUnits);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceTypeType>>>>("services").Description("The services billed.")
            .Resolve(c => Accounts.UtilityServiceType.Split(c.Source.Services).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillLineType>>>>("lines")
            .Description("The service charges, in bill order. A deposit bill has none: its charge is depositCharged.")
            .Resolve(c => c.Source.Lines.Where(l => l.Service != UtilityServices.None).Select(BillLineItem.From).ToList());
        // A deposit is not a service, so its line cannot be a BillLine (ServiceType lists services only).
        Field<DecimalScalar>("depositCharged").Description("On a deposit bill, the deposit it charges; null on every other kind.")
            .Resolve(c => c.Source.Summary.Kind == BillKind.Deposit ? c.Source.Lines.Where(l => l.Service == UtilityServices.None).Sum(l => l.Amount.Amount) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillReadType>>>>("reads").Description("The reads each meter's consumption came from.")
            .Resolve(c => c.Source.Reads);
        Field(d => d.PreviousBalance, type: typeof(NonNullGraphType<DecimalScalar>)).Description("What was owed before the payments and adjustments since.");
        Field(d => d.PaymentsSince, type: typeof(NonNullGraphType<DecimalScalar>)).Description("Payments received since the previous bill: zero or negative (they reduce what is owed).");
        Field(d => d.AdjustmentsSince, type: typeof(NonNullGraphType<DecimalScalar>)).Description("Adjustments posted since the previous bill (a credit is negative).");
        Field(d => d.DepositApplied, type: typeof(NonNullGraphType<DecimalScalar>)).Description("On a final bill, the deposit held that pays it down, negative.");
        Field<IdGraphType>("replacesBillId").Description("The cancelled bill this rebill replaces.").Resolve(c => c.Source.ReplacesBillId);
        Field<IdGraphType>("replacedByBillId").Description("On a cancelled bill, the rebill that replaces it.").Resolve(c => c.Source.ReplacedByBillId);
        Field(d => d.CancelReason, nullable: true);
        Field(d => d.CancelledAt, type: typeof(DateTimeScalar));
        Field(d => d.HoldReason, nullable: true).Description("Staff only. Why the bill is held.").AuthorizeWithRoles([.. StaffRoles.All]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillExceptionType>>>>("exceptions")
            .Description("Staff only. The review exceptions of the bill, open and resolved.")
            .AuthorizeWithRoles([.. StaffRoles.All])
            .Resolve(c => c.Source.Exceptions);
    }
}

public sealed class BillReadType : ObjectGraphType<BillReadView>
{
    public BillReadType()
    {
        Name = "BillRead";
        Description = "One meter's reads for the period and the consumption between them.";
        Field(r => r.MeterSerial);
        Field(r => r.OpeningAt, type: typeof(DateTimeScalar)).Description("Null when there was no read to open the period (a new meter).");
        Field<LongGraphType>("openingRegister").Resolve(c => c.Source.OpeningRegister);
        Field(r => r.ClosingAt, type: typeof(DateTimeScalar)).Description("Null when the period's read is missing (the consumption is estimated).");
        Field<LongGraphType>("closingRegister").Resolve(c => c.Source.ClosingRegister);
        Field<NonNullGraphType<LongGraphType>>("gallons").Resolve(c => c.Source.Gallons);
        Field(r => r.Kind, type: typeof(NonNullGraphType<BillReadKindType>));
    }
}

public sealed class UsagePointType : ObjectGraphType<UsagePoint>
{
    public UsagePointType()
    {
        Name = "UsagePoint";
        Description = "Consumption between two reads.";
        Field(p => p.From, type: typeof(NonNullGraphType<DateScalar>));
        Field(p => p.To, type: typeof(NonNullGraphType<DateScalar>));
        Field<NonNullGraphType<LongGraphType>>("gallons").Resolve(c => c.Source.Gallons);
    }
}

public sealed class BillExceptionType : ObjectGraphType<BillExceptionView>
{
    public BillExceptionType()
    {
        Name = "BillException";
        Description = "A reason a bill needs review, with the figures and read history behind it.";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.BillId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.BillRunId, type: typeof(IdGraphType)).Description("Null for an on-demand bill or a rebill.");
        Field(e => e.AccountNumber);
        Field(e => e.Kind, type: typeof(NonNullGraphType<BillExceptionKindType>));
        Field(e => e.Reason).Description("In plain words, with the figures.");
        Field<NonNullGraphType<LongGraphType>>("gallons").Description("The bill's consumption.").Resolve(c => c.Source.Gallons);
        Field<LongGraphType>("averageGallons").Resolve(c => c.Source.AverageGallons);
        Field(e => e.PercentOfAverage, nullable: true);
        Field(e => e.History, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<UsagePointType>>>)).Description("The reads behind the average, oldest first.");
        Field(e => e.Status, type: typeof(NonNullGraphType<BillExceptionStatusType>));
        Field(e => e.Resolution, type: typeof(BillExceptionResolutionType));
        Field(e => e.ResolvedBy, nullable: true);
        Field(e => e.ResolvedAt, type: typeof(DateTimeScalar));
        Field(e => e.Note, nullable: true);
        Field(e => e.NotifiedAt, type: typeof(DateTimeScalar)).Description("When the customer was sent a high-bill notice.");
        Field(e => e.CurrentCharges, type: typeof(NonNullGraphType<DecimalScalar>)).Description("The bill's charges as calculated.");
        Field(e => e.BillStatus, type: typeof(NonNullGraphType<BillStatusType>));
    }
}
