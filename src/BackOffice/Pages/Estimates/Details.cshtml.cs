using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
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
    IStringLocalizer<SharedResource> t) : StaffStepPageModel(t)
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

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostStartAsync(CancellationToken ct) =>
        ActAsync(actor => start.HandleAsync(actor, Id, ct), "The estimate is in review.", Here, ct);

    public Task<IActionResult> OnPostAddLineAsync(CancellationToken ct) =>
        ActAsync(actor => add.HandleAsync(actor, new AddEstimateLineInput(Id, Input.Description, Input.Amount ?? 0m, Input.Reason), ct),
            "The line is added to the worksheet.", Here, ct, fieldPrefix: "Input.");

    public Task<IActionResult> OnPostRemoveLineAsync(int sequence, CancellationToken ct) =>
        ActAsync(actor => remove.HandleAsync(actor, Id, sequence, ct), "The line is removed from the worksheet.", Here, ct);

    public Task<IActionResult> OnPostIssueAsync(CancellationToken ct) =>
        ActAsync(actor => issue.HandleAsync(actor, Id, ct), "The estimate is issued.", Here, ct);

    public Task<IActionResult> OnPostReviseAsync(CancellationToken ct) =>
        ActAsync(actor => revise.HandleAsync(actor, Id, Reason, ct), "The estimate is open for revision; issue it again when ready.", Here, ct);

    public Task<IActionResult> OnPostConvertAsync(CancellationToken ct) =>
        ActAsync(actor => convert.HandleAsync(actor, Id, ct), "The estimate is converted into a water service agreement.", Here, ct);

    private string Here => $"/Estimates/{Id:D}";

    protected override async Task LoadAsync(CancellationToken ct) => Details = await get.HandleAsync(Actor.FromPrincipal(User), Id, ct);
}
