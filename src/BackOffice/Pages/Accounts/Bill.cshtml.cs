using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Agreements;

namespace UtilityPortal.BackOffice.Pages.Accounts;

/// <summary>One ledger entry a bill made: its charge, a final bill's deposit application, and their reversals when it was cancelled.</summary>
public sealed record BillLedgerEntry(DateOnly EffectiveOn, EntryKind Kind, string Description, Money Amount, Money DepositAmount, string PostedBy);

/// <summary>
/// The staff view of one bill: lines by service and tier, reads, review exceptions and how they were resolved, what it
/// posted to the ledger, the schedule that priced it, and the bill's actions (issue a draft, recalculate or release a
/// held bill, cancel and rebill a posted one).
/// </summary>
public sealed class BillModel(GetBill getBill, IssueBill issue, RecalculateBill recalculate, ReleaseBill release, CancelRebill cancelRebill,
    UtilityDbContext db, AgreementInstallmentsDue installments, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public CancelInput Input { get; set; } = new();

    public string Number { get; private set; } = string.Empty;

    public BillDetails Bill { get; private set; } = null!;

    public IReadOnlyList<BillLedgerEntry> LedgerEffect { get; private set; } = [];

    /// <summary>The payment agreement installments due by this bill's due date and not yet paid, as the Portal statement shows them; null when none.</summary>
    public AgreementInstallmentsOnBill? Installments { get; private set; }

    public sealed class CancelInput
    {
        [Display(Name = "Why the bill is cancelled")]
        public string? Reason { get; set; }
    }

    public static string PathOf(string number, Guid billId) => $"/Accounts/{Uri.EscapeDataString(number)}/Bills/{billId:D}";

    /// <summary>The English words (resource keys) for a bill's kind, status and read and review terms.</summary>
    public static string KindText(BillKind kind) => kind switch
    {
        BillKind.Cycle => "Cycle bill",
        BillKind.Initial => "Initial bill",
        BillKind.Final => "Final bill",
        BillKind.OffCycle => "Off-cycle bill",
        BillKind.Deposit => "Deposit bill",
        _ => kind.ToString(),
    };

    public static string StatusText(BillStatus status) => status switch
    {
        BillStatus.Draft => "Draft",
        BillStatus.Held => "Held",
        BillStatus.Approved => "Approved",
        BillStatus.Posted => "Posted",
        BillStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string ExceptionText(BillExceptionKind kind) => kind switch
    {
        BillExceptionKind.High => "High use",
        BillExceptionKind.Low => "Low use",
        BillExceptionKind.Zero => "No use",
        BillExceptionKind.Negative => "Register went backwards",
        BillExceptionKind.Rollover => "Register rolled over",
        BillExceptionKind.MissingRead => "Missing read",
        BillExceptionKind.MeterChanged => "Meter changed",
        _ => kind.ToString(),
    };

    public static string ResolutionText(BillExceptionResolution resolution) => resolution switch
    {
        BillExceptionResolution.Accept => "Accepted as calculated",
        BillExceptionResolution.ReRead => "Re-read requested",
        BillExceptionResolution.Estimate => "Billed on an estimate",
        BillExceptionResolution.Hold => "Held",
        _ => resolution.ToString(),
    };

    public static string SourceText(Domain.Meters.ReadSource source) => source switch
    {
        Domain.Meters.ReadSource.Amr => "AMR",
        Domain.Meters.ReadSource.Manual => "Manual",
        Domain.Meters.ReadSource.Estimated => "Estimated",
        _ => source.ToString(),
    };

    public async Task<IActionResult> OnGetAsync(string number, Guid id, CancellationToken ct) =>
        await LoadAsync(number, id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostIssueAsync(string number, Guid id, CancellationToken ct) =>
        ActAsync(number, id, async actor =>
        {
            await issue.HandleAsync(actor, new IssueBillInput(id), ct);
            return (id, t["The bill was issued and charged to the account."].Value);
        }, ct);

    public Task<IActionResult> OnPostRecalculateAsync(string number, Guid id, CancellationToken ct) =>
        ActAsync(number, id, async actor =>
        {
            var bill = await recalculate.HandleAsync(actor, new RecalculateBillInput(id), ct);
            return (id, t["The bill was recalculated from the reads as they are now; it is a draft with {0} open exception(s).", bill.OpenExceptions].Value);
        }, ct);

    public Task<IActionResult> OnPostReleaseAsync(string number, Guid id, CancellationToken ct) =>
        ActAsync(number, id, async actor =>
        {
            await release.HandleAsync(actor, new ReleaseBillInput(id), ct);
            return (id, t["The bill was released and is a draft again."].Value);
        }, ct);

    public Task<IActionResult> OnPostCancelAsync(string number, Guid id, CancellationToken ct) =>
        ActAsync(number, id, async actor =>
        {
            var result = await cancelRebill.HandleAsync(actor, new CancelRebillInput(id, Input.Reason), ct);
            return (result.Replacement.Id, t["The bill was cancelled and its charge reversed. This replacement is a draft: check it, then issue it."].Value);
        }, ct);

    /// <summary>Runs a bill action; a refusal is shown on this bill's page and nothing is written, a success redirects (post-redirect-get).</summary>
    private async Task<IActionResult> ActAsync(string number, Guid id, Func<Actor, Task<(Guid BillId, string Message)>> action, CancellationToken ct)
    {
        if (!await LoadAsync(number, id, ct))
        {
            return NotFound();
        }

        try
        {
            var (billId, message) = await action(Actor.FromPrincipal(User));
            TempData["StatusMessage"] = message;
            return Redirect(PathOf(Number, billId));
        }
        catch (DomainException ex) when (!ex.IsNotFound())
        {
            ModelState.AddDomainErrors(ex, t);
            db.ChangeTracker.Clear();
            await LoadAsync(number, id, ct);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(string number, Guid id, CancellationToken ct)
    {
        try
        {
            Bill = await getBill.HandleAsync(Actor.FromPrincipal(User), id, ct);
        }
        catch (DomainException ex) when (ex.IsNotFound())
        {
            return false;
        }

        // A bill is shown under its own account's number only.
        if (!string.Equals(Bill.Summary.AccountNumber, number, StringComparison.Ordinal))
        {
            return false;
        }

        Number = Bill.Summary.AccountNumber;
        string[] keys = [Domain.Billing.Bill.LedgerKeyOf(id), Domain.Billing.Bill.DepositKeyOf(id), Domain.Billing.Bill.ReversalKeyOf(id),
            Domain.Billing.Bill.DepositReversalKeyOf(id)];
        var entries = await db.JournalEntries.AsNoTracking().Where(e => keys.Contains(e.IdempotencyKey)).ToListAsync(ct);
        LedgerEffect = entries.OrderBy(e => e.PostedAt).ThenBy(e => e.Id)
            .Select(e => new BillLedgerEntry(e.EffectiveOn, e.Kind, e.Description, e.Amount, e.DepositAmount, e.PostedBy)).ToList();
        Installments = Bill.Summary.DueOn is { } dueOn ? await installments.ForBillAsync(Bill.Summary.ServiceAccountId, dueOn, ct) : null;
        return true;
    }
}
