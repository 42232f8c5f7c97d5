using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Collections;

namespace UtilityPortal.BackOffice.Pages.Collections;

/// <summary>The aging of delinquent accounts, filtered by cycle, bucket and owner or tenant, a page at a time, with its CSV; and the past-due notice run.</summary>
public sealed class IndexModel(AgingReport report, SendPastDueNotices notices, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int PageSize = 50;

    public static readonly string[] CsvHeader =
        ["Account", "Customer", "Role", "Cycle", "Status", "Current", "30 days", "60 days", "90+ days", "Past due", "Balance", "Lien-eligible"];

    [BindProperty(SupportsGet = true)]
    public int? Cycle { get; set; }

    [BindProperty(SupportsGet = true)]
    public AgingBucket? Bucket { get; set; }

    [BindProperty(SupportsGet = true)]
    public AccountRole? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public AgingReportPage Report { get; private set; } = null!;

    public string Query => $"cycle={Cycle}&bucket={Bucket}&role={Role}";

    public async Task OnGetAsync(CancellationToken ct) =>
        Report = await report.PageAsync(Actor.FromPrincipal(User), Filter, PageNumber, PageSize, ct);

    public IActionResult OnGetCsv(CancellationToken ct) =>
        CsvExport.File("aging.csv", CsvHeader, report.Export(Actor.FromPrincipal(User), Filter, ct), r =>
            [r.AccountNumber, r.CustomerName, r.Role, r.Cycle, r.Status, r.Aging.Current, r.Aging.Days30, r.Aging.Days60, r.Aging.Days90Plus, r.PastDue,
                r.Balance, r.LienEligible]);

    public async Task<IActionResult> OnPostNoticesAsync(CancellationToken ct)
    {
        var run = await notices.HandleAsync(Actor.FromPrincipal(User), ct);
        TempData["StatusMessage"] = t["Past-due notices sent for {0} bill(s); {1} bill(s) past due were checked.", run.Noticed, run.Checked].Value;
        return Redirect("/Collections");
    }

    private AgingFilter Filter => new(Cycle, Bucket, Role);

    /// <summary>The words for a bucket filter, shared with the CSV and the API's descriptions.</summary>
    public static string BucketText(AgingBucket bucket) => bucket switch
    {
        AgingBucket.Days90 => "90 days or more",
        AgingBucket.Days60 => "60 days or more",
        _ => "30 days or more",
    };

    public static string RoleText(AccountRole role) => role == AccountRole.Tenant ? "Tenant" : "Owner";
}
