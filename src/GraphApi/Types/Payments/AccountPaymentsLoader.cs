using GraphQL;
using UtilityPortal.Domain.Payments;
using UtilityPortal.GraphApi.Loading;

namespace UtilityPortal.GraphApi.Types.Payments;

/// <summary>
/// The payments of every account a request lists, in one query per request through <see cref="ListPayments"/>.
/// Accounts reach the graph only after the Domain authorized them, so the loader asks for already-authorized accounts.
/// </summary>
public sealed class AccountPaymentsLoader
{
    private const string ContextKey = nameof(AccountPaymentsLoader);

    public AccountPaymentsLoader(ListPayments list) =>
        Payments = new(async (keys, ct) => await list.ForAuthorizedAccountsAsync(keys, ct), []);

    public BatchLoader<Guid, IReadOnlyList<PaymentSummary>> Payments { get; }

    /// <summary>The request's loader, kept in the execution's user context: that lives exactly as long as the request.</summary>
    public static AccountPaymentsLoader Of(IResolveFieldContext context)
    {
        if (!context.UserContext.TryGetValue(ContextKey, out var loader) || loader is not AccountPaymentsLoader found)
        {
            found = new AccountPaymentsLoader(context.Service<ListPayments>());
            context.UserContext[ContextKey] = found;
        }

        return found;
    }
}
