using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Billing.Bills;

/// <summary>Drafts one account's bill on demand (initial, final, off-cycle, a recalculation or a rebill) the way a run drafts thousands.</summary>
public sealed class AccountDrafting(UtilityDbContext db, RateScheduleCatalog catalog, IOptions<BillingOptions> options, TimeProvider clock)
{
    internal BillingOptions Options => options.Value;

    internal async Task<DraftedBill> DraftAsync(Guid accountId, DraftRequest request, string createdBy, CancellationToken ct)
    {
        var schedule = await catalog.RequireInEffectOnAsync(request.Period.End, ct);
        var tolerance = options.Value.ReadToleranceDays;
        var data = await new BillingDataReader(db).LoadAsync([accountId],
            request.Service.Start.AddDays(-UsageHistory.Days - tolerance - 1), request.Service.End.AddDays(tolerance), ct);
        var account = data.Accounts.SingleOrDefault() ?? throw DomainException.NotFound("Account");
        return new BillDrafter(schedule, options.Value, clock.GetUtcNow(), createdBy).Draft(request, account, data.MetersOf(account), data.Reads);
    }

    /// <summary>The account as billing sees it, for the checks a use case makes before drafting.</summary>
    internal async Task<AccountToBill> AccountAsync(Guid accountId, CancellationToken ct) =>
        (await new BillingDataReader(db).AccountsAsync([accountId], ct)).SingleOrDefault() ?? throw DomainException.NotFound("Account");

    internal async Task<IReadOnlyList<MeterToRead>> MetersAsync(AccountToBill account, CancellationToken ct) =>
        (await new BillingDataReader(db).MetersByPremiseAsync([account.PremiseId], ct)).GetValueOrDefault(account.PremiseId) ?? [];

    internal Task<PricingSchedule> ScheduleOnAsync(DateOnly day, CancellationToken ct) => catalog.RequireInEffectOnAsync(day, ct);

    internal DateOnly Today => BillingTime.Today(clock);

    internal DateTimeOffset Now => clock.GetUtcNow();
}
