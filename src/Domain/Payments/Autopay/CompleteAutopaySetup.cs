using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Domain.Payments.Autopay;

/// <summary>
/// The gateway saved the resident's card or bank account (Stripe's webhook, or the sandbox's demo page): the enrolment
/// becomes active and bills falling due from today are charged. A repeated report changes nothing; a session we do not
/// know is logged and ignored, so the gateway stops retrying it.
/// </summary>
public sealed partial class CompleteAutopaySetup(UtilityDbContext db, TimeProvider clock, ILogger<CompleteAutopaySetup> log) : IAutopaySetupCompletion
{
    public async Task CompleteAsync(string setupSessionId, string? customerReference, string? paymentMethodReference, CancellationToken ct = default)
    {
        var enrollment = await db.AutopayEnrollments.SingleOrDefaultAsync(e => e.SetupSessionId == setupSessionId, ct);
        if (enrollment is null)
        {
            LogUnknownSession(log, setupSessionId);
            return;
        }

        if (enrollment.Status == AutopayStatus.Cancelled)
        {
            // The resident turned autopay off (or enrolled again) before the gateway reported back: leave it off.
            return;
        }

        var now = clock.GetUtcNow();
        if (!enrollment.Activate(customerReference ?? string.Empty, paymentMethodReference ?? string.Empty, now, BillingTime.Today(clock)))
        {
            return;
        }

        db.AuditEntries.Add(new AuditEntry(now, enrollment.EnrolledBy, "AutopayEnrolled", nameof(AutopayEnrollment), enrollment.Id.ToString(),
            nameof(AutopayEnrollment.Method), null, enrollment.Method.ToString()));
        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Autopay setup session {SessionId} is not ours; ignored")]
    private static partial void LogUnknownSession(ILogger logger, string sessionId);
}
