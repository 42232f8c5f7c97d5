using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Runs;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Billing.Runs;

/// <summary>
/// One bill run: its state and progress while a worker calculates or posts it (the page refreshes itself, with or
/// without JavaScript), its counts, and the approve and post steps, each refused by the Domain with its reason.
/// </summary>
public sealed class DetailsModel(GetBillRun runs, ListBillExceptions exceptions, ApproveBillRun approve, PostBillRun post, UtilityDbContext db,
    TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>Seconds between refreshes while the run is being worked.</summary>
    public const int RefreshSeconds = 3;

    public BillRunView Run { get; private set; } = null!;

    public int ResolvedExceptions { get; private set; }

    public int HighBillNoticesSent { get; private set; }

    [BindProperty]
    public PostInput Input { get; set; } = new();

    public sealed class PostInput
    {
        [Display(Name = "Issue date")]
        public DateOnly? IssueDate { get; set; }
    }

    /// <summary>Whether a worker has work on this run, so the page keeps refreshing.</summary>
    public bool InProgress => Run.Status is BillRunStatus.Queued or BillRunStatus.Calculating or BillRunStatus.Posting;

    public int Count(BillStatus status) => Run.BillsByStatus.TryGetValue(status, out var n) ? n : 0;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input.IssueDate ??= IndexModel.Today(clock);
        return Page();
    }

    /// <summary>What the progress script polls: the state and percentage, nothing more.</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var run = await runs.HandleAsync(Actor.FromPrincipal(User), id, ct);
            return new JsonResult(new
            {
                status = run.Status.ToString(),
                statusText = t[BillRunText.Status(run.Status)].Value,
                percent = run.PercentDone,
                inProgress = run.Status is BillRunStatus.Queued or BillRunStatus.Calculating or BillRunStatus.Posting,
            });
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        try
        {
            var result = await approve.HandleAsync(Actor.FromPrincipal(User), new ApproveBillRunInput(id), ct);
            TempData["StatusMessage"] = t["The run is approved: {0} bills approved, {1} held out of the run.",
                result.Approved.ToString("N0", CultureInfo.CurrentCulture), result.Held.ToString("N0", CultureInfo.CurrentCulture)].Value;
            return Redirect($"/Billing/Runs/{id:D}");
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, prefix: string.Empty);
        }

        return await RedisplayAsync(id, ct);
    }

    public async Task<IActionResult> OnPostPostAsync(Guid id, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var result = await post.HandleAsync(Actor.FromPrincipal(User), new PostBillRunInput(id, Input.IssueDate), ct);
                TempData["StatusMessage"] = t["Posting {0} bills with issue date {1}.",
                    result.BillsToPost.ToString("N0", CultureInfo.CurrentCulture), result.IssueDate.ToString("d", CultureInfo.CurrentCulture)].Value;
                return Redirect($"/Billing/Runs/{id:D}");
            }
            catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
            {
                return NotFound();
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainErrors(ex, t);
            }
        }

        return await RedisplayAsync(id, ct);
    }

    private async Task<IActionResult> RedisplayAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        try
        {
            Run = await runs.HandleAsync(actor, id, ct);
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return false;
        }

        ResolvedExceptions = (await exceptions.HandleAsync(actor, new ListBillExceptionsInput(id, BillExceptionStatus.Resolved, Take: 1), ct)).Total;
        HighBillNoticesSent = await db.BillExceptions.AsNoTracking().CountAsync(e => e.BillRunId == id && e.NotifiedAt != null, ct);
        return true;
    }
}
