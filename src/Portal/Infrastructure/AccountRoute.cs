namespace UtilityPortal.Portal.Infrastructure;

/// <summary>
/// Account-scoped pages carry the account number in this route parameter (<c>/Accounts/{number}/…</c>). Tests find
/// every such page by it, so a new account page is covered by the "resident A cannot read B" test automatically.
/// </summary>
public static class AccountRoute
{
    public const string Parameter = "number";
}
