using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.BackOffice.Tests.Payments.Collections;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Tests.ServiceRequests;

/// <summary>
/// A specialist triages a request, orders the field work, is refused a close without a result code, closes it with the
/// field visit fee, and finds it on the account's Requests tab; an overdue request is on the SLA breach listing.
/// (The collections factory gives a fixed clock, 2026-11-26 10:00 in Florida.)
/// </summary>
public sealed class ServiceRequestPagesTests(CollectionsFactory factory) : IClassFixture<CollectionsFactory>
{
    private static readonly Actor Caller = new("staff-test", "Ana Ruiz", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistI });

    [Fact]
    public async Task A_request_or_work_order_that_is_not_there_is_not_found_and_a_step_on_it_changes_nothing()
    {
        var account = await factory.AccountAsync(name: "Ivo Marsh");
        var request = await FileAsync(account.Number, ServiceRequestType.HighBillInvestigation, "Bill tripled");
        using var browser = await factory.SignedInAsync();
        const string missing = "/ServiceRequests/SR-NOT-THERE";

        (await browser.GetAsync(missing)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync(missing + "?handler=Photo")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.PostFormAsync($"/ServiceRequests/{request.Number}", new Dictionary<string, string> { ["note"] = "Called back" }, missing + "?handler=Note"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync($"/WorkOrders/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.WithDbAsync(db => db.ServiceNotes.CountAsync(n => n.Text == "Called back"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_request_is_triaged_dispatched_and_closed_with_a_result_code_and_its_fee()
    {
        var account = await factory.AccountAsync(name: "Lena Ortiz");
        var request = await FileAsync(account.Number, ServiceRequestType.HighBillInvestigation, "Bill doubled in October");
        using var browser = await factory.SignedInAsync();
        var page = $"/ServiceRequests/{request.Number}";

        var queue = await (await browser.GetAsync($"/ServiceRequests?type=HighBillInvestigation")).TextAsync();
        queue.ShouldContain($"data-number=\"{request.Number}\"");
        (await browser.PostFormAsync(page, new Dictionary<string, string> { ["priority"] = "High" }, page + "?handler=Triage")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.PostFormAsync(page, new Dictionary<string, string> { ["types"] = "ReRead" }, page + "?handler=WorkOrders")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var order = await factory.WithDbAsync(db => db.WorkOrders.AsNoTracking().SingleAsync(w => w.ServiceRequestId == request.Id));
        var orderPage = $"/WorkOrders/{order.Id}";

        using var refused = await browser.PostFormAsync(orderPage, new Dictionary<string, string> { ["resultCode"] = "", ["fees"] = "fieldVisit" }, orderPage + "?handler=Complete");
        var refusedHtml = await refused.TextAsync();
        using var closed = await browser.PostFormAsync(orderPage, new Dictionary<string, string>
        {
            ["resultCode"] = "ReadConfirmed", ["note"] = "Read 04512 matches the bill", ["fees"] = "fieldVisit", ["resolveRequest"] = "true",
        }, orderPage + "?handler=Complete");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        refusedHtml.ShouldContain("Choose the field result code.");
        closed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var detail = await (await browser.GetAsync(orderPage)).TextAsync();
        detail.ShouldContain("Read confirmed");
        detail.ShouldContain("Field visit fee (ReRead work order): $20.00");
        var fees = await factory.WithDbAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == account.Id).ToListAsync());
        fees.ShouldHaveSingleItem().Amount.ShouldBe(Money.Of(20m));
        var saved = await factory.WithDbAsync(db => db.ServiceRequests.AsNoTracking().SingleAsync(r => r.Id == request.Id));
        saved.Status.ShouldBe(ServiceRequestStatus.Resolved);
        saved.Priority.ShouldBe(RequestPriority.High);
        var tab = await (await browser.GetAsync($"/Accounts/{account.Number}/Requests")).TextAsync();
        tab.ShouldContain($"data-number=\"{request.Number}\"");
        tab.ShouldContain("Re read");
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == order.Id.ToString() && a.Action == "WorkOrderCompleted"))).ShouldBe(1);
    }

    [Fact]
    public async Task A_request_past_its_target_is_on_the_breach_listing_and_a_leak_tops_dispatch()
    {
        var account = await factory.AccountAsync();
        var overdue = await factory.WithDbAsync(async db =>
        {
            // Filed three days ago at high priority: due 24 hours after filing, so 48 hours late now.
            var request = new ServiceRequest(ServiceRequestType.WaterPressure, account.Id, null, null, "Caller", new ServiceRequestDetails("Low pressure"),
                ContactPreference.None, CollectionsFactory.Now.AddDays(-3));
            request.Triage(RequestPriority.High, CollectionsFactory.Now.AddDays(-2), "Ana Ruiz", CollectionsFactory.Now.AddDays(-3));
            db.ServiceRequests.Add(request);
            await db.SaveChangesAsync();
            return request;
        });
        var leak = await FileAsync(account.Number, ServiceRequestType.ReportLeak, null, "Sidewalk in front of the house");
        using var browser = await factory.SignedInAsync();

        var breaches = await (await browser.GetAsync("/ServiceRequests/Breaches")).TextAsync();
        var dispatch = await (await browser.GetAsync("/WorkOrders")).TextAsync();

        breaches.ShouldContain($"data-number=\"{overdue.Number}\"");
        breaches.ShouldContain("48 h");
        breaches.ShouldNotContain($"data-number=\"{leak.Number}\"");
        var leakOrder = await factory.WithDbAsync(db => db.WorkOrders.AsNoTracking().SingleAsync(w => w.ServiceRequestId == leak.Id));
        dispatch.IndexOf($"data-order=\"{leakOrder.Id}\"", StringComparison.Ordinal).ShouldBeGreaterThan(0);
        dispatch.ShouldContain("Emergency");
    }

    private async Task<ServiceRequest> FileAsync(string accountNumber, ServiceRequestType type, string? description, string? location = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FileServiceRequest>().HandleAsync(Caller,
            new FileServiceRequestInput(type, accountNumber, null, description, location, location is null ? null : LeakSeverity.Steady, ContactPreference.None));
    }
}
