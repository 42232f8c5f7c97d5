using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Meters;
using UtilityPortal.Domain.Service;
using UtilityPortal.Domain.Service.Lifecycle;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests.Service;

public sealed class ServiceChangePagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    // Tomorrow in UTC is today or tomorrow in Florida: never in the past, whatever the hour.
    private static readonly string Tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_resident_stops_their_own_account_and_follows_the_request()
    {
        var (browser, number) = await ResidentWithActiveAccountAsync("stop.own@example.com");
        var fields = Page.FormFields((await browser.GetPageAsync("/Service/Stop")).Html);
        fields["Input.AccountNumber"].ShouldBe(number);
        fields["Input.StopDate"] = Tomorrow;
        fields["Input.ForwardingAddress.Line1"] = "77 Harbor View Dr";
        fields["Input.ForwardingAddress.City"] = "Tampa";
        fields["Input.ForwardingAddress.State"] = "FL";
        fields["Input.ForwardingAddress.Zip"] = "33602";

        using var response = await browser.PostFormAsync("/Service/Stop", fields);

        response.Headers.Location!.OriginalString.ShouldBe("/Service");
        var (_, html) = await browser.FollowAsync(response);
        var text = Page.MainText(html);
        text.ShouldContain("Your request to stop service is in.");
        text.ShouldContain("Stop service");
        text.ShouldContain("Waiting for the crew");
        text.ShouldContain(number);
        var order = await factory.WithDbAsync(db => db.WorkOrders.AsNoTracking()
            .SingleAsync(w => w.ServiceAccountId == db.ServiceAccounts.Single(a => a.Number == AccountNumber.Parse(number, "n")).Id && w.Type == WorkOrderType.TurnOff));
        order.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public async Task Someone_elses_account_past_dates_and_a_missing_address_are_refused_next_to_their_fields()
    {
        var (browser, own) = await ResidentWithActiveAccountAsync("stop.other@example.com");
        var other = await factory.WithDbAsync(db => db.ServiceAccounts.AsNoTracking()
            .Where(a => a.Status == AccountStatus.Active && !db.AccountLinks.Any(l => l.ServiceAccountId == a.Id)).Select(a => a.Number).FirstAsync());
        var changesBefore = await factory.WithDbAsync(db => db.ServiceChanges.CountAsync());
        var fields = Page.FormFields((await browser.GetPageAsync("/Service/Stop")).Html);
        fields["Input.AccountNumber"] = other.Value;
        fields["Input.StopDate"] = "2020-01-01";

        // Someone else's account is "not found" before anything else is checked, so the answer says nothing about it.
        using var foreign = await browser.PostFormAsync("/Service/Stop", fields);
        foreign.StatusCode.ShouldBe(HttpStatusCode.OK);
        var foreignHtml = await foreign.Content.ReadAsStringAsync();
        Page.Errors(foreignHtml).ShouldBe(["Account not found."]);
        foreignHtml.ShouldContain("data-valmsg-for=\"Input.AccountNumber\"");

        fields["Input.AccountNumber"] = own;
        using var past = await browser.PostFormAsync("/Service/Stop", fields);
        Page.Errors(await past.Content.ReadAsStringAsync()).ShouldBe(["The date cannot be in the past."]);
        fields["Input.StopDate"] = Tomorrow;
        using var noAddress = await browser.PostFormAsync("/Service/Stop", fields);
        Page.Errors(await noAddress.Content.ReadAsStringAsync()).ShouldBe(["Enter the address where the final bill should go."]);
        (await factory.WithDbAsync(db => db.ServiceChanges.CountAsync())).ShouldBe(changesBefore);
    }

    [Fact]
    public async Task A_resident_starts_service_at_a_free_address_and_sees_the_new_account()
    {
        var (browser, _) = await ResidentWithActiveAccountAsync("start.new@example.com");
        var address = await FreePremiseAsync();
        var fields = Page.FormFields((await browser.GetPageAsync("/Service/Start")).Html);
        fields["Input.Premise"] = address.ToLowerInvariant();
        fields["Input.StartDate"] = Tomorrow;

        using var refused = await browser.PostFormAsync("/Service/Start", fields);
        Page.Errors(await refused.Content.ReadAsStringAsync()).ShouldBe(["Agree to the deposit to start service."]);

        fields["Input.DepositAccepted"] = "true";
        using var response = await browser.PostFormAsync("/Service/Start", fields);

        var (_, html) = await browser.FollowAsync(response);
        Page.MainText(html).ShouldContain($"Start service");
        Page.MainText(html).ShouldContain(address);
        var linked = await factory.LinkedAccountsAsync("start.new@example.com");
        linked.Count.ShouldBe(2, "the new pending account is the resident's at once");
    }

    [Fact]
    public async Task Starting_where_service_is_active_is_refused_in_spanish_too()
    {
        var (browser, number) = await ResidentWithActiveAccountAsync("start.busy@example.com");
        var busy = await factory.WithDbAsync(db => db.ServiceAccounts.AsNoTracking().Where(a => a.Number == AccountNumber.Parse(number, "n"))
            .Select(a => a.Premise!.ParcelId).SingleAsync());
        var fields = Page.FormFields((await browser.GetPageAsync("/Service/Start")).Html);
        fields["Input.Premise"] = busy;
        fields["Input.StartDate"] = Tomorrow;
        fields["Input.DepositAccepted"] = "true";

        using var response = await browser.PostFormAsync("/Service/Start?culture=es-US", fields);

        Page.Errors(await response.Content.ReadAsStringAsync()).ShouldBe(
            ["El servicio en esta propiedad ya está activo o por iniciarse; el titular actual debe suspenderlo (o trasladarlo) primero."]);
    }

    [Fact]
    public async Task A_resident_moves_to_a_new_address()
    {
        var (browser, number) = await ResidentWithActiveAccountAsync("move.me@example.com");
        var address = await FreePremiseAsync();
        var fields = Page.FormFields((await browser.GetPageAsync("/Service/Transfer")).Html);
        fields["Input.FromAccountNumber"].ShouldBe(number);
        fields["Input.ToPremise"] = address;
        fields["Input.MoveDate"] = Tomorrow;
        fields["Input.DepositAccepted"] = "true";

        using var response = await browser.PostFormAsync("/Service/Transfer", fields);

        var (_, html) = await browser.FollowAsync(response);
        var text = Page.MainText(html);
        text.ShouldContain("Your move is booked");
        text.ShouldContain("Move service");
        var change = await factory.WithDbAsync(db => db.ServiceChanges.AsNoTracking()
            .SingleAsync(c => c.FromAccountId == db.ServiceAccounts.Single(a => a.Number == AccountNumber.Parse(number, "n")).Id));
        change.Kind.ShouldBe(ServiceChangeKind.Transfer);
        change.TurnOnOrderId.ShouldNotBeNull();
        change.TurnOffOrderId.ShouldNotBeNull();
        change.ForwardingAddress!.Line1.ShouldBe(address, "an empty forwarding address means the new one");
    }

    [Fact]
    public async Task The_forms_need_a_signed_in_resident_and_their_token()
    {
        using var anonymous = await factory.CreateBrowser().GetAsync("/Service/Start");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.ShouldContain("/Account/Login");

        var (browser, _) = await ResidentWithActiveAccountAsync("stop.csrf@example.com");
        var fields = Page.FormFields((await browser.GetPageAsync("/Service/Stop")).Html);
        using var forged = await browser.PostAsync("/Service/Stop", new FormUrlEncodedContent(fields));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>A fresh resident with one active account of their own, so each test works on a different account.</summary>
    private async Task<(HttpClient Browser, string Number)> ResidentWithActiveAccountAsync(string email)
    {
        var user = await factory.CreateUserAsync(email);
        var number = await factory.WithDbAsync(async db =>
        {
            var changes = db.ServiceChanges;
            var account = await db.ServiceAccounts.AsNoTracking()
                .Where(a => a.Status == AccountStatus.Active && !db.AccountLinks.Any(l => l.ServiceAccountId == a.Id)
                    && !changes.Any(c => c.FromAccountId == a.Id))
                .OrderByDescending(a => a.Number).Select(a => new { a.Id, a.Number }).FirstAsync();
            db.AccountLinks.Add(new AccountLink(user.Id, account.Id, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return account.Number.Value;
        });
        return (await factory.SignedInBrowserAsync(email), number);
    }

    /// <summary>A new premise with a meter and no account: somewhere a resident can start service.</summary>
    private Task<string> FreePremiseAsync() => factory.WithDbAsync(async db =>
    {
        var line1 = $"{Random.Shared.Next(1000, 9999)} Lifecycle Way";
        var premise = new Premise($"99-{Guid.NewGuid().ToString("N")[..12]}", PostalAddress.Create(line1, null, "Palm Harbor City", "FL", "33401"), true,
            PremiseClass.Residential, 1, 2_000, "Owner");
        db.Add(premise);
        db.Add(new Meter($"LC-{Guid.NewGuid():N}"[..20], MeterSize.Parse("5/8"), 6, null, new DateOnly(2020, 1, 1), premise.Id));
        await db.SaveChangesAsync();
        return line1;
    });
}
