using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.BackOffice.Pages.Messages;

/// <summary>One outgoing message as the customer receives (or would receive) it, with its delivery history.</summary>
public sealed class DetailsModel(UtilityDbContext db, IOptions<QuietHoursOptions> quietHours) : PageModel
{
    public OutboxMessage Message { get; private set; } = null!;

    public string? AccountNumber { get; private set; }

    public TimeZoneInfo UtilityZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(quietHours.Value.TimeZone);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var message = await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return NotFound();
        }

        Message = message;
        if (message.ServiceAccountId is { } accountId)
        {
            AccountNumber = await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Number.Value).SingleOrDefaultAsync(ct);
        }

        return Page();
    }

    public string Time(DateTimeOffset? at) => at is { } value ? TimeZoneInfo.ConvertTime(value, UtilityZone).ToString("g", System.Globalization.CultureInfo.CurrentCulture) : "–";
}
