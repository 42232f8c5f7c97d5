using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Service.Lifecycle;

namespace UtilityPortal.BackOffice.Tests.ServiceChanges;

public sealed class ServiceChangePagesTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    // Tomorrow in UTC is today or tomorrow in Florida: never in the past, whatever the hour.
    private static readonly string Tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_specialist_stops_service_for_a_customer_records_the_final_read_and_cancels()
    {
        var number = await ActiveAccountAsync();
        var browser = await SignedInAsync();

        using var stopped = await browser.PostFormAsync("/ServiceChanges/New", new Dictionary<string, string>
        {
            ["Stop.AccountNumber"] = number,
            ["Stop.StopDate"] = Tomorrow,
            ["Stop.ForwardingAddress.Line1"] = "77 Harbor View Dr",
            ["Stop.ForwardingAddress.City"] = "Tampa",
            ["Stop.ForwardingAddress.State"] = "FL",
            ["Stop.ForwardingAddress.Zip"] = "33602",
        }, "/ServiceChanges/New?handler=Stop");

        stopped.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stopped.Headers.Location!.OriginalString.ShouldBe("/ServiceChanges");
        var change = await factory.WithDbAsync(db => db.ServiceChanges.AsNoTracking()
            .SingleAsync(c => c.FromAccountId == db.ServiceAccounts.Single(a => a.Number == AccountNumber.Parse(number, "n")).Id));
        var list = await (await browser.GetAsync("/ServiceChanges")).TextAsync();
        list.ShouldContain("Request recorded; the crew's work order is in the queue.");
        list.ShouldContain($"data-change=\"{change.Id}\"");
        list.ShouldContain("Crew's final read at turn-off");

        using var read = await browser.PostFormAsync("/ServiceChanges", new Dictionary<string, string> { ["register"] = "123456" },
            $"/ServiceChanges?handler=Read&id={change.Id}&type=TurnOff");
        read.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithDbAsync(db => db.ServiceChanges.AsNoTracking().SingleAsync(c => c.Id == change.Id))).FinalRegister.ShouldBe(123456);

        using var noReason = await browser.PostFormAsync("/ServiceChanges", new Dictionary<string, string> { ["reason"] = "" },
            $"/ServiceChanges?handler=Cancel&id={change.Id}");
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noReason.TextAsync()).ShouldContain("Say why the request is cancelled.");

        using var cancelled = await browser.PostFormAsync("/ServiceChanges", new Dictionary<string, string> { ["reason"] = "Customer stays" },
            $"/ServiceChanges?handler=Cancel&id={change.Id}");
        cancelled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await factory.WithDbAsync(db => db.ServiceChanges.AsNoTracking().SingleAsync(c => c.Id == change.Id));
        after.State.ShouldBe(ServiceChangeState.Cancelled);
        (await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == change.Id.ToString()))).ShouldBe(3);
    }

    [Fact]
    public async Task Only_a_supervisor_waives_the_deposit_and_the_message_is_next_to_the_field()
    {
        var browser = await SignedInAsync();
        var before = await factory.WithDbAsync(db => db.ServiceChanges.CountAsync());

        using var response = await browser.PostFormAsync("/ServiceChanges/New", new Dictionary<string, string>
        {
            ["Start.Premise"] = "somewhere",
            ["Start.StartDate"] = Tomorrow,
            ["Start.NewCustomerName"] = "Nora Newcomer",
            ["Start.DepositWaiverReason"] = "Friend of the family",
        }, "/ServiceChanges/New?handler=Start");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Only a Supervisor may waive the deposit.");
        html.ShouldContain("data-valmsg-for=\"Start.DepositWaiverReason\"");
        (await factory.WithDbAsync(db => db.ServiceChanges.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Stopping_a_closed_account_is_refused()
    {
        var closed = await factory.WithDbAsync(db => db.ServiceAccounts.AsNoTracking().Where(a => a.Status == AccountStatus.Closed).Select(a => a.Number).FirstAsync());
        var browser = await SignedInAsync();

        using var response = await browser.PostFormAsync("/ServiceChanges/New", new Dictionary<string, string>
        {
            ["Stop.AccountNumber"] = closed.Value,
            ["Stop.StopDate"] = Tomorrow,
            ["Stop.ForwardingAddress.Line1"] = "1 Main St",
            ["Stop.ForwardingAddress.City"] = "Tampa",
            ["Stop.ForwardingAddress.State"] = "FL",
            ["Stop.ForwardingAddress.Zip"] = "33602",
        }, "/ServiceChanges/New?handler=Stop");

        (await response.TextAsync()).ShouldContain("Service at this account has already stopped (the account is closed).");
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();
        return browser;
    }

    private Task<string> ActiveAccountAsync() => factory.WithDbAsync(async db =>
    {
        var changes = db.ServiceChanges;
        return (await db.ServiceAccounts.AsNoTracking().Where(a => a.Status == AccountStatus.Active && !changes.Any(c => c.FromAccountId == a.Id))
            .OrderByDescending(a => a.Number).Select(a => a.Number).FirstAsync()).Value;
    });
}
