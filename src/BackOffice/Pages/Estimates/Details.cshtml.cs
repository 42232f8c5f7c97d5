using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Pages.Estimates;

/// <summary>
/// The estimate worksheet: the request, the lines the schedule computes, extra lines with reasons, and the actions its
/// status allows (start review, issue, revise, convert). Every rule is the use cases'.
/// </summary>
public sealed class DetailsModel(
    GetEstimate get,
    StartEstimateReview start,
    AddEstimateLine add,
    RemoveEstimateLine remove,
    IssueEstimate issue,
    ReviseEstimate revise,
    ConvertEstimate convert,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>Named like AddEstimateLineInput, so a DomainError's field lands next to its box.</summary>
    [BindProperty]
    public LineInput Input { get; set; } = new();

    [BindProperty]
    [Display(Name = "Reason for the revision")]
    public string? Reason { get; set; }

    public EstimateDetails Details { get; private set; } = null!;

    public sealed class LineInput
    {
        [Display(Name = "Description")]
        public string? Description { get; set; }

        [Display(Name = "Amount")]
        public decimal? Amount { get; set; }

        [Display(Name = "Reason")]
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostStartAsync(CancellationToken ct) =>
        ActAsync(t["The estimate is in review."], actor => start.HandleAsync(actor, Id, ct), string.Empty, ct);

    public Task<IActionResult> OnPostAddLineAsync(CancellationToken ct) =>
        ActAsync(t["The line is added to the worksheet."],
            actor => add.HandleAsync(actor, new AddEstimateLineInput(Id, Input.Description, Input.Amount ?? 0m, Input.Reason), ct), "Input.", ct);

    public Task<IActionResult> OnPostRemoveLineAsync(int sequence, CancellationToken ct) =>
        ActAsync(t["The line is removed from the worksheet."], actor => remove.HandleAsync(actor, Id, sequence, ct), string.Empty, ct);

    public Task<IActionResult> OnPostIssueAsync(CancellationToken ct) =>
        ActAsync(t["The estimate is issued."], actor => issue.HandleAsync(actor, Id, ct), string.Empty, ct);

    public Task<IActionResult> OnPostReviseAsync(CancellationToken ct) =>
        ActAsync(t["The estimate is open for revision; issue it again when ready."], actor => revise.HandleAsync(actor, Id, Reason, ct), string.Empty, ct);

    public Task<IActionResult> OnPostConvertAsync(CancellationToken ct) =>
        ActAsync(t["The estimate is converted into a water service agreement."], actor => convert.HandleAsync(actor, Id, ct), string.Empty, ct);

    private async Task<IActionResult> ActAsync(string done, Func<Actor, Task<ContractorEstimate>> action, string prefix, CancellationToken ct)
    {
        try
        {
            await action(Actor.FromPrincipal(User));
            TempData["StatusMessage"] = done;
            return RedirectToPage(new { id = Id });
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.Forbidden)
        {
            return Forbid();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainErrors(ex, t, prefix);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Details = await get.HandleAsync(Actor.FromPrincipal(User), Id, ct);
            return true;
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return false;
        }
    }
}
