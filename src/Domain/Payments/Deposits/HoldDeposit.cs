using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Deposits;

public sealed record HoldDepositInput(string? AccountNumber);

/// <summary>
/// Staff ask for one account's paid deposit bill to be moved into the held deposit now (after a counter or portal
/// payment, before the sweep gets to it). Nothing happens when the bill is not paid in full yet, or already held.
/// </summary>
public sealed class HoldDeposit(AccountAccess access, HoldPaidDeposits hold, DepositSection section)
{
    public async Task<DepositView> HandleAsync(Actor actor, HoldDepositInput input, CancellationToken ct = default)
    {
        DepositAccess.RequireStaff(actor);
        var accountId = await access.RequireAccountAsync(actor, input.AccountNumber ?? string.Empty, ct);
        await hold.ForAccountsAsync([accountId], ct);
        return await section.GetAsync(actor, accountId, ct);
    }
}
