using System.Linq.Expressions;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.GraphApi.Loading;

/// <summary>
/// A service account as the graph starts from it: its own columns and the keys of what hangs off it. Only the entry
/// points (account, me, searchAccounts) create nodes, each after the Domain has checked that the caller may see the
/// account; the fields below a node load by these keys and check nothing more.
/// </summary>
public sealed record AccountNode(
    Guid Id,
    string Number,
    AccountStatus Status,
    AccountRole Role,
    int BillingCycle,
    UtilityServices Services,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    Guid CustomerId,
    Guid PremiseId)
{
    /// <summary>The projection for queries, so a node never drags the whole entity graph along.</summary>
    public static readonly Expression<Func<ServiceAccount, AccountNode>> FromEntity = a =>
        new AccountNode(a.Id, a.Number.Value, a.Status, a.Role, a.BillingCycle, a.Services, a.OpenedOn, a.ClosedOn, a.CustomerId, a.PremiseId);

    public static AccountNode From(AccountOverview overview) =>
        new(overview.Id, overview.Number, overview.Status, overview.Role, overview.BillingCycle, overview.Services, overview.OpenedOn,
            overview.ClosedOn, overview.Customer.Id, overview.Premise.Id);
}
