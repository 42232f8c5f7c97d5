using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Accounts;

public sealed record LinkServiceAccountInput(string? AccountNumber, string? ServiceZip, string? LastAmount);

/// <summary>
/// A resident proves they hold an account with three facts from a bill: the account number, the service ZIP code,
/// and the amount of the last bill or the last payment. A wrong fact gets the same answer as an unknown account.
/// </summary>
public sealed class LinkServiceAccount(UtilityDbContext db, TimeProvider clock)
{
    public const string NoMatchMessage = "We could not match those details to an account. Check them against your latest bill.";

    public async Task<string> HandleAsync(Actor actor, LinkServiceAccountInput input, CancellationToken ct = default)
    {
        var errors = new List<DomainError>();
        if (!AccountNumber.TryParse(input.AccountNumber, out var number))
        {
            errors.Add(new(ErrorCodes.Invalid, "Enter the 10-digit account number shown on your bill.", "AccountNumber"));
        }

        var zip = input.ServiceZip?.Trim() ?? string.Empty;
        if (zip.Length != 5 || !zip.All(char.IsAsciiDigit))
        {
            errors.Add(new(ErrorCodes.Invalid, "Enter the 5-digit ZIP code of the service address.", "ServiceZip"));
        }

        if (!decimal.TryParse(input.LastAmount?.Trim().TrimStart('$'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            || amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            errors.Add(new(ErrorCodes.Invalid, "Enter the amount of your last bill or last payment, for example 84.17.", "LastAmount"));
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        var account = await db.ServiceAccounts.AsNoTracking()
            .Where(a => a.Number == number)
            .Select(a => new { a.Id, a.Premise!.ServiceAddress.Zip })
            .FirstOrDefaultAsync(ct);
        if (account is null || !account.Zip.StartsWith(zip, StringComparison.Ordinal) || !await MatchesLastAmountAsync(account.Id, amount, ct))
        {
            throw new DomainException(ErrorCodes.NotFound, NoMatchMessage);
        }

        if (!await db.AccountLinks.AnyAsync(l => l.UserId == actor.UserId && l.ServiceAccountId == account.Id, ct))
        {
            var now = clock.GetUtcNow();
            db.AccountLinks.Add(new AccountLink(actor.UserId, account.Id, now));
            db.AuditEntries.Add(new AuditEntry(now, actor.Name, "AccountLinked", nameof(ServiceAccount), account.Id.ToString(), null, null, actor.UserId));
            await db.SaveChangesAsync(ct);
        }

        return number.Value;
    }

    /// <summary>The last bill is the latest charge; the last payment is the latest payment, as a positive amount.</summary>
    private async Task<bool> MatchesLastAmountAsync(Guid accountId, decimal amount, CancellationToken ct)
    {
        var recent = await db.JournalEntries.AsNoTracking()
            .Where(e => e.ServiceAccountId == accountId && (e.Kind == EntryKind.Charge || e.Kind == EntryKind.Payment))
            .OrderByDescending(e => e.EffectiveOn)
            .Select(e => new { e.Kind, e.Amount })
            .Take(50)
            .ToListAsync(ct);
        var lastCharge = recent.FirstOrDefault(e => e.Kind == EntryKind.Charge)?.Amount.Amount;
        var lastPayment = recent.FirstOrDefault(e => e.Kind == EntryKind.Payment)?.Amount.Amount;
        return amount == lastCharge || amount == -lastPayment;
    }
}
