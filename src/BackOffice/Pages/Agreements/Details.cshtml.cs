using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Agreements;

namespace UtilityPortal.BackOffice.Pages.Agreements;

/// <summary>
/// One payment agreement for staff: status, schedule with what is paid, terms and who accepted it; a draft's counter
/// signature and cancelling with a reason. Every rule is the use cases'.
/// </summary>
public sealed class DetailsModel(GetPaymentAgreement get, RecordCounterSignature sign, CancelPaymentAgreement cancel, IStringLocalizer<SharedResource> t)
    : StaffStepPageModel(t)
{
    [FromRoute]
    public Guid Id { get; set; }

    /// <summary>Named like the use cases' inputs, so a DomainError's field lands next to its box.</summary>
    [BindProperty]
    [Display(Name = "Name of the person who signed")]
    public string? SignerName { get; set; }

    [BindProperty]
    [Display(Name = "Reason for cancelling")]
    public string? Reason { get; set; }

    public AgreementDetails Agreement { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostSignAsync(CancellationToken ct) =>
        ActAsync(actor => sign.HandleAsync(actor, new RecordCounterSignatureInput(Id, SignerName), ct),
            "The counter signature is recorded; the agreement is active.", Here, ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) =>
        ActAsync(actor => cancel.HandleAsync(actor, new CancelPaymentAgreementInput(Id, Reason), ct), "The agreement is cancelled.", Here, ct);

    private string Here => $"/Agreements/{Id:D}";

    protected override async Task LoadAsync(CancellationToken ct) => Agreement = await get.HandleAsync(Actor.FromPrincipal(User), Id, ct);
}
