using GraphQL;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.GraphApi.Loading;

namespace UtilityPortal.GraphApi.Types.Billing;

/// <summary>
/// The bills of every account a request lists, in one query per request through <see cref="ListBills"/>. Accounts
/// reach the graph only after the Domain authorized them, so the loader asks for already-authorized accounts.
/// </summary>
public sealed class AccountBillsLoader
{
    public const int MaxBills = ListBills.MaxBills;

    private const string ContextKey = nameof(AccountBillsLoader);

    public AccountBillsLoader(ListBills list) =>
        Bills = new(async (keys, ct) => await LoadAsync(list, keys, ct), []);

    public BatchLoader<AccountBillsKey, IReadOnlyList<BillSummary>> Bills { get; }

    /// <summary>The request's loader, kept in the execution's user context: that lives exactly as long as the request.</summary>
    public static AccountBillsLoader Of(IResolveFieldContext context)
    {
        if (!context.UserContext.TryGetValue(ContextKey, out var loader) || loader is not AccountBillsLoader found)
        {
            found = new AccountBillsLoader(context.Service<ListBills>());
            context.UserContext[ContextKey] = found;
        }

        return found;
    }

    private static async Task<IReadOnlyDictionary<AccountBillsKey, IReadOnlyList<BillSummary>>> LoadAsync(
        ListBills list, IReadOnlyCollection<AccountBillsKey> keys, CancellationToken ct)
    {
        var result = new Dictionary<AccountBillsKey, IReadOnlyList<BillSummary>>();
        foreach (var group in keys.GroupBy(k => k.IncludeDrafts))
        {
            var bills = await list.ForAuthorizedAccountsAsync([.. group.Select(k => k.AccountId)], group.Key, ct);
            foreach (var key in group)
            {
                if (bills.TryGetValue(key.AccountId, out var found))
                {
                    result[key] = found;
                }
            }
        }

        return result;
    }
}

/// <param name="IncludeDrafts">Staff see every bill; residents only issued ones.</param>
public readonly record struct AccountBillsKey(Guid AccountId, string AccountNumber, bool IncludeDrafts);
