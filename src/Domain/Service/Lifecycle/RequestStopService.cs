using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Deposits;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <param name="ForwardingAddress">Where the final bill and any refund check go.</param>
public sealed record StopServiceInput(string? AccountNumber, DateOnly? StopDate, AddressInput? ForwardingAddress);

/// <summary>
/// A customer (a resident for a linked account, or staff for any) asks for service to stop on a day: a turn-off order
/// goes to the field, and the final bill follows when the crew closes it with the final read. Refused: an account
/// that is not active (pending, final-billed, closed), one with a start, stop or transfer already under way, a date
/// in the past or before service started, a missing forwarding address.
/// </summary>
public sealed class RequestStopService(UtilityDbContext db, AccountAccess access, FileServiceRequest files, HoldPaidDeposits hold, TimeProvider clock)
{
    public async Task<ServiceChangeView> HandleAsync(Actor actor, StopServiceInput input, CancellationToken ct = default)
    {
        // The account first: a resident naming someone else's account learns nothing, not even what else is wrong.
        var account = await LifecycleRules.RequireStoppableAsync(db, access, actor, input.AccountNumber, nameof(input.AccountNumber), ct);
        var stopOn = LifecycleRules.RequireDate(input.StopDate, BillingTime.Today(clock), nameof(input.StopDate));
        var forwarding = RequireForwarding(input.ForwardingAddress);
        if (stopOn < account.OpenedOn)
        {
            throw new DomainException(ErrorCodes.Invalid, "Service cannot stop before it started.", nameof(input.StopDate));
        }

        // A deposit paid since the last sweep is held now, so the final bill applies it as a deposit.
        await hold.ForAccountsAsync([account.Id], ct);
        var now = clock.GetUtcNow();
        var change = ServiceChange.Stop(account.CustomerId, account.Id, stopOn, forwarding, now, actor.Name);
        db.ServiceChanges.Add(change);
        // The resident follows the change as a service request, and hears when the crew has been.
        var request = await files.AddAsync(actor, new FileServiceRequestInput(ServiceRequestType.StopService, account.Number.Value, null, Describe(change)), ct);
        change.LinkServiceRequest(request.Id);
        await FieldOrders.DispatchAsync(db, change, request, now, actor.Name, ct);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "ServiceStopRequested", nameof(ServiceChange), change.Id.ToString(), "State", null,
            $"Stop account {account.Number} on {stopOn:yyyy-MM-dd}; forwarding {forwarding}"));
        await LifecycleSave.SaveAsync(db, ct);
        return await ServiceChangeQueries.ViewAsync(db, change.Id, ct);
    }

    internal static PostalAddress RequireForwarding(AddressInput? address)
    {
        if (address is null || address.IsBlank)
        {
            throw new DomainException(ErrorCodes.Invalid, "Enter the address where the final bill should go.", "ForwardingAddress.Line1");
        }

        return address.ToAddress("ForwardingAddress.");
    }

    private static string Describe(ServiceChange change) => $"{ServiceChangeText.Kind(change.Kind)} on {change.RequestedDate:yyyy-MM-dd}";
}
