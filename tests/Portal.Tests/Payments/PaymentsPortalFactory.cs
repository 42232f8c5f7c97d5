using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Checkout;
using UtilityPortal.Portal.Tests.Support;

namespace UtilityPortal.Portal.Tests.Payments;

/// <summary>The Portal (sandbox gateway unless a subclass sets Stripe keys) at http://localhost, the address checkouts return to.</summary>
public class PaymentsPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Payments:PortalUrl"] = "http://localhost";
            return settings;
        }
    }

    /// <summary>A checkout started by a resident through the use case (as the Pay page or the API would).</summary>
    public async Task<CheckoutStarted> StartCheckoutAsync(string userId, params (string Number, decimal Amount)[] lines)
    {
        await using var scope = Services.CreateAsyncScope();
        var actor = new Actor(userId, userId, false, new HashSet<string>([PublicRoles.Resident], StringComparer.Ordinal));
        return await scope.ServiceProvider.GetRequiredService<CreateCheckout>().HandleAsync(actor,
            new CheckoutInput([.. lines.Select(l => new CheckoutLineInput(l.Number, l.Amount))], new Uri("/Pay/Done", UriKind.Relative),
                new Uri("/Pay/Cancelled", UriKind.Relative)));
    }

    public Task<string> UserIdAsync(string email)
    {
        var normalized = email.ToUpperInvariant();
        return WithDbAsync(db => db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync());
    }
}
