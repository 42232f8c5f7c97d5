using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Gateway;

namespace UtilityPortal.Domain.Payments.Checkout;

public sealed record CheckoutLineInput(string AccountNumber, decimal Amount);

public sealed record CheckoutInput(IReadOnlyList<CheckoutLineInput> Lines, Uri SuccessUrl, Uri CancelUrl);

/// <summary>Where to send the resident's browser to pay: the gateway's hosted page (or the sandbox's).</summary>
public sealed record CheckoutStarted(Guid CheckoutId, Uri RedirectUrl);

/// <summary>
/// A resident pays one or several linked accounts in one checkout. Each line becomes a pending <see cref="Payment"/>;
/// the gateway's confirmation (<c>ProcessGatewayEvent</c>) posts it. Card details are entered on the gateway's
/// page only. The gateway session is opened before anything is saved, so a refused line or a gateway failure writes
/// nothing.
/// </summary>
public sealed class CreateCheckout(UtilityDbContext db, AccountAccess access, IPaymentGateway gateway, CheckoutUrls urls,
    IOptions<PaymentOptions> options, TimeProvider clock)
{
    public const int MaxLines = 20;

    /// <summary>The most one card payment may be (Stripe's own ceiling for USD).</summary>
    public const decimal MaxAmount = 999_999.99m;

    public async Task<CheckoutStarted> HandleAsync(Actor actor, CheckoutInput input, CancellationToken ct = default)
    {
        if (actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Portal checkout is for residents; staff take payments at the counter.");
        }

        var rules = options.Value;
        Validate(input, rules);
        var successUrl = urls.RequireLocal(input.SuccessUrl, "successUrl");
        var cancelUrl = urls.RequireLocal(input.CancelUrl, "cancelUrl");

        var accounts = new List<(Guid Id, string Number, Money Amount)>();
        foreach (var line in input.Lines)
        {
            var id = await access.RequireAccountAsync(actor, line.AccountNumber, ct);
            accounts.Add((id, AccountNumber.Parse(line.AccountNumber).Value, Money.Of(line.Amount)));
        }

        await RequireCreditWithinLimitAsync(accounts, rules, ct);

        var checkoutId = Guid.CreateVersion7();
        var items = accounts.Select(a => new CheckoutItem($"Water utility account {a.Number}", a.Amount)).ToList();
        var email = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        var hosted = await gateway.StartCheckoutAsync(new HostedCheckoutRequest(checkoutId, items, email, successUrl, cancelUrl), ct);

        var now = clock.GetUtcNow();
        var total = accounts.Select(a => a.Amount).Sum();
        db.CheckoutSessions.Add(CheckoutSession.Open(checkoutId, actor.UserId, hosted, gateway.Name, total, successUrl, cancelUrl, now));
        db.Payments.AddRange(accounts.Select(a => Payment.Started(a.Id, a.Amount, Tender.Card, PaymentChannel.Portal, checkoutId, now, actor.UserId)));
        await db.SaveChangesAsync(ct);
        return new CheckoutStarted(checkoutId, hosted.RedirectUrl);
    }

    private static void Validate(CheckoutInput input, PaymentOptions rules)
    {
        if (input.Lines is not { Count: > 0 })
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose at least one account to pay.", "lines");
        }

        if (input.Lines.Count > MaxLines)
        {
            throw new DomainException(ErrorCodes.Invalid, $"One checkout pays at most {MaxLines} accounts.", "lines");
        }

        var errors = new List<DomainError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Lines.Count; i++)
        {
            var line = input.Lines[i];
            var field = $"lines[{i}]";
            if (AccountNumber.TryParse(line.AccountNumber, out var number) && !seen.Add(number.Value))
            {
                errors.Add(new DomainError(ErrorCodes.Invalid, $"Account {number.Value} is listed twice; pay it on one line.", field + ".accountNumber"));
            }

            if (AmountProblem(line.Amount, rules) is { } problem)
            {
                errors.Add(new DomainError(ErrorCodes.Invalid, problem, field + ".amount"));
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }
    }

    private static string? AmountProblem(decimal amount, PaymentOptions rules)
    {
        if (amount <= 0m)
        {
            return "A payment must be more than zero.";
        }

        if (decimal.Round(amount, 2) != amount)
        {
            return "An amount cannot have more than two decimal places.";
        }

        if (amount < rules.MinimumPayment)
        {
            return $"A payment must be at least {new Money(rules.MinimumPayment)}.";
        }

        return amount > MaxAmount ? $"One payment can be at most {new Money(MaxAmount)}." : null;
    }

    /// <summary>An overpayment becomes a credit, up to the configured limit; the balance is the sum of the journal.</summary>
    private async Task RequireCreditWithinLimitAsync(List<(Guid Id, string Number, Money Amount)> accounts, PaymentOptions rules, CancellationToken ct)
    {
        var ids = accounts.Select(a => a.Id).ToList();

        // The cast through object lets EF sum the column behind the Money conversion (exact on SQLite too).
        var balances = await db.JournalEntries.AsNoTracking()
            .Where(e => ids.Contains(e.ServiceAccountId))
            .GroupBy(e => e.ServiceAccountId)
            .Select(g => new { Id = g.Key, Balance = g.Sum(e => (decimal)(object)e.Amount) })
            .ToDictionaryAsync(b => b.Id, b => b.Balance, ct);
        var errors = new List<DomainError>();
        for (var i = 0; i < accounts.Count; i++)
        {
            var balance = balances.GetValueOrDefault(accounts[i].Id);
            var credit = accounts[i].Amount.Amount - balance;
            if (credit > rules.MaxCreditBalance)
            {
                var most = Math.Max(0m, balance + rules.MaxCreditBalance);
                errors.Add(new DomainError(ErrorCodes.Invalid,
                    $"Account {accounts[i].Number}: the most you can pay is {new Money(most)} (the balance plus a credit of up to {new Money(rules.MaxCreditBalance)}).",
                    $"lines[{i}].amount"));
            }
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }
    }
}
