using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests;

public sealed class LinkAccountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_right_proof_links_the_account_audits_it_and_opens_its_dashboard()
    {
        var user = await factory.CreateUserAsync("linker@example.com");
        var proof = await UnlinkedAccountProofAsync(0);
        var browser = await factory.SignedInBrowserAsync(user.Email!);

        using var response = await LinkAsync(browser, proof.Number, proof.Zip, proof.Amount());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/Accounts/{proof.Number}");
        var (status, html) = await browser.FollowAsync(response);
        status.ShouldBe(HttpStatusCode.OK);
        Page.MainText(html).ShouldContain($"Account {proof.Number} is now linked to your sign-in.");
        (await factory.WithDbAsync(db => db.AccountLinks.AnyAsync(l => l.UserId == user.Id && l.ServiceAccountId == proof.Id))).ShouldBeTrue();
        (await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "AccountLinked" && a.EntityId == proof.Id.ToString() && a.After == user.Id)))
            .ShouldBeTrue();
    }

    [Theory]
    [InlineData("zip")]
    [InlineData("amount")]
    [InlineData("number")]
    public async Task Wrong_proof_gets_one_message_that_does_not_say_which_part_was_wrong(string wrongPart)
    {
        var user = await factory.CreateUserAsync($"guesser-{wrongPart}@example.com");
        var proof = await UnlinkedAccountProofAsync(1);
        var otherNumber = AccountNumber.FromSequence(999_999_990).Value;
        var browser = await factory.SignedInBrowserAsync(user.Email!);

        using var response = await LinkAsync(browser,
            wrongPart == "number" ? otherNumber : proof.Number,
            wrongPart == "zip" ? (proof.Zip == "00000" ? "00001" : "00000") : proof.Zip,
            wrongPart == "amount" ? proof.Amount(1m) : proof.Amount());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Page.Errors(await response.Content.ReadAsStringAsync()).ShouldBe([LinkServiceAccount.NoMatchMessage]);
        (await factory.WithDbAsync(db => db.AccountLinks.AnyAsync(l => l.UserId == user.Id))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_mistyped_account_number_is_caught_by_its_check_digit_next_to_the_field()
    {
        var proof = await UnlinkedAccountProofAsync(2);
        var digits = proof.Number.ToCharArray();
        digits[9] = digits[9] == '9' ? '0' : (char)(digits[9] + 1);
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        using var response = await LinkAsync(browser, new string(digits), proof.Zip, proof.Amount());

        var html = await response.Content.ReadAsStringAsync();
        Page.Errors(html).ShouldBe(["Enter the 10-digit account number shown on your bill."]);
        html.ShouldContain("href=\"#Input_AccountNumber\"");
    }

    private static Task<HttpResponseMessage> LinkAsync(HttpClient browser, string number, string zip, string amount) =>
        browser.PostFormAsync("/Accounts/Link", new Dictionary<string, string>
        {
            ["Input.AccountNumber"] = number,
            ["Input.ServiceZip"] = zip,
            ["Input.LastAmount"] = amount,
        });

    private sealed record Proof(Guid Id, string Number, string Zip, decimal LastBill)
    {
        public string Amount(decimal plus = 0m) => (LastBill + plus).ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>What a bill shows for an account nobody has linked: its number, service ZIP and the latest charge.</summary>
    private Task<Proof> UnlinkedAccountProofAsync(int skip) => factory.WithDbAsync(async db =>
    {
        var accounts = await db.ServiceAccounts.AsNoTracking()
            .Where(a => !db.AccountLinks.Any(l => l.ServiceAccountId == a.Id) && db.JournalEntries.Any(e => e.ServiceAccountId == a.Id && e.Kind == EntryKind.Charge))
            .OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.Premise!.ServiceAddress.Zip })
            .Take(skip + 1)
            .ToListAsync();
        var account = accounts[skip];
        var charges = await db.JournalEntries.AsNoTracking()
            .Where(e => e.ServiceAccountId == account.Id && e.Kind == EntryKind.Charge)
            .Select(e => new { e.EffectiveOn, e.Amount })
            .ToListAsync();
        var lastBill = charges.OrderByDescending(c => c.EffectiveOn).First().Amount.Amount;
        return new Proof(account.Id, account.Number.Value, account.Zip[..5], lastBill);
    });
}
