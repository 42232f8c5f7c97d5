using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Deposits;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <param name="ToPremise">The new service street address or parcel id.</param>
/// <param name="ForwardingAddress">Where the old account's final bill goes; empty: the new premise.</param>
public sealed record TransferServiceInput(string? FromAccountNumber, string? ToPremise, DateOnly? MoveDate, AccountRole Role = AccountRole.Tenant,
    bool DepositAccepted = false, AddressInput? ForwardingAddress = null, string? DepositWaiverReason = null);

/// <summary>
/// A customer moves: on the move day the old account is turned off and final-billed, and a new pending account for
/// the same customer is turned on at the new premise. Both orders go to the field at once; each part completes when
/// its crew closes its order. Refused: what a stop refuses, what a start refuses, and a move to the same premise.
/// </summary>
public sealed class RequestTransferService(UtilityDbContext db, AccountAccess access, FileServiceRequest files, HoldPaidDeposits hold, TimeProvider clock)
{
    public async Task<ServiceChangeView> HandleAsync(Actor actor, TransferServiceInput input, CancellationToken ct = default)
    {
        // The account first: a resident naming someone else's account learns nothing, not even what else is wrong.
        var from = await LifecycleRules.RequireStoppableAsync(db, access, actor, input.FromAccountNumber, nameof(input.FromAccountNumber), ct);
        var moveOn = LifecycleRules.RequireDate(input.MoveDate, BillingTime.Today(clock), nameof(input.MoveDate));
        var waiver = LifecycleRules.RequireWaiver(actor, input.DepositWaiverReason);
        if (waiver is null && !input.DepositAccepted)
        {
            throw new DomainException(ErrorCodes.Invalid, "Agree to the deposit for the new account.", nameof(input.DepositAccepted));
        }

        var premise = await LifecycleRules.ResolvePremiseAsync(db, input.ToPremise, nameof(input.ToPremise), ct);
        if (premise.Id == from.PremiseId)
        {
            throw new DomainException(ErrorCodes.Invalid, "Service already runs at this premise; a transfer moves it to another one.", nameof(input.ToPremise));
        }

        await LifecycleRules.RequireNoServiceAsync(db, premise, nameof(input.ToPremise), ct);
        if (moveOn < from.OpenedOn)
        {
            throw new DomainException(ErrorCodes.Invalid, "Service cannot stop before it started.", nameof(input.MoveDate));
        }

        var forwarding = input.ForwardingAddress is null || input.ForwardingAddress.IsBlank
            ? premise.ServiceAddress
            : RequestStopService.RequireForwarding(input.ForwardingAddress);
        await hold.ForAccountsAsync([from.Id], ct);
        var customer = await db.Customers.FindAsync([from.CustomerId], ct) ?? throw DomainException.NotFound("Customer");
        var now = clock.GetUtcNow();
        var to = await PendingAccounts.AddAsync(db, customer, premise, input.Role, moveOn, ct);
        var change = ServiceChange.Transfer(customer.Id, from.Id, premise.Id, to.Id, moveOn, forwarding, waiver, now, actor.Name);
        db.ServiceChanges.Add(change);
        if (!actor.IsStaff)
        {
            db.AccountLinks.Add(new AccountLink(actor.UserId, to.Id, now));
        }

        // The resident follows the change as a service request, and hears when the crew has been.
        var request = await files.AddAsync(actor, new FileServiceRequestInput(ServiceRequestType.TransferService, from.Number.Value, null, Describe(change)), ct);
        change.LinkServiceRequest(request.Id);
        await FieldOrders.DispatchAsync(db, change, request, now, actor.Name, ct);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "ServiceTransferRequested", nameof(ServiceChange), change.Id.ToString(), "State", null,
            $"Move account {from.Number} to {premise.ServiceAddress.Line1} (account {to.Number}) on {moveOn:yyyy-MM-dd}"));
        await LifecycleSave.SaveAsync(db, ct);
        return await ServiceChangeQueries.ViewAsync(db, change.Id, ct);
    }

    private static string Describe(ServiceChange change) => $"{ServiceChangeText.Kind(change.Kind)} on {change.RequestedDate:yyyy-MM-dd}";
}
