using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Deposits;

namespace UtilityPortal.BackOffice.Tests.Payments.Deposits;

/// <summary>The account's deposit page: a specialist requires it (the amount the schedule sets is shown), only a Supervisor waives it, with a reason.</summary>
public sealed class DepositPageTests(PaymentsBackOfficeFactory factory) : IClassFixture<PaymentsBackOfficeFactory>
{
    private static readonly CultureInfo UnitedStates = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public async Task ASpecialistRequiresTheDepositAndSeesTheAmountTheScheduleSets()
    {
        var (accountId, number) = await factory.AccountWithoutDepositAsync(0);
        var specialist = await factory.StaffBrowserAsync(StaffRoles.SpecialistI);
        var page = $"/Accounts/{number}/Deposit";
        var before = await (await specialist.GetAsync(page)).TextAsync();
        Html.ElementText(before, "deposit-status").ShouldBe("Not required");

        using var required = await specialist.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Require");
        required.StatusCode.ShouldBe(HttpStatusCode.Redirect, await required.Content.ReadAsStringAsync());

        var html = await (await specialist.GetAsync(page)).TextAsync();
        var stored = await factory.WithDbAsync(db => db.DepositRequirements.AsNoTracking().SingleAsync(d => d.ServiceAccountId == accountId));
        stored.Amount.Amount.ShouldBeGreaterThan(0m);
        Html.ElementText(html, "status-message").ShouldBe("The deposit bill was issued.");
        Html.ElementText(html, "deposit-status").ShouldBe("Billed, not yet paid");
        Html.ElementText(html, "deposit-required").ShouldBe(stored.Amount.Amount.ToString("C", UnitedStates));
        html.ShouldNotContain("Waive the deposit", customMessage: "only a Supervisor is offered the waiver");
    }

    [Fact]
    public async Task OnlyASupervisorWaivesAndMustSayWhy()
    {
        var (accountId, number) = await factory.AccountWithoutDepositAsync(1);
        var page = $"/Accounts/{number}/Deposit";
        var specialist = await factory.StaffBrowserAsync(StaffRoles.SpecialistIII);
        (await specialist.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Require")).Dispose();

        using var refused = await specialist.PostFormAsync(page, new Dictionary<string, string> { ["Waive.Reason"] = "Long-time customer" }, page + "?handler=Waive");
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.TextAsync()).ShouldContain("Only a Supervisor may waive a deposit.");
        (await StatusAsync(accountId)).ShouldBe(DepositStatus.Billed);

        var supervisor = await factory.StaffBrowserAsync(StaffRoles.Supervisor);
        (await (await supervisor.GetAsync(page)).TextAsync()).ShouldContain("Waive the deposit");
        using var noReason = await supervisor.PostFormAsync(page, new Dictionary<string, string> { ["Waive.Reason"] = " " }, page + "?handler=Waive");
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noReason.TextAsync()).ShouldContain("Say why the deposit is waived.");
        (await StatusAsync(accountId)).ShouldBe(DepositStatus.Billed);

        using var waived = await supervisor.PostFormAsync(page, new Dictionary<string, string> { ["Waive.Reason"] = "Letter of credit from the previous utility" },
            page + "?handler=Waive");
        waived.StatusCode.ShouldBe(HttpStatusCode.Redirect, await waived.Content.ReadAsStringAsync());
        var html = await (await supervisor.GetAsync(page)).TextAsync();
        Html.ElementText(html, "status-message").ShouldBe("The deposit was waived.");
        Html.ElementText(html, "deposit-status").ShouldBe("Waived");
        Html.ElementText(html, "deposit-waiver").ShouldContain("Letter of credit from the previous utility");
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "WaiveDeposit" && a.EntityId == accountId.ToString()))).ShouldBe(1);
    }

    private Task<DepositStatus> StatusAsync(Guid accountId) =>
        factory.WithDbAsync(db => db.DepositRequirements.Where(d => d.ServiceAccountId == accountId).Select(d => d.Status).SingleAsync());
}
