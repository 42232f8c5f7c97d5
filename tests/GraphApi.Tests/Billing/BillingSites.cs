using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Billing.Runs;
using UtilityPortal.Domain.Identity;
using UtilityPortal.GraphApi.Tests.Infrastructure;
using UtilityPortal.TestSupport;

namespace UtilityPortal.GraphApi.Tests.Billing;

/// <summary>The BackOffice with its bill run worker looking for work often, so a test waits moments rather than seconds.</summary>
public sealed class EagerWorkerBackOfficeApiFactory : BackOfficeApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Billing:Worker:PollInterval"] = "00:00:00.100" };
}

internal static class BillingArrangements
{
    public static readonly Actor Specialist = new("u-test-specialist", People.DemoSpecialist, true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });

    /// <summary>The cycle's latest read month: this month once its read day has come, else the month before.</summary>
    public static (int Year, int Month) LatestReadMonth(int cycle, DateOnly today)
    {
        var month = today.Day >= cycle ? today : today.AddMonths(-1);
        return (month.Year, month.Month);
    }

    public static async Task<(Guid Id, int Cycle)> AccountAsync<TEntry>(this SiteFactory<TEntry> site, string number)
        where TEntry : class
    {
        var parsed = AccountNumber.Parse(number);
        var account = await site.WithDbAsync(db => db.ServiceAccounts.AsNoTracking().Where(a => a.Number == parsed).Select(a => new { a.Id, a.BillingCycle }).SingleAsync());
        return (account.Id, account.BillingCycle);
    }

    /// <summary>
    /// An issued off-cycle bill for the cycle period <paramref name="monthsBack"/> months before the latest read, made the
    /// way the billing tab makes one: prepared, its review exceptions accepted, then issued. Each step is the use case itself.
    /// </summary>
    public static async Task<Guid> IssuedBillAsync<TEntry>(this SiteFactory<TEntry> site, string accountNumber, int monthsBack = 1, bool issue = true)
        where TEntry : class
    {
        var (_, cycle) = await site.AccountAsync(accountNumber);
        var today = Florida.Today(site.Services.GetRequiredService<TimeProvider>());
        var (year, month) = LatestReadMonth(cycle, today);
        var period = BillingCalendar.PeriodFor(cycle, year, month);
        await using var scope = site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var bill = await services.GetRequiredService<PrepareBill>().HandleAsync(Specialist,
            new PrepareBillInput(accountNumber, BillKind.OffCycle, From: period.Start.AddMonths(-monthsBack), To: period.End.AddMonths(-monthsBack)));
        var open = await services.GetRequiredService<ListBillExceptions>().HandleAsync(Specialist, new ListBillExceptionsInput(null, BillId: bill.Id));
        if (open.Items.Count > 0)
        {
            await services.GetRequiredService<ResolveBillExceptions>().HandleAsync(Specialist,
                new ResolveBillExceptionsInput([.. open.Items.Select(e => e.Id)], BillExceptionResolution.Accept, "Checked for the test."));
        }

        if (issue)
        {
            await services.GetRequiredService<IssueBill>().HandleAsync(Specialist, new IssueBillInput(bill.Id));
        }

        return bill.Id;
    }

    public static IEnumerable<string?> Strings(this JsonElement array, string property) => array.EnumerateArray().Select(e => e.GetProperty(property).GetString());
}

/// <summary>
/// The Portal without its bill run worker: the worker's polling queries would otherwise be counted with a request's
/// own SQL commands by <see cref="SqlCommandCounter"/>.
/// </summary>
public sealed class WorkerlessPortalApiFactory : PortalApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Billing:Worker:Enabled"] = "false" };
}
