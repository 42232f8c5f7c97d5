using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Agreements;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests.Payments.Agreements;

/// <summary>The Portal with the agreement review job off: tests drive it themselves.</summary>
public sealed class AgreementsPortalFactory : PortalFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Payments:Agreements:Enabled"] = "false";
            return settings;
        }
    }

    private static readonly Actor Staff = new("staff-test", "Sam Specialist", true, new HashSet<string>([StaffRoles.SpecialistI], StringComparer.Ordinal));

    /// <summary>A draft on the account (after a 400.00 charge so it owes enough): 300.00, 60.00 down, 4 installments.</summary>
    public async Task<(Guid Id, string Holder)> DraftAsync(Guid accountId, string number)
    {
        await WithDbAsync(db =>
        {
            db.JournalEntries.Add(JournalEntry.Charge(accountId, Money.Of(400m), $"agreement-test:{Guid.NewGuid():N}", DateOnly.FromDateTime(DateTime.UtcNow),
                DateTimeOffset.UtcNow, "test", "Old balance"));
            return db.SaveChangesAsync();
        });
        await using var scope = Services.CreateAsyncScope();
        var today = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var draft = await scope.ServiceProvider.GetRequiredService<DraftPaymentAgreement>().HandleAsync(Staff,
            new DraftPaymentAgreementInput(number, 300m, 60m, 4, today.AddDays(20), "Pay each installment by its due date."));
        var holder = await WithDbAsync(db => db.ServiceAccounts.Where(a => a.Id == accountId).Select(a => a.Customer!.Name).SingleAsync());
        return (draft.Id, holder);
    }
}

public sealed class AgreementAcceptanceTests(AgreementsPortalFactory factory) : IClassFixture<AgreementsPortalFactory>
{
    private static Dictionary<string, string> Form(bool agree, string name) => agree
        ? new() { ["Input.Agree"] = "true", ["Input.FullName"] = name }
        : new() { ["Input.FullName"] = name };

    [Fact]
    public async Task The_resident_accepts_with_the_box_ticked_and_the_holders_name_in_any_letter_case()
    {
        var (accountId, number) = await NewLinkedAccountAsync();
        var (id, holder) = await factory.DraftAsync(accountId, number);
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);
        var url = $"/Agreements/{id}";

        var (status, html) = await browser.GetPageAsync(url);
        status.ShouldBe(HttpStatusCode.OK);
        Page.MainText(html).ShouldContain("Pay each installment by its due date.");
        Page.MainText(html).ShouldContain("$60.00");

        using var unticked = await browser.PostFormAsync(url, Form(false, holder), $"{url}?handler=Accept");
        unticked.StatusCode.ShouldBe(HttpStatusCode.OK);
        Page.MainText(await unticked.Content.ReadAsStringAsync()).ShouldContain("Tick \"I agree\" to accept the agreement.");

        using var wrongName = await browser.PostFormAsync(url, Form(true, "Somebody Else"), $"{url}?handler=Accept");
        Page.MainText(await wrongName.Content.ReadAsStringAsync()).ShouldContain("The name typed does not match the account holder's name.");
        (await StatusAsync(id)).ShouldBe(PaymentAgreementStatus.Draft);

        using var accepted = await browser.PostFormAsync(url, Form(true, "  " + holder.ToUpperInvariant() + " "), $"{url}?handler=Accept");
        var (_, after) = await browser.FollowAsync(accepted);
        Page.MainText(after).ShouldContain("the agreement is accepted and active");
        var stored = await factory.WithDbAsync(db => db.PaymentAgreements.AsNoTracking().SingleAsync(a => a.Id == id));
        stored.Status.ShouldBe(PaymentAgreementStatus.Active);
        stored.SignedVia.ShouldBe(AgreementSignature.Portal);
        stored.AcceptedAt.ShouldNotBeNull();
        stored.AcceptedBy.ShouldBe(await UserIdAsync(PortalFactory.ResidentEmail));

        using var twice = await browser.PostFormAsync(url, Form(true, holder), $"{url}?handler=Accept");
        twice.StatusCode.ShouldBe(HttpStatusCode.OK);
        Page.MainText(await twice.Content.ReadAsStringAsync()).ShouldContain("already been accepted");
    }

    [Fact]
    public async Task Another_residents_agreement_is_not_found_and_stays_a_draft()
    {
        var mine = (await factory.LinkedAccountsAsync(PortalFactory.ResidentEmail)).Select(a => a.Id).ToList();
        var other = await factory.WithDbAsync(db => db.ServiceAccounts.Where(a => !mine.Contains(a.Id)).OrderByDescending(a => a.Number).Select(a => new { a.Id, a.Number }).FirstAsync());
        var (id, holder) = await factory.DraftAsync(other.Id, other.Number.Value);
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        (await browser.GetPageAsync($"/Agreements/{id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetPageAsync($"/Agreements/{id}/Print?lang=es")).Status.ShouldBe(HttpStatusCode.NotFound);

        (await StatusAsync(id)).ShouldBe(PaymentAgreementStatus.Draft);
        holder.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task The_agreement_prints_in_the_language_asked_for()
    {
        var (accountId, number) = await NewLinkedAccountAsync();
        var (id, _) = await factory.DraftAsync(accountId, number);
        var browser = await factory.SignedInBrowserAsync(PortalFactory.ResidentEmail);

        var (_, english) = await browser.GetPageAsync($"/Agreements/{id}/Print?lang=en");
        var (_, spanish) = await browser.GetPageAsync($"/Agreements/{id}/Print?lang=es");

        Page.MainText(english).ShouldContain("Payment agreement");
        Page.MainText(english).ShouldContain("Down payment (due when signed)");
        english.ShouldContain("lang=\"en\"");
        Page.MainText(spanish).ShouldContain("Acuerdo de pago");
        Page.MainText(spanish).ShouldContain("Pago inicial (al firmar)");
        Page.MainText(spanish).ShouldContain("Calendario de pagos");
        spanish.ShouldContain("lang=\"es\"");
    }

    /// <summary>Each test links an account of its own to the resident, so the one-open-agreement rule does not join the tests.</summary>
    private async Task<(Guid Id, string Number)> NewLinkedAccountAsync()
    {
        // LinkAnyAccountAsync takes the lowest unlinked number; the isolation test drafts on the highest.
        var userId = await UserIdAsync(PortalFactory.ResidentEmail);
        var number = await factory.LinkAnyAccountAsync(userId, []);
        var id = await factory.WithDbAsync(db => db.ServiceAccounts.Where(a => a.Number == Domain.Accounts.AccountNumber.Parse(number, "number")).Select(a => a.Id).SingleAsync());
        return (id, number);
    }

    private Task<PaymentAgreementStatus> StatusAsync(Guid id) =>
        factory.WithDbAsync(db => db.PaymentAgreements.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());

    private Task<string> UserIdAsync(string email)
    {
        var normalized = email.ToUpperInvariant();
        return factory.WithDbAsync(db => db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync());
    }
}
