using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Service.Lifecycle;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Service.Lifecycle;

/// <summary>Start, stop and transfer through the API: staff on the BackOffice, a resident's own accounts on the Portal.</summary>
public sealed class ServiceChangeApiTests(BackOfficeApiFactory backOffice, PortalApiFactory portal) : IClassFixture<BackOfficeApiFactory>, IClassFixture<PortalApiFactory>
{
    private const string Stop = """
        mutation($input: StopServiceInput!) { stopService(input: $input) { id kind state fromAccountNumber requestedDate turnOffOrderId forwardingAddress { line1 } } }
        """;

    private const string Start = """
        mutation($input: StartServiceInput!) { startService(input: $input) { id kind state toAccountNumber turnOnOrderId deposit } }
        """;

    // Tomorrow in UTC is today or tomorrow in Florida: never in the past, whatever the hour.
    private static readonly string Tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly object Forwarding = new { line1 = "77 Harbor View Dr", city = "Tampa", state = "FL", zip = "33602" };

    [Fact]
    public async Task Staff_stop_an_account_and_see_it_pending_then_cancel_it()
    {
        var number = await ActiveAccountAsync(backOffice);
        var staff = await backOffice.SignedInAsync(People.DemoSpecialist);

        var stop = (await staff.PostGraphAsync(Stop, new { input = new { accountNumber = number, stopDate = Tomorrow, forwardingAddress = Forwarding } }))
            .ShouldSucceed().Data.GetProperty("stopService");
        var pending = (await staff.PostGraphAsync("query { pendingServiceChanges { id kind fromAccountNumber } }"))
            .ShouldSucceed().Data.GetProperty("pendingServiceChanges");
        var again = await staff.PostGraphAsync(Stop, new { input = new { accountNumber = number, stopDate = Tomorrow, forwardingAddress = Forwarding } });
        var cancelled = (await staff.PostGraphAsync("mutation($id: ID!) { cancelServiceChange(id: $id, reason: \"Customer stays\") { state cancelReason } }",
            new { id = stop.GetProperty("id").GetString() })).ShouldSucceed().Data.GetProperty("cancelServiceChange");

        stop.GetProperty("kind").GetString().ShouldBe("STOP");
        stop.GetProperty("state").GetString().ShouldBe("REQUESTED");
        stop.GetProperty("fromAccountNumber").GetString().ShouldBe(number);
        stop.GetProperty("forwardingAddress").GetProperty("line1").GetString().ShouldBe("77 Harbor View Dr");
        stop.GetProperty("turnOffOrderId").GetString().ShouldNotBeNullOrEmpty();
        pending.EnumerateArray().Select(c => c.GetProperty("fromAccountNumber").GetString()).ShouldContain(number);
        again.ErrorCodes.ShouldBe(["CONFLICT"]);
        cancelled.GetProperty("state").GetString().ShouldBe("CANCELLED");
        cancelled.GetProperty("cancelReason").GetString().ShouldBe("Customer stays");
    }

    [Fact]
    public async Task Bad_input_is_a_typed_error_next_to_its_field_and_saves_nothing()
    {
        var closed = await backOffice.WithDbAsync(db => db.ServiceAccounts.AsNoTracking().Where(a => a.Status == AccountStatus.Closed)
            .Select(a => a.Number).FirstAsync());
        var staff = await backOffice.SignedInAsync(People.DemoSpecialist);
        var before = await backOffice.WithDbAsync(db => db.ServiceChanges.CountAsync());

        var stopClosed = await staff.PostGraphAsync(Stop, new { input = new { accountNumber = closed.Value, stopDate = Tomorrow, forwardingAddress = Forwarding } });
        var pastStart = await staff.PostGraphAsync(Start, new { input = new { premise = "anywhere", startDate = "2020-01-01", depositAccepted = true } });
        var waiver = await staff.PostGraphAsync(Start, new { input = new { premise = "anywhere", startDate = Tomorrow, depositWaiverReason = "Friend of the family" } });

        stopClosed.ErrorCodes.ShouldBe(["CONFLICT"]);
        stopClosed.ErrorFields.ShouldBe(["accountNumber"]);
        pastStart.ErrorCodes.ShouldBe(["INVALID"]);
        pastStart.ErrorFields.ShouldBe(["startDate"]);
        waiver.ErrorCodes.ShouldBe(["FORBIDDEN"]);
        (await backOffice.WithDbAsync(db => db.ServiceChanges.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_resident_stops_only_their_own_account_and_sees_their_requests()
    {
        var own = await ActiveAccountAsync(portal);
        var other = await ActiveAccountAsync(portal);
        await portal.CreateResidentAsync("api.lifecycle@example.com", [own]);
        var resident = await portal.SignedInAsync("api.lifecycle@example.com");

        var foreign = await resident.PostGraphAsync(Stop, new { input = new { accountNumber = other, stopDate = Tomorrow, forwardingAddress = Forwarding } });
        (await resident.PostGraphAsync(Stop, new { input = new { accountNumber = own, stopDate = Tomorrow, forwardingAddress = Forwarding } })).ShouldSucceed();
        var mine = (await resident.PostGraphAsync("query { myServiceChanges { kind fromAccountNumber state } }")).ShouldSucceed().Data.GetProperty("myServiceChanges");
        var staffOnly = await resident.PostGraphAsync("query { pendingServiceChanges { id } }");

        foreign.ErrorCodes.ShouldBe(["NOT_FOUND"]);
        mine.GetArrayLength().ShouldBe(1);
        mine[0].GetProperty("fromAccountNumber").GetString().ShouldBe(own);
        staffOnly.HasData.ShouldBeFalse();
    }

    /// <summary>An active demo account no test has touched yet.</summary>
    private static async Task<string> ActiveAccountAsync(IApiSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UtilityDbContext>();
        var taken = await db.ServiceChanges.Select(c => c.FromAccountId).ToListAsync();
        var linked = await db.AccountLinks.Select(l => l.ServiceAccountId).ToListAsync();
        var account = await db.ServiceAccounts.AsNoTracking().Where(a => a.Status == AccountStatus.Active)
            .OrderByDescending(a => a.Number).Select(a => new { a.Id, a.Number }).ToListAsync();
        var pick = account.First(a => !taken.Contains(a.Id) && !linked.Contains(a.Id) && !Picked.Contains(a.Number.Value));
        Picked.Add(pick.Number.Value);
        return pick.Number.Value;
    }

    private static readonly HashSet<string> Picked = [];
}
