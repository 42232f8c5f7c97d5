using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Accounts;

/// <summary>
/// Allocates the next service account number: the highest sequence in use plus one. Two callers racing may pick the same
/// number; the unique index on account numbers settles it at save, and the loser's save fails and is answered with a
/// conflict asking the user to try again (which then reads the winner's number).
/// </summary>
internal static class AccountNumbers
{
    public static async Task<AccountNumber> NextAsync(UtilityDbContext db, CancellationToken ct)
    {
        var last = await db.ServiceAccounts.AsNoTracking().OrderByDescending(a => a.Number).Select(a => a.Number).Take(1).ToListAsync(ct);
        return AccountNumber.FromSequence(last.Count == 1 ? long.Parse(last[0].Value[..9], CultureInfo.InvariantCulture) + 1 : 1);
    }
}
