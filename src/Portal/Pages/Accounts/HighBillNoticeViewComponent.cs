using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.Portal.Pages.Accounts;

/// <summary>
/// The latest high-bill notice of an account, on its dashboard, in the reader's language. It takes the
/// <see cref="AccountOverview"/> the dashboard already loaded — which GetAccountOverview only returns after checking
/// the resident is linked to the account — so it reads nothing about an account the reader may not see.
/// </summary>
public sealed class HighBillNoticeViewComponent(UtilityDbContext db, TimeProvider clock) : ViewComponent
{
    /// <summary>A notice stays on the dashboard this long: through the bill it warned of and its due date.</summary>
    public static readonly TimeSpan ShownFor = TimeSpan.FromDays(45);

    public async Task<IViewComponentResult> InvokeAsync(AccountOverview account)
    {
        var since = clock.GetUtcNow() - ShownFor;
        var notice = await db.HighBillPortalNotices.AsNoTracking()
            .Where(n => n.ServiceAccountId == account.Id && n.CreatedAt >= since)
            .OrderByDescending(n => n.CreatedAt)
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (notice is null)
        {
            return Content(string.Empty);
        }

        var wording = HighBillWording.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        return View("~/Pages/Accounts/_HighBillNotice.cshtml", new HighBillNoticeView(wording, notice.Facts(account.Number)));
    }
}

public sealed record HighBillNoticeView(HighBillWording Wording, HighBillFacts Facts);
