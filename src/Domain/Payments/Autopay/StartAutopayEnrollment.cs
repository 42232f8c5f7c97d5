using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Checkout;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Domain.Payments.Autopay;

/// <summary>What a resident asks for: save a card or bank account to pay this account's bills on their due dates.</summary>
public sealed record StartAutopayInput(string AccountNumber, Tender Method, Uri SuccessUrl, Uri CancelUrl);

/// <summary>Where to send the browser: the gateway's page for entering the card or bank account.</summary>
public sealed record AutopaySetupStarted(Guid EnrollmentId, Uri RedirectUrl);

/// <summary>
/// Starts an autopay enrolment: a pending enrolment row and a setup session on the gateway's hosted page (Stripe
/// Checkout in setup mode, or the sandbox's demo page). Nothing charges until the gateway reports the method saved
/// (<see cref="CompleteAutopaySetup"/>). An account with autopay already on is refused: cancel first to change it.
/// </summary>
public sealed class StartAutopayEnrollment(UtilityDbContext db, AccountAccess access, IPaymentGateway gateway, CheckoutUrls urls, TimeProvider clock)
{
    public async Task<AutopaySetupStarted> HandleAsync(Actor actor, StartAutopayInput input, CancellationToken ct = default)
    {
        var accountId = await access.RequireAccountAsync(actor, input.AccountNumber, ct);
        if (await db.AutopayEnrollments.AnyAsync(e => e.ServiceAccountId == accountId && e.Status == AutopayStatus.Active, ct))
        {
            throw new DomainException(ErrorCodes.Conflict, "Autopay is already on for this account. Turn it off first to use another card or bank account.");
        }

        // Return addresses stay on the Portal, as a checkout's do.
        var successUrl = urls.RequireLocal(input.SuccessUrl, "successUrl");
        var cancelUrl = urls.RequireLocal(input.CancelUrl, "cancelUrl");
        var enrollment = AutopayEnrollment.Start(accountId, input.Method, gateway.Name, actor.UserId, clock.GetUtcNow());
        var email = await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Customer!.Email).SingleAsync(ct);
        var setup = await gateway.StartSetupAsync(new SetupRequest(enrollment.Id, email, successUrl, cancelUrl), ct);
        enrollment.AttachSetupSession(setup.SessionId);
        db.AutopayEnrollments.Add(enrollment);
        await db.SaveChangesAsync(ct);
        return new AutopaySetupStarted(enrollment.Id, setup.RedirectUrl);
    }
}
