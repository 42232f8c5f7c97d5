using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Data;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests;

/// <summary>updateContactDetails: audited when valid; typed errors and nothing saved when not.</summary>
public sealed class ContactUpdateTests(PortalApiFactory site) : IClassFixture<PortalApiFactory>
{
    [Fact]
    public async Task AResidentUpdatesTheirContactDetailsAndEveryChangeIsAudited()
    {
        var resident = await site.SignedInAsync(People.DemoResident);
        var own = (await site.LinkedAccountNumbersAsync(People.DemoResident))[0];
        var before = await CustomerOfAsync(own);

        var response = await resident.PostGraphAsync(ContactInputs.Mutation, new { input = ContactInputs.Valid(own) });

        var payload = response.ShouldSucceed().Data.GetProperty("updateContactDetails");
        payload.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()).ShouldContain("email");
        payload.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()).ShouldContain("mobilePhone");
        var customer = payload.GetProperty("customer");
        customer.GetProperty("email").GetString().ShouldBe("new.address@example.com");
        customer.GetProperty("mobilePhone").GetString().ShouldBe("+15615550199");
        customer.GetProperty("preferredLanguage").GetString().ShouldBe("es");
        customer.GetProperty("smsConsent").GetProperty("given").GetBoolean().ShouldBeTrue();
        customer.GetProperty("smsConsent").GetProperty("source").GetString().ShouldBe("portal");

        var audit = await site.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == before.Id.ToString()).ToListAsync());
        var email = audit.Single(a => a.Field == "Email");
        email.Before.ShouldBe(before.Email);
        email.After.ShouldBe("new.address@example.com");
        email.Actor.ShouldBe(People.DemoResident);
        audit.Single(a => a.Field == "MobilePhone").After.ShouldBe("+15615550199");
    }

    [Fact]
    public async Task InvalidEmailPhoneAndZipGiveOneTypedErrorEachAndSaveNothing()
    {
        var resident = await site.SignedInAsync(People.DemoResident);
        var own = (await site.LinkedAccountNumbersAsync(People.DemoResident))[1];
        var before = await CustomerOfAsync(own);
        var auditBefore = await site.WithDbAsync(db => db.AuditEntries.CountAsync());
        var input = ContactInputs.Valid(own, email: "not-an-email");
        input["mobilePhone"] = "555-0123";
        ((Dictionary<string, object?>)input["mailingAddress"]!)["zip"] = "3330";

        var response = await resident.PostGraphAsync(ContactInputs.Mutation, new { input });

        response.Status.ShouldBe(System.Net.HttpStatusCode.OK);
        response.Data.GetProperty("updateContactDetails").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        response.ErrorCodes.ShouldAllBe(code => code == "INVALID");
        response.ErrorFields.Order(StringComparer.Ordinal).ShouldBe(["email", "mailingAddress.zip", "mobilePhone"]);
        response.Errors.ShouldAllBe(e => e.GetProperty("path")[0].GetString() == "updateContactDetails");
        var after = await CustomerOfAsync(own);
        after.Email.ShouldBe(before.Email);
        after.MailingAddress.ShouldBe(before.MailingAddress);
        after.MobilePhone.ShouldBe(before.MobilePhone);
        (await site.WithDbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(auditBefore);
    }

    [Fact]
    public async Task AnUnknownAccountNumberIsNotFound()
    {
        var resident = await site.SignedInAsync(People.DemoResident);

        var response = await resident.PostGraphAsync(ContactInputs.Mutation, new { input = ContactInputs.Valid("1234567890") });

        response.ErrorCodes.ShouldBe(["NOT_FOUND"]);
        response.Data.GetProperty("updateContactDetails").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    private Task<Customer> CustomerOfAsync(string accountNumber) => site.WithDbAsync(async db =>
    {
        var number = AccountNumber.Parse(accountNumber);
        var customerId = await db.ServiceAccounts.Where(a => a.Number == number).Select(a => a.CustomerId).SingleAsync();
        return await db.Customers.AsNoTracking().SingleAsync(c => c.Id == customerId);
    });
}
