using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Billing.Runs;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Billing.Runs;

/// <summary>
/// A run's exceptions queue: each exception with its reason and the history behind it (the account's recent monthly
/// use, its 12-month average and the reads of the period), filtered by kind and status. A specialist resolves one or
/// a selection at once; the Domain saves all of them or none.
/// </summary>
public sealed class ExceptionsModel(GetBillRun runs, ListBillExceptions list, ResolveBillExceptions resolve, UtilityDbContext db,
    IStringLocalizer<SharedResource> t) : PageModel
{
    public const int PageSize = 50;

    public BillRunView Run { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public BillExceptionKind? Kind { get; set; }

    /// <summary>open (the queue, by default), resolved or all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public ResolveInput Input { get; set; } = new();

    public BillExceptionPage Queue { get; private set; } = new([], 0);

    /// <summary>The reads each bill of this page was calculated from, by bill.</summary>
    public ILookup<Guid, BillReadRow> Reads { get; private set; } = Array.Empty<BillReadRow>().ToLookup(r => r.BillId);

    public sealed class ResolveInput
    {
        [Display(Name = "Exceptions")]
        public List<Guid> ExceptionIds { get; set; } = [];

        [Display(Name = "What to do")]
        public BillExceptionResolution? Resolution { get; set; }

        [Display(Name = "Note")]
        [StringLength(BillExceptionItem.NoteMaxLength, ErrorMessage = "A note is at most {1} characters.")]
        public string? Note { get; set; }

        [Display(Name = "Gallons to bill")]
        [Range(0, long.MaxValue, ErrorMessage = "Estimated gallons cannot be negative.")]
        public long? EstimatedGallons { get; set; }
    }

    public BillExceptionStatus? StatusFilter => Status?.ToLowerInvariant() switch
    {
        "resolved" => BillExceptionStatus.Resolved,
        "all" => null,
        _ => BillExceptionStatus.Open,
    };

    public string StatusValue => StatusFilter switch
    {
        BillExceptionStatus.Resolved => "resolved",
        null => "all",
        _ => "open",
    };

    public bool HasMore => PageNumber * PageSize < Queue.Total;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (Input.ExceptionIds.Count == 0)
        {
            ModelState.AddModelError("Input.ExceptionIds", t["Choose at least one exception to resolve."]);
        }

        if (Input.Resolution is null)
        {
            ModelState.AddModelError("Input.Resolution", t["Choose what to do: accept, re-read, estimate or hold."]);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var actor = Actor.FromPrincipal(User);
                var estimate = Input.Resolution == BillExceptionResolution.Estimate ? Input.EstimatedGallons : null;
                var result = await resolve.HandleAsync(actor,
                    new ResolveBillExceptionsInput(Input.ExceptionIds, Input.Resolution!.Value, Input.Note, estimate), ct);
                TempData["StatusMessage"] = Outcome(Input.Resolution.Value, result);
                return Redirect(QueueUrl(id, PageNumber));
            }
            catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
            {
                // An exception that is not in this run (or no longer exists): the page shows the queue as it is now.
                ModelState.AddModelError("Input.ExceptionIds", t["One of the chosen exceptions no longer exists; nothing was changed."]);
            }
            catch (DomainException ex)
            {
                ModelState.AddDomainErrors(ex, t);
            }
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>This queue's address with its filters, on page <paramref name="page"/>.</summary>
    public string QueueUrl(Guid runId, int page)
    {
        var query = new List<string>();
        if (Kind is { } kind)
        {
            query.Add("kind=" + kind);
        }

        if (StatusValue != "open")
        {
            query.Add("status=" + StatusValue);
        }

        if (page > 1)
        {
            query.Add("p=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return $"/Billing/Runs/{runId:D}/Exceptions" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
    }

    private string Outcome(BillExceptionResolution resolution, ResolveBillExceptionsResult result)
    {
        var resolved = result.Resolved.ToString("N0", CultureInfo.CurrentCulture);
        return resolution switch
        {
            BillExceptionResolution.ReRead => t["Resolved {0} exceptions: {1} re-read requests made; those bills are held until they are recalculated.",
                resolved, result.ReReadRequests.Count.ToString("N0", CultureInfo.CurrentCulture)].Value,
            BillExceptionResolution.Estimate => t["Resolved {0} exceptions: {1} bills repriced on the estimate.",
                resolved, result.RepricedBills.Count.ToString("N0", CultureInfo.CurrentCulture)].Value,
            BillExceptionResolution.Hold => t["Resolved {0} exceptions: {1} bills held out of the run.",
                resolved, result.HeldBills.Count.ToString("N0", CultureInfo.CurrentCulture)].Value,
            _ => t["Resolved {0} exceptions: the bills stand as calculated.", resolved].Value,
        };
    }

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

        PageNumber = Math.Max(1, PageNumber);
        Queue = await list.HandleAsync(actor, new ListBillExceptionsInput(id, StatusFilter, Kind, Skip: (PageNumber - 1) * PageSize, Take: PageSize), ct);
        var bills = Queue.Items.Select(e => e.BillId).Distinct().ToList();
        var reads = await db.BillReads.AsNoTracking()
            .Where(r => bills.Contains(r.BillId))
            .Select(r => new BillReadRow(r.BillId, r.MeterSerial, r.OpeningAt, r.OpeningRegister, r.ClosingAt, r.ClosingRegister, r.Gallons, r.Kind))
            .ToListAsync(ct);
        Reads = reads.OrderBy(r => r.MeterSerial, StringComparer.Ordinal).ToLookup(r => r.BillId);
        return true;
    }
}

/// <summary>One meter's opening and closing read on a bill of the queue.</summary>
public sealed record BillReadRow(Guid BillId, string MeterSerial, DateTimeOffset? OpeningAt, long? OpeningRegister, DateTimeOffset? ClosingAt,
    long? ClosingRegister, long Gallons, BillReadKind Kind);
