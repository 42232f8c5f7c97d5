using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Checkout;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Payments;

/// <summary>
/// Pay one or several linked accounts in one checkout: the balance, another amount, or nothing this time, per account.
/// CreateCheckout holds every rule (linked accounts, at least $1, two decimals, the credit limit); its messages come
/// back next to the account they concern. The browser then goes to the gateway's page (the sandbox's by default).
/// </summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed partial class PayModel(UtilityDbContext db, GetAccountOverview overview, CreateCheckout checkout, IStringLocalizer<SharedResource> l) : PageModel
{
    public const string PayBalance = "balance";
    public const string PayOther = "other";
    public const string PayNothing = "none";

    /// <summary>The account the resident came from (the account page's "Pay" button): chosen, the others left out.</summary>
    [FromQuery(Name = "number")]
    public string? From { get; set; }

    [FromQuery(Name = "cancelled")]
    public bool Cancelled { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<AccountOverview> Accounts { get; private set; } = [];

    public sealed class InputModel
    {
        public List<LineInput> Lines { get; set; } = [];
    }

    public sealed class LineInput
    {
        public string AccountNumber { get; set; } = string.Empty;

        public string Choice { get; set; } = PayNothing;

        public decimal? OtherAmount { get; set; }
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Accounts = await LinkedAsync(ct);
        Input.Lines = Accounts.Select(a => new LineInput
        {
            AccountNumber = a.Number,
            Choice = From is null || From == a.Number
                ? a.Standing.Balance.IsPositive ? PayBalance : From is null ? PayNothing : PayOther
                : PayNothing,
        }).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Accounts = await LinkedAsync(ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Each checkout line remembers its form line, so the use case's "lines[2].amount" lands on the right account.
        var lines = new List<CheckoutLineInput>();
        var formLineOf = new List<int>();
        for (var i = 0; i < Input.Lines.Count; i++)
        {
            var line = Input.Lines[i];
            decimal? amount = line.Choice switch
            {
                PayBalance => Accounts.FirstOrDefault(a => a.Number == line.AccountNumber)?.Standing.Balance.Amount ?? 0m,
                PayOther => line.OtherAmount,
                _ => null,
            };
            if (line.Choice == PayOther && amount is null)
            {
                ModelState.AddModelError(AmountField(i), l["Enter the amount to pay for account {0}.", line.AccountNumber]);
                continue;
            }

            if (amount is { } value)
            {
                lines.Add(new CheckoutLineInput(line.AccountNumber, value));
                formLineOf.Add(i);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var started = await checkout.HandleAsync(Actor.FromPrincipal(User), new CheckoutInput(lines,
                new Uri("/Payments/Done", UriKind.Relative), new Uri("/Payments/Pay?cancelled=true", UriKind.Relative)), ct);
            return Redirect(started.RedirectUrl.AbsoluteUri);
        }
        catch (DomainException ex) when (ex.Code == ErrorCodes.Invalid)
        {
            foreach (var error in ex.Errors)
            {
                ModelState.AddModelError(FieldOf(error.Field, formLineOf), l[error.Message]);
            }

            return Page();
        }
    }

    public static string AmountField(int line) => $"Input.Lines[{line}].OtherAmount";

    public static string ChoiceField(int line) => $"Input.Lines[{line}].Choice";

    /// <summary>"lines[1].amount" → the amount (or choice) of the form line it came from; anything else goes to the top.</summary>
    private string FieldOf(string? field, List<int> formLineOf)
    {
        var match = field is null ? null : LineField().Match(field);
        if (match is not { Success: true } || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index >= formLineOf.Count)
        {
            return string.Empty;
        }

        var line = formLineOf[index];
        return Input.Lines[line].Choice == PayOther ? AmountField(line) : ChoiceField(line);
    }

    [GeneratedRegex(@"^lines\[(\d{1,3})\]")]
    private static partial Regex LineField();

    /// <summary>The resident's linked accounts, oldest link first, each with its balance and due date from the one overview.</summary>
    private async Task<IReadOnlyList<AccountOverview>> LinkedAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        var numbers = await db.AccountLinks.AsNoTracking()
            .Where(link => link.UserId == actor.UserId)
            .OrderBy(link => link.LinkedAt)
            .Join(db.ServiceAccounts, link => link.ServiceAccountId, a => a.Id, (link, a) => a.Number)
            .ToListAsync(ct);
        var result = new List<AccountOverview>(numbers.Count);
        foreach (var number in numbers)
        {
            result.Add(await overview.HandleAsync(actor, number.Value, ct));
        }

        return result;
    }

    public static Money Due(AccountOverview account) => account.Standing.Balance.IsPositive ? account.Standing.Balance : Money.Zero;
}
