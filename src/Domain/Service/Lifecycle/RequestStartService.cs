using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <param name="Premise">The service street address (as on a bill) or the parcel id.</param>
/// <param name="CustomerAccountNumber">Staff: any account of the customer who starts service (empty: a new customer).</param>
/// <param name="NewCustomerName">The name of a new customer (a resident with no linked account, or staff for a newcomer).</param>
/// <param name="DepositAccepted">The customer agrees to the deposit bill sent when service starts.</param>
/// <param name="DepositWaiverReason">A Supervisor's reason to open the account without a deposit.</param>
public sealed record StartServiceInput(string? Premise, DateOnly? StartDate, AccountRole Role = AccountRole.Tenant, bool DepositAccepted = false,
    string? CustomerAccountNumber = null, string? NewCustomerName = null, string? DepositWaiverReason = null);

/// <summary>
/// A customer asks for water at a premise from a day on: a pending account is made for them (linked to the resident who
/// asked), and a turn-on order goes to the field. The account opens when the crew closes that order. Refused: a date in
/// the past, a premise with an active or pending account, an unknown premise, a deposit not agreed to, a waiver by
/// anyone but a Supervisor. One save: the account, the change, the order and the audit entry together.
/// </summary>
public sealed class RequestStartService(UtilityDbContext db, AccountAccess access, FileServiceRequest files, TimeProvider clock)
{
    public async Task<ServiceChangeView> HandleAsync(Actor actor, StartServiceInput input, CancellationToken ct = default)
    {
        var today = BillingTime.Today(clock);
        var startOn = LifecycleRules.RequireDate(input.StartDate, today, nameof(input.StartDate));
        var waiver = LifecycleRules.RequireWaiver(actor, input.DepositWaiverReason);
        if (waiver is null && !input.DepositAccepted)
        {
            throw new DomainException(ErrorCodes.Invalid, "Agree to the deposit to start service.", nameof(input.DepositAccepted));
        }

        if (!Enum.IsDefined(input.Role))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say whether the customer owns or rents the premise.", nameof(input.Role));
        }

        var premise = await LifecycleRules.RequireStartablePremiseAsync(db, input.Premise, nameof(input.Premise), ct);
        var customer = await CustomerAsync(actor, input, premise, ct);
        var now = clock.GetUtcNow();
        var account = await PendingAccounts.AddAsync(db, customer, premise, input.Role, startOn, ct);
        var change = ServiceChange.Start(customer.Id, premise.Id, account.Id, startOn, waiver, now, actor.Name);
        db.ServiceChanges.Add(change);
        if (!actor.IsStaff)
        {
            db.AccountLinks.Add(new AccountLink(actor.UserId, account.Id, now));
        }

        // The resident follows the change as a service request, and hears when the crew has been.
        var request = await files.AddAsync(actor, new FileServiceRequestInput(ServiceRequestType.StartService, null, premise.Id, Describe(change)), ct);
        change.LinkServiceRequest(request.Id);
        await FieldOrders.DispatchAsync(db, change, request, now, actor.Name, ct);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, "ServiceStartRequested", nameof(ServiceChange), change.Id.ToString(), "State", null,
            $"Start at {premise.ServiceAddress.Line1} on {startOn:yyyy-MM-dd}, account {account.Number}{(waiver is null ? string.Empty : $", deposit waived: {waiver}")}"));
        await LifecycleSave.SaveAsync(db, ct);
        return await ServiceChangeQueries.ViewAsync(db, change.Id, ct);
    }

    private async Task<Customer> CustomerAsync(Actor actor, StartServiceInput input, Premise premise, CancellationToken ct)
    {
        Guid? customerId = null;
        if (actor.IsStaff && !string.IsNullOrWhiteSpace(input.CustomerAccountNumber))
        {
            var accountId = await access.RequireAccountAsync(actor, input.CustomerAccountNumber, ct);
            customerId = await db.ServiceAccounts.Where(a => a.Id == accountId).Select(a => a.CustomerId).SingleAsync(ct);
        }
        else if (!actor.IsStaff)
        {
            customerId = await LifecycleRules.ResidentCustomerAsync(db, actor, ct);
        }

        if (customerId is { } id)
        {
            return await db.Customers.SingleAsync(c => c.Id == id, ct);
        }

        if (string.IsNullOrWhiteSpace(input.NewCustomerName))
        {
            throw new DomainException(ErrorCodes.Invalid, actor.IsStaff
                ? "Enter an account number of the customer, or the name of a new customer."
                : "Enter the name the account will be in.", actor.IsStaff ? nameof(input.CustomerAccountNumber) : nameof(input.NewCustomerName));
        }

        // A newcomer's bills go to the premise until they tell us otherwise.
        var customer = new Customer(CustomerKind.Person, input.NewCustomerName, premise.ServiceAddress);
        db.Customers.Add(customer);
        return customer;
    }

    private static string Describe(ServiceChange change) => $"{ServiceChangeText.Kind(change.Kind)} on {change.RequestedDate:yyyy-MM-dd}";
}
