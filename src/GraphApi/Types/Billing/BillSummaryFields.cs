using GraphQL.Types;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.GraphApi.Types.Scalars;

namespace UtilityPortal.GraphApi.Types.Billing;

/// <summary>The fields a bill shows in a list; the whole bill (<see cref="BillType"/>) shows them too.</summary>
internal static class BillSummaryFields
{
    public static void Add<T>(ObjectGraphType<T> type, Func<T, BillSummary> summary)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => summary(c.Source).Id);
        type.Field<NonNullGraphType<StringGraphType>>("accountNumber").Resolve(c => summary(c.Source).AccountNumber);
        type.Field<NonNullGraphType<BillKindType>>("kind").Resolve(c => summary(c.Source).Kind);
        type.Field<NonNullGraphType<BillStatusType>>("status").Resolve(c => summary(c.Source).Status);
        type.Field<NonNullGraphType<DateScalar>>("periodStart").Description("The billing period's first day.").Resolve(c => summary(c.Source).PeriodStart);
        type.Field<NonNullGraphType<DateScalar>>("periodEnd").Description("The billing period's last day (the cycle's read day).").Resolve(c => summary(c.Source).PeriodEnd);
        type.Field<NonNullGraphType<DateScalar>>("serviceFrom").Description("Differs from periodStart on an initial bill (prorated).").Resolve(c => summary(c.Source).ServiceFrom);
        type.Field<NonNullGraphType<DateScalar>>("serviceTo").Description("Differs from periodEnd on a final bill (prorated).").Resolve(c => summary(c.Source).ServiceTo);
        type.Field<NonNullGraphType<LongGraphType>>("waterGallons").Description("Water consumption billed.").Resolve(c => summary(c.Source).WaterGallons);
        type.Field<NonNullGraphType<LongGraphType>>("reuseGallons").Description("Reclaimed water billed.").Resolve(c => summary(c.Source).ReuseGallons);
        type.Field<NonNullGraphType<BooleanGraphType>>("estimated").Description("Priced on an estimate rather than on reads.").Resolve(c => summary(c.Source).Estimated);
        type.Field<LongGraphType>("averageGallons").Description("The account's 12-month average for a period this long; null without enough history.")
            .Resolve(c => summary(c.Source).AverageGallons);
        type.Field<NonNullGraphType<DecimalScalar>>("currentCharges").Description("This bill's charges: the sum of its lines.").Resolve(c => summary(c.Source).CurrentCharges);
        type.Field<NonNullGraphType<DecimalScalar>>("totalDue").Description("What is owed with this bill: previous balance, payments and adjustments since (credits are negative), current charges and any deposit applied.")
            .Resolve(c => summary(c.Source).TotalDue);
        type.Field<DateScalar>("issuedOn").Description("Null until the bill is posted.").Resolve(c => summary(c.Source).IssuedOn);
        type.Field<DateScalar>("dueOn").Description("Null until the bill is posted.").Resolve(c => summary(c.Source).DueOn);
        type.Field<NonNullGraphType<StringGraphType>>("scheduleCode").Description("The rate schedule that priced the bill.").Resolve(c => summary(c.Source).ScheduleCode);
        type.Field<NonNullGraphType<IntGraphType>>("scheduleVersion").Description("The version of that schedule.").Resolve(c => summary(c.Source).ScheduleVersion);
        type.Field<NonNullGraphType<IntGraphType>>("openExceptions").Description("Review exceptions not yet resolved (always 0 on an issued bill a resident sees).")
            .Resolve(c => summary(c.Source).OpenExceptions);
        type.Field<IdGraphType>("billRunId").Description("The cycle run that calculated it; null for an on-demand bill or a rebill.").Resolve(c => summary(c.Source).BillRunId);
    }
}

public sealed class BillSummaryType : ObjectGraphType<BillSummary>
{
    public BillSummaryType()
    {
        Name = "BillSummary";
        Description = "A bill as a list shows it; bill(id:) has its lines, reads and balances.";
        BillSummaryFields.Add(this, s => s);
    }
}
