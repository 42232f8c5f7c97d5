using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <summary>The checks every start, stop and transfer makes before anything is written.</summary>
internal static class LifecycleRules
{
    /// <summary>How far ahead a customer may book a start or stop: a crew schedule, not a calendar.</summary>
    public const int MaxDaysAhead = 90;

    public static DateOnly RequireDate(DateOnly? date, DateOnly today, string field)
    {
        if (date is not { } day)
        {
            throw new DomainException(ErrorCodes.Invalid, "Enter the date.", field);
        }

        if (day < today)
        {
            throw new DomainException(ErrorCodes.Invalid, "The date cannot be in the past.", field);
        }

        if (day > today.AddDays(MaxDaysAhead))
        {
            throw new DomainException(ErrorCodes.Invalid, $"Choose a date within {MaxDaysAhead} days.", field);
        }

        return day;
    }

    /// <summary>A Supervisor (or Administrator) may waive the deposit of a new account; nobody else.</summary>
    public static string? RequireWaiver(Actor actor, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return null;
        }

        if (!actor.IsInRole(StaffRoles.Supervisor) && !actor.IsInRole(StaffRoles.Administrator))
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only a Supervisor may waive the deposit.", "depositWaiverReason");
        }

        return reason.Trim();
    }

    /// <summary>The account that stops: visible to the actor, active, and with no other start, stop or transfer under way.</summary>
    public static async Task<ServiceAccount> RequireStoppableAsync(UtilityDbContext db, AccountAccess access, Actor actor, string? accountNumber, string field,
        CancellationToken ct)
    {
        Guid accountId;
        try
        {
            accountId = await access.RequireAccountAsync(actor, accountNumber ?? string.Empty, ct);
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            throw new DomainException(ErrorCodes.NotFound, "Account not found.", field);
        }

        var account = await db.ServiceAccounts.SingleAsync(a => a.Id == accountId, ct);
        if (account.Status != AccountStatus.Active)
        {
            throw new DomainException(ErrorCodes.Conflict, account.Status == AccountStatus.Pending
                ? "Service at this account has not started yet; cancel the start instead."
                : $"Service at this account has already stopped (the account is {Describe(account.Status)}).", field);
        }

        if (await db.ServiceChanges.AnyAsync(c => c.State == ServiceChangeState.Requested && (c.FromAccountId == accountId || c.ToAccountId == accountId), ct))
        {
            throw new DomainException(ErrorCodes.Conflict, "A start, stop or transfer of this account is already under way.", field);
        }

        return account;
    }

    /// <summary>The premise by parcel id or service street address, where no account is active or about to open.</summary>
    public static async Task<Premise> RequireStartablePremiseAsync(UtilityDbContext db, string? premise, string field, CancellationToken ct)
    {
        var target = await ResolvePremiseAsync(db, premise, field, ct);
        await RequireNoServiceAsync(db, target, field, ct);
        return target;
    }

    public static async Task<Premise> ResolvePremiseAsync(UtilityDbContext db, string? premise, string field, CancellationToken ct)
    {
        var text = premise?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            throw new DomainException(ErrorCodes.Invalid, "Enter the service address or parcel id.", field);
        }

        var upper = text.ToUpperInvariant();
        // ToUpper() here is SQL UPPER() on every provider, not the current culture's rules: the analyzers' advice does not apply.
#pragma warning disable CA1304, CA1311, CA1862
        var found = await db.Premises.Where(p => p.ParcelId == text || p.ServiceAddress.Line1.ToUpper() == upper).Take(2).ToListAsync(ct);
#pragma warning restore CA1304, CA1311, CA1862
        return found.Count switch
        {
            0 => throw new DomainException(ErrorCodes.NotFound, "No premise has that address or parcel id. Check the street address as it appears on the bill.", field),
            > 1 => throw new DomainException(ErrorCodes.Invalid, "More than one premise has that address; enter the parcel id instead.", field),
            _ => found[0],
        };
    }

    public static async Task RequireNoServiceAsync(UtilityDbContext db, Premise premise, string field, CancellationToken ct)
    {
        if (await db.ServiceAccounts.AnyAsync(a => a.PremiseId == premise.Id && (a.Status == AccountStatus.Active || a.Status == AccountStatus.Pending), ct))
        {
            throw new DomainException(ErrorCodes.Conflict, "Service at this premise is already active or about to start; the current holder stops it first (or transfers).", field);
        }
    }

    /// <summary>The customer a resident acts for: the holder of the accounts linked to them.</summary>
    public static async Task<Guid?> ResidentCustomerAsync(UtilityDbContext db, Actor actor, CancellationToken ct) =>
        await db.AccountLinks.Where(l => l.UserId == actor.UserId)
            .Join(db.ServiceAccounts, l => l.ServiceAccountId, a => a.Id, (l, a) => new { l.LinkedAt, a.CustomerId })
            .OrderBy(x => x.LinkedAt).Select(x => (Guid?)x.CustomerId).FirstOrDefaultAsync(ct);

    public static string Describe(AccountStatus status) => status switch
    {
        AccountStatus.FinalBilled => "final-billed",
        _ => status.ToString().ToLowerInvariant(),
    };
}
