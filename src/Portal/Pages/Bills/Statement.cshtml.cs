using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Bills;
using UtilityPortal.Domain.Billing.Statements;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Agreements;
using UtilityPortal.Portal.Infrastructure;

namespace UtilityPortal.Portal.Pages.Bills;

/// <summary>
/// One bill of a linked account as a printable statement (the latest issued bill when no id is given). The account is
/// checked first (GetAccountOverview), then the bill (GetBill) must belong to that account: a bill of another account,
/// or one the resident may not see, is the same 404 as an unknown one.
/// </summary>
[Authorize(Policy = PortalPages.ResidentPolicy)]
public sealed class StatementModel(GetAccountOverview overview, ListBills list, GetBill get, AgreementInstallmentsDue installments, TimeProvider clock) : PageModel
{
    [FromRoute(Name = AccountRoute.Parameter)]
    public string Number { get; set; } = string.Empty;

    /// <summary>The bill to show; the latest issued bill when absent.</summary>
    [FromQuery(Name = "id")]
    public Guid? BillId { get; set; }

    public AccountOverview Account { get; private set; } = null!;

    /// <summary>Null when the account has no issued bill yet.</summary>
    public BillStatement? Statement { get; private set; }

    /// <summary>The payment agreement installments due by this bill's due date and not yet paid; null when none.</summary>
    public AgreementInstallmentsOnBill? Installments { get; private set; }

    public StatementWording Wording => StatementWording.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var actor = Actor.FromPrincipal(User);
        Account = await overview.HandleAsync(actor, Number, ct);
        var bills = await list.HandleAsync(actor, Number, IndexModel.Shown, ct);
        var id = BillId ?? bills.FirstOrDefault(b => b.Status == BillStatus.Posted)?.Id;
        if (id is null)
        {
            return;
        }

        var bill = await get.HandleAsync(actor, id.Value, ct);
        if (bill.Summary.ServiceAccountId != Account.Id)
        {
            throw DomainException.NotFound("Bill");
        }

        Statement = BillStatements.Build(bill, bills);
        if (bill.Summary.DueOn is { } dueOn)
        {
            Installments = await installments.ForBillAsync(Account.Id, dueOn, ct);
        }
    }
}
