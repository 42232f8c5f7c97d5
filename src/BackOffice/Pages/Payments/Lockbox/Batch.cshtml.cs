using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Lockbox;

namespace UtilityPortal.BackOffice.Pages.Payments.Lockbox;

/// <summary>One imported lockbox file: its counts and the lines it put in suspense, with what became of them.</summary>
public sealed class BatchModel(LockboxBatches batches, ListSuspenseItems suspense) : PageModel
{
    public LockboxBatchView Batch { get; private set; } = null!;

    public IReadOnlyList<SuspenseItemView> Suspense { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        try
        {
            Batch = await batches.GetAsync(actor, id, ct);
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            return NotFound();
        }

        Suspense = await suspense.ListAsync(actor, new ListSuspenseItemsInput(Status: null, BatchId: id), ct);
        return Page();
    }
}
