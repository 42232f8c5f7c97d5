using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Notifications;

namespace UtilityPortal.BackOffice.Pages.Messages;

/// <summary>
/// Outgoing messages: everything the outbox holds, newest first, filtered by status and channel. Without Twilio keys
/// texts are kept here ("offline") instead of sent, so staff can read what would have gone out.
/// </summary>
public sealed class IndexModel(UtilityDbContext db, IOptions<QuietHoursOptions> quietHours) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public OutboxStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public OutboxChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<OutgoingMessageRow> Rows { get; private set; } = [];

    public bool HasMore { get; private set; }

    public TimeZoneInfo UtilityZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(quietHours.Value.TimeZone);

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Max(1, PageNumber);
        var query = db.OutboxMessages.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        if (Channel is { } channel)
        {
            query = query.Where(m => m.Channel == channel);
        }

        var rows = await query
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(m => new OutgoingMessageRow(m.Id, m.CreatedAt, m.Channel, m.Recipient, m.Subject, m.Purpose, m.Language, m.Status, m.Attempts,
                m.NextAttemptAt, m.Provider))
            .ToListAsync(ct);
        HasMore = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }

    public string Time(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, UtilityZone).ToString("g", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>The query string of this list with one value changed, for the paging links.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string> { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (Status is { } status)
        {
            values["status"] = status.ToString();
        }

        if (Channel is { } channel)
        {
            values["channel"] = channel.ToString();
        }

        return values;
    }
}

public sealed record OutgoingMessageRow(Guid Id, DateTimeOffset CreatedAt, OutboxChannel Channel, string Recipient, string? Subject, string Purpose,
    string Language, OutboxStatus Status, int Attempts, DateTimeOffset NextAttemptAt, string? Provider)
{
    public bool KeptOffline => Provider == OfflineSmsSender.ProviderName;
}
