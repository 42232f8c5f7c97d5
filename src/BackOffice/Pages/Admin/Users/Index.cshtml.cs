using Microsoft.AspNetCore.Mvc.RazorPages;

namespace UtilityPortal.BackOffice.Pages.Admin.Users;

public sealed class IndexModel(StaffAdministration staff) : PageModel
{
    public IReadOnlyList<StaffUserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await staff.ListAsync(ct);
}
