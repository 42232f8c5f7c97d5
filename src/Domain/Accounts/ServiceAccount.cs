namespace UtilityPortal.Domain.Accounts;

/// <summary>Whether the account holder owns the premise or rents it; owner balances can become liens, tenant balances cannot.</summary>
public enum AccountRole
{
    Owner = 1,
    Tenant = 2,
}

public enum AccountStatus
{
    Pending = 1,
    Active = 2,
    FinalBilled = 3,
    Closed = 4,
}

[Flags]
public enum UtilityServices
{
    None = 0,
    Water = 1,
    Sewer = 2,
    Stormwater = 4,
    Refuse = 8,
    Reuse = 16,
}

/// <summary>A customer's service at a premise. A premise keeps the history of its accounts as tenants come and go.</summary>
public sealed class ServiceAccount
{
    public const int BillingCycles = 20;

    private ServiceAccount()
    {
    }

    public ServiceAccount(AccountNumber number, Guid customerId, Guid premiseId, AccountRole role, int billingCycle,
        UtilityServices services, DateOnly openedOn)
    {
        if (billingCycle is < 1 or > BillingCycles)
        {
            throw new DomainException(ErrorCodes.Invalid, $"Billing cycles run from 1 to {BillingCycles}.", nameof(billingCycle));
        }

        if (services == UtilityServices.None)
        {
            throw new DomainException(ErrorCodes.Invalid, "An account subscribes to at least one service.", nameof(services));
        }

        Id = Guid.CreateVersion7();
        Number = number;
        CustomerId = customerId;
        PremiseId = premiseId;
        Role = role;
        BillingCycle = billingCycle;
        Services = services;
        OpenedOn = openedOn;
        Status = AccountStatus.Pending;
    }

    public Guid Id { get; private set; }

    public AccountNumber Number { get; private set; }

    public Guid CustomerId { get; private set; }

    public Customer? Customer { get; private set; }

    public Guid PremiseId { get; private set; }

    public Premise? Premise { get; private set; }

    public AccountRole Role { get; private set; }

    public AccountStatus Status { get; private set; }

    public int BillingCycle { get; private set; }

    public UtilityServices Services { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Since when the customer takes an e-mailed bill notice instead of paper; null means paper bills.</summary>
    public DateTimeOffset? PaperlessSince { get; private set; }

    public bool IsPaperless => PaperlessSince is not null;

    /// <summary>Paper or e-mail bill notices; returns whether anything changed. Bills posted before the switch are never e-mailed.</summary>
    public bool ChooseBillDelivery(bool paperless, DateTimeOffset at)
    {
        if (paperless == IsPaperless)
        {
            return false;
        }

        PaperlessSince = paperless ? at : null;
        return true;
    }

    public void Activate()
    {
        if (Status != AccountStatus.Pending)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a pending account can be activated; this one is {Status}.");
        }

        Status = AccountStatus.Active;
    }

    /// <summary>A start withdrawn before the water was turned on: the pending account closes without ever having had service.</summary>
    public void Withdraw()
    {
        if (Status != AccountStatus.Pending)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a pending account can be withdrawn; this one is {Status}.");
        }

        Status = AccountStatus.Closed;
        ClosedOn = OpenedOn;
    }

    public void MarkFinalBilled(DateOnly closedOn)
    {
        if (Status != AccountStatus.Active)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only an active account can be final-billed; this one is {Status}.");
        }

        if (closedOn < OpenedOn)
        {
            throw new DomainException(ErrorCodes.Invalid, "Service cannot stop before it started.", nameof(closedOn));
        }

        Status = AccountStatus.FinalBilled;
        ClosedOn = closedOn;
    }

    public void Close()
    {
        if (Status != AccountStatus.FinalBilled)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Only a final-billed account can be closed; this one is {Status}.");
        }

        Status = AccountStatus.Closed;
    }
}
