using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Collections;
using UtilityPortal.Domain.Service;
using static UtilityPortal.BackOffice.Tests.Payments.Collections.CollectionsFactory;

namespace UtilityPortal.BackOffice.Tests.Payments.Collections;

/// <summary>A specialist works collections through the pages: the aging, the shut-off list, work orders, restore, flags, write-off and transfer.</summary>
public sealed class CollectionsPagesTests(CollectionsFactory factory) : IClassFixture<CollectionsFactory>
{
    [Fact]
    public async Task TheShutOffList_IsProcessedOnce_TheDisconnectIsWorked_AndServiceIsRestoredOnlyWhenPaid()
    {
        var account = await factory.AccountAsync(name: "Rosa Delgado");
        await factory.PostAsync(account.Id, 130m, BeyondGrace);
        using var browser = await factory.SignedInAsync();

        var listHtml = await (await browser.GetAsync("/Collections/ShutOff")).Content.ReadAsStringAsync();
        using var first = await browser.PostFormAsync("/Collections/ShutOff", new Dictionary<string, string> { ["Selected"] = account.Number });
        var firstHtml = await first.TextAsync();
        using var second = await browser.PostFormAsync("/Collections/ShutOff", new Dictionary<string, string> { ["Selected"] = account.Number });
        var secondHtml = await second.TextAsync();

        listHtml.ShouldContain($"data-account=\"{account.Number}\"");
        listHtml.ShouldContain("Rosa Delgado");
        firstHtml.ShouldContain($"{account.Number}: Processed: fee charged, disconnect ordered ($40.00)");
        secondHtml.ShouldContain($"{account.Number}: Already processed in this delinquency; nothing new charged");
        var journal = await factory.WithDbAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == account.Id).ToListAsync());
        journal.Count(e => e.Description == "Delinquency fee").ShouldBe(1);

        var orderId = await factory.WithDbAsync(db => db.WorkOrders.Where(w => w.ServiceAccountId == account.Id).Select(w => w.Id).SingleAsync());
        var queue = await (await browser.GetAsync("/Collections/WorkOrders")).TextAsync();
        queue.ShouldContain($"data-order=\"{orderId}\"");
        using var done = await browser.PostFormAsync("/Collections/WorkOrders", new Dictionary<string, string> { ["result"] = "Done" },
            $"/Collections/WorkOrders?handler=Complete&id={orderId}");
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = $"/Collections/Accounts/{account.Number}";
        using var refused = await browser.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Restore");
        var refusedHtml = await refused.TextAsync();
        await factory.PostAsync(account.Id, -170m, Today);
        using var restored = await browser.PostFormAsync(page, new Dictionary<string, string>(), page + "?handler=Restore");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        refusedHtml.ShouldContain("Service is restored once the past-due amount is paid in full; $170.00 is still owed.");
        restored.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var orders = await factory.WithDbAsync(db => db.WorkOrders.AsNoTracking().Where(w => w.ServiceAccountId == account.Id).ToListAsync());
        orders.Single(o => o.Type == WorkOrderType.Disconnect).Result.ShouldBe(WorkOrderResult.Done);
        orders.Single(o => o.Type == WorkOrderType.Reconnect).Status.ShouldBe(WorkOrderStatus.Open);
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == account.Number))).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task TheAgingPage_ListsAnAccountInItsBucket_AndTheCsvCarriesIt_AndTenantsAreNeverLienEligible()
    {
        var tenant = await factory.AccountAsync(AccountRole.Tenant);
        await factory.PostAsync(tenant.Id, 210.55m, Today.AddDays(-70));
        using var browser = await factory.SignedInAsync();

        var html = await (await browser.GetAsync("/Collections?cycle=7&bucket=Days60&role=Tenant")).TextAsync();
        using var csv = await browser.GetAsync("/Collections?handler=Csv&cycle=7&bucket=Days60&role=Tenant");
        var text = await csv.Content.ReadAsStringAsync();

        var row = Html.TextsByClass(html, "aging-row").Single(r => r.Contains(tenant.Number, StringComparison.Ordinal));
        row.ShouldContain("Tenant");
        row.ShouldContain("$210.55");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        text.ShouldContain($"{tenant.Number},");
        text.ShouldContain(",Tenant,7,Active,0.00,0.00,210.55,0.00,210.55,210.55,0.00");
    }

    [Fact]
    public async Task ABankruptcyFlag_ShowsThePrePetitionBalance_KeepsTheAccountOffTheList_AndASecondFlagIsRefused()
    {
        var account = await factory.AccountAsync();
        await factory.PostAsync(account.Id, 300m, BeyondGrace);
        await factory.PostAsync(account.Id, 45m, Today.AddDays(-1));
        using var browser = await factory.SignedInAsync();
        var page = $"/Collections/Accounts/{account.Number}";
        var fields = new Dictionary<string, string>
        {
            ["Bankruptcy.CaseNumber"] = "26-40001",
            ["Bankruptcy.Chapter"] = "13",
            ["Bankruptcy.FiledOn"] = "2026-11-10",
        };

        using var flagged = await browser.PostFormAsync(page, fields, page + "?handler=Bankruptcy");
        var html = await (await browser.GetAsync(page)).TextAsync();
        var list = await (await browser.GetAsync("/Collections/ShutOff")).TextAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var duplicate = await Should.ThrowAsync<DomainException>(scope.ServiceProvider.GetRequiredService<FlagBankruptcy>()
            .HandleAsync(Specialist, new FlagBankruptcyInput(account.Number, "26-40002", 7, Today)));

        flagged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Html.ElementText(html, "pre-petition").ShouldBe("$300.00");
        Html.ElementText(html, "post-petition").ShouldBe("$45.00");
        Html.ElementText(html, "bankruptcy-flag").ShouldContain("26-40001");
        Html.TextsByClass(list, "excluded-row").Single(r => r.Contains(account.Number, StringComparison.Ordinal)).ShouldContain("Bankruptcy");
        duplicate.Message.ShouldBe("This account is already flagged for bankruptcy; release that flag first.");
    }

    [Fact]
    public async Task AWriteOff_IsRefusedToASpecialist_AndDoneByASupervisor_AfterThePolicyPeriod()
    {
        var account = await factory.AccountAsync();
        await factory.PostAsync(account.Id, 99.10m, new DateOnly(2026, 1, 5));
        await factory.FinalBillAsync(account.Id, new DateOnly(2026, 3, 1));
        var page = $"/Collections/Accounts/{account.Number}";
        var fields = new Dictionary<string, string> { ["WriteOff.Reason"] = "Uncollectable after collection agency" };

        using var specialist = await factory.SignedInAsync();
        using var refused = await specialist.PostFormAsync(page, fields, page + "?handler=WriteOff");
        var refusedHtml = await refused.TextAsync();
        using var supervisor = await factory.SignedInAsync(Staff.Supervisor);
        var supervisorPage = await (await supervisor.GetAsync(page)).TextAsync();
        using var written = await supervisor.PostFormAsync(page, fields, page + "?handler=WriteOff");

        refusedHtml.ShouldContain("Only a Supervisor may write a balance off to bad debt.");
        supervisorPage.ShouldContain("id=\"write-off\"");
        written.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var journal = await factory.WithDbAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == account.Id).ToListAsync());
        journal.Single(e => e.Kind == EntryKind.WriteOff).Amount.ShouldBe(Money.Of(-99.10m));
        journal.Select(e => e.Amount).Sum().ShouldBe(Money.Zero);
    }

    [Fact]
    public async Task AClosedAccountsBalance_MovesToTheSameCustomersActiveAccount_FromItsPage()
    {
        var closed = await factory.AccountAsync(AccountRole.Tenant);
        await factory.PostAsync(closed.Id, 61.40m, new DateOnly(2026, 9, 1));
        await factory.FinalBillAsync(closed.Id, new DateOnly(2026, 10, 1));
        var active = await factory.AccountAsync(AccountRole.Tenant, closed.CustomerId);
        using var browser = await factory.SignedInAsync();
        var page = $"/Collections/Accounts/{closed.Number}";

        var html = await (await browser.GetAsync(page)).TextAsync();
        using var moved = await browser.PostFormAsync(page, new Dictionary<string, string> { ["Transfer.ToAccount"] = active.Number }, page + "?handler=Transfer");

        html.ShouldContain($"<option value=\"{active.Number}\"");
        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var balances = await factory.WithDbAsync(db => db.JournalEntries.AsNoTracking()
            .Where(e => e.ServiceAccountId == closed.Id || e.ServiceAccountId == active.Id).ToListAsync());
        balances.Where(e => e.ServiceAccountId == closed.Id).Select(e => e.Amount).Sum().ShouldBe(Money.Zero);
        balances.Where(e => e.ServiceAccountId == active.Id).Select(e => e.Amount).Sum().ShouldBe(Money.Of(61.40m));
    }

    [Fact]
    public async Task SendingPastDueNotices_FromThePage_ReportsWhatWasSent_AndAnUnknownAccountIsNotFound()
    {
        using var browser = await factory.SignedInAsync();

        using var sent = await browser.PostFormAsync("/Collections", new Dictionary<string, string>(), "/Collections?handler=Notices");
        var html = await (await browser.GetAsync("/Collections")).TextAsync();
        using var unknown = await browser.GetAsync("/Collections/Accounts/0000000000");

        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        html.ShouldContain("Past-due notices sent for");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static readonly UtilityPortal.Domain.Identity.Actor Specialist =
        new("u-test", Staff.SpecialistI, true, new HashSet<string>(StringComparer.Ordinal) { UtilityPortal.Domain.Identity.StaffRoles.SpecialistI });
}
