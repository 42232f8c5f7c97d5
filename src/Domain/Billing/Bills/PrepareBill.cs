using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Billing.Bills;

/// <summary>
/// A bill on demand from the account's billing tab. What each kind needs:
/// <list type="bullet">
/// <item><c>Initial</c>: nothing more; it runs from the day service started to the end of that cycle period, base and flat charges prorated.</item>
/// <item><c>Final</c>: <see cref="MoveOutDate"/> (and <see cref="FinalRegister"/> when a final read was taken); from the start of the
/// cycle period to the move-out day, prorated; the deposit held is applied when it is issued, and the account is final-billed.</item>
/// <item><c>OffCycle</c>: <see cref="From"/> and <see cref="To"/>, billed whole (no proration).</item>
/// <item><c>Deposit</c>: nothing more; the deposit the schedule in effect asks for the account's class and meter size.</item>
/// </list>
/// </summary>
public sealed record PrepareBillInput(string? AccountNumber, BillKind Kind, DateOnly? MoveOutDate = null, long? FinalRegister = null,
    DateOnly? From = null, DateOnly? To = null);

/// <summary>
/// Calculates an initial, final, off-cycle or deposit bill as a draft, with the same review a run gives (and the
/// high-bill notice when review finds one). The draft is issued with <see cref="IssueBill"/> once its exceptions are resolved.
/// </summary>
public sealed class PrepareBill(UtilityDbContext db, AccountAccess access, AccountDrafting drafting, HighBillNotices notices)
{
    public async Task<BillSummary> HandleAsync(Actor actor, PrepareBillInput input, CancellationToken ct = default)
    {
        BillingAccess.RequireStaff(actor);
        var accountId = await access.RequireAccountAsync(actor, input.AccountNumber ?? string.Empty, ct);
        var account = await drafting.AccountAsync(accountId, ct);
        var cycle = await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.BillingCycle).SingleAsync(ct);

        DraftedBill drafted;
        if (input.Kind == BillKind.Deposit)
        {
            drafted = await DepositAsync(account, actor.Name, ct);
        }
        else
        {
            var request = Request(input, account, cycle, drafting.Today);
            drafted = await drafting.DraftAsync(accountId, request, actor.Name, ct);
        }

        db.Bills.Add(drafted.Bill);
        db.BillExceptions.AddRange(drafted.Exceptions);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new DomainException(ErrorCodes.Conflict,
                $"Account {account.Number} already has a {input.Kind.ToString().ToLowerInvariant()} bill for {drafted.Bill.Period}.", nameof(input.Kind));
        }

        if (drafted.Exceptions.Any(e => e.Kind == BillExceptionKind.High))
        {
            await notices.SendAsync(null, [drafted.Bill.Id], ct);
        }

        return (await BillQueries.SummariesAsync(db, db.Bills.Where(b => b.Id == drafted.Bill.Id), ct)).Single();
    }

    internal static DraftRequest Request(PrepareBillInput input, AccountToBill account, int cycle, DateOnly today)
    {
        switch (input.Kind)
        {
            case BillKind.Initial:
            {
                var period = BillingCalendar.PeriodContaining(cycle, account.OpenedOn);
                return new DraftRequest(BillKind.Initial, period, new BillingPeriod(account.OpenedOn, period.End), null);
            }

            case BillKind.Final:
            {
                var moveOut = input.MoveOutDate ?? throw new DomainException(ErrorCodes.Invalid, "Enter the day service stops.", nameof(input.MoveOutDate));
                if (account.Status != AccountStatus.Active)
                {
                    throw new DomainException(ErrorCodes.Conflict, $"Only an active account gets a final bill; this one is {account.Status}.", nameof(input.Kind));
                }

                if (moveOut < account.OpenedOn || moveOut > today)
                {
                    throw new DomainException(ErrorCodes.Invalid, "The move-out day must be between the day service started and today.", nameof(input.MoveOutDate));
                }

                if (input.FinalRegister is < 0)
                {
                    throw new DomainException(ErrorCodes.Invalid, "A register value cannot be negative.", nameof(input.FinalRegister));
                }

                var period = BillingCalendar.PeriodContaining(cycle, moveOut);
                var from = account.OpenedOn > period.Start ? account.OpenedOn : period.Start;
                return new DraftRequest(BillKind.Final, period, new BillingPeriod(from, moveOut), null, input.FinalRegister);
            }

            case BillKind.OffCycle:
            {
                if (input.From is not { } from || input.To is not { } to || to < from)
                {
                    throw new DomainException(ErrorCodes.Invalid, "Enter the first and last day the bill covers.", nameof(input.From));
                }

                if (to > today || to.DayNumber - from.DayNumber > 92)
                {
                    throw new DomainException(ErrorCodes.Invalid, "An off-cycle bill covers at most 93 days up to today.", nameof(input.To));
                }

                var period = new BillingPeriod(from, to);
                return new DraftRequest(BillKind.OffCycle, period, period, null);
            }

            default:
                throw new DomainException(ErrorCodes.Invalid, "Choose an initial, final, off-cycle or deposit bill; cycle bills come from bill runs.", nameof(input.Kind));
        }
    }

    internal async Task<DraftedBill> DepositAsync(AccountToBill account, string createdBy, CancellationToken ct)
    {
        var today = drafting.Today;
        var schedule = await drafting.ScheduleOnAsync(today, ct);
        var meters = await drafting.MetersAsync(account, ct);
        var size = meters.Where(m => m.RemovedOn is null).OrderBy(m => m.InstalledOn).Select(m => m.Size).FirstOrDefault() ?? "5/8";
        if (!schedule.Schedule.Deposits.TryGetValue(account.Class, out var bySize) || !bySize.TryGetValue(size, out var amount))
        {
            throw new DomainException(ErrorCodes.Invalid,
                $"Schedule {schedule.Ref.Code} sets no deposit for a {account.Class.ToString().ToLowerInvariant()} account with a {size}\" meter.", "Kind");
        }

        var day = new BillingPeriod(today, today);
        var facts = new BillingFacts(account.Class, size, 0, 0, account.InsideCity, account.DwellingUnits, account.ImperviousSqFt, account.Services, 1, 1);
        var line = new BillLineAmount(UtilityServices.None,
            string.Create(CultureInfo.InvariantCulture, $"Service deposit ({size}\" meter, {account.Class.ToString().ToLowerInvariant()})"), 1, amount, Money.Of(amount));
        var bill = new Bill(account.Id, BillKind.Deposit, day, day, null, facts, schedule.Ref, new PricedBill(schedule.Ref.Code, [line]), [], false, null,
            drafting.Now, createdBy);
        return new DraftedBill(bill, [], UsageHistory.Empty);
    }
}
