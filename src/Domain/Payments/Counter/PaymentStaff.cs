using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Payments.Counter;

/// <summary>The rules every staff payment action shares: who may act, amounts in whole cents, accounts named by number, the audit row.</summary>
internal static class PaymentStaff
{
    /// <summary>Refunds pay money out: Specialist II and above (a Specialist I is refused).</summary>
    public static readonly IReadOnlyList<string> RefundRoles = [StaffRoles.SpecialistII, StaffRoles.SpecialistIII, StaffRoles.Supervisor, StaffRoles.Administrator];

    /// <summary>Supervisors review every cashier's batches and may close one for a cashier who left.</summary>
    public static readonly IReadOnlyList<string> SupervisorRoles = [StaffRoles.Supervisor, StaffRoles.Administrator];

    public static void Require(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Payments are taken and corrected by utility staff.");
        }
    }

    public static bool IsSupervisor(Actor actor) => SupervisorRoles.Any(actor.IsInRole);

    /// <summary>Money in whole cents, more than zero, with the error on <paramref name="field"/>.</summary>
    public static Money Amount(decimal value, string field = "amount") => Cents(value, field, positive: true);

    /// <summary>Money in whole cents, zero or more (counts, floats), with the error on <paramref name="field"/>.</summary>
    public static Money Count(decimal value, string field)
    {
        var amount = Cents(value, field, positive: false);
        return amount.IsNegative ? throw new DomainException(ErrorCodes.Invalid, "An amount cannot be negative.", field) : amount;
    }

    /// <summary>The account's id by its number; an unknown number is NOT_FOUND on <paramref name="field"/>.</summary>
    public static async Task<Guid> AccountAsync(AccountAccess access, Actor actor, string? number, string field, CancellationToken ct)
    {
        try
        {
            return await access.RequireAccountAsync(actor, number ?? string.Empty, ct);
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            throw new DomainException(ErrorCodes.NotFound, "No account has that number.", field);
        }
    }

    public static async Task<string> NumberOfAsync(UtilityDbContext db, Guid accountId, CancellationToken ct) =>
        (await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.Number).SingleAsync(ct)).Value;

    public static string Reason(string? reason, string field = "reason")
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException(ErrorCodes.Invalid, "Say why.", field);
        }

        var trimmed = reason.Trim();
        return trimmed.Length <= 200 ? trimmed : throw new DomainException(ErrorCodes.Invalid, "A reason is at most 200 characters.", field);
    }

    public static AuditEntry Audit(DateTimeOffset at, Actor actor, string action, string entityType, Guid entityId, string? field, string? before, string? after) =>
        new(at, actor.Name, action, entityType, entityId.ToString(), field, Clip(before), Clip(after));

    private static Money Cents(decimal value, string field, bool positive)
    {
        if (decimal.Round(value, 2) != value)
        {
            throw new DomainException(ErrorCodes.Invalid, "An amount cannot have more than two decimal places.", field);
        }

        return positive && value <= 0
            ? throw new DomainException(ErrorCodes.Invalid, "The amount must be more than zero.", field)
            : new Money(value);
    }

    private static string? Clip(string? value) => value is { Length: > 400 } ? value[..400] : value;
}
