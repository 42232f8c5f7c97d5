using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments.Agreements;
using UtilityPortal.Domain.Payments.Deposits;
using UtilityPortal.GraphApi.Tests.Infrastructure;

namespace UtilityPortal.GraphApi.Tests.Payments;

/// <summary>What the agreement and deposit tests arrange directly: an account that owes enough, a draft, a date ahead.</summary>
internal static class AgreementArrangements
{
    public const string Terms = "Pay each installment by its due date.";

    public static readonly Actor Specialist = new("staff-test", "Sam Specialist", true, new HashSet<string>([StaffRoles.SpecialistI], StringComparer.Ordinal));

    /// <summary>An old 400.00 charge, so the account owes enough for a 300.00 agreement; returns the account's id and holder.</summary>
    public static Task<(Guid Id, string Holder)> OwingAsync(this IApiSite site, string number) => site.DbAsync(async db =>
    {
        var parsed = AccountNumber.Parse(number);
        var account = await db.ServiceAccounts.Where(a => a.Number == parsed).Select(a => new { a.Id, a.Customer!.Name }).SingleAsync();
        db.JournalEntries.Add(JournalEntry.Charge(account.Id, Money.Of(400m), $"agreement-api-test:{Guid.NewGuid():N}", DateOnly.FromDateTime(DateTime.UtcNow),
            DateTimeOffset.UtcNow, "test", "Old balance"));
        await db.SaveChangesAsync();
        return (account.Id, account.Name);
    });

    public static DateOnly InThreeWeeks(this IApiSite site) =>
        DateOnly.FromDateTime(site.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime).AddDays(21);

    /// <summary>A draft made as a specialist would make it in the BackOffice: 300.00, 60.00 down, 4 installments.</summary>
    public static async Task<Guid> DraftAsync(this IApiSite site, string number)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var draft = await scope.ServiceProvider.GetRequiredService<DraftPaymentAgreement>().HandleAsync(Specialist,
            new DraftPaymentAgreementInput(number, 300m, 60m, 4, site.InThreeWeeks(), Terms));
        return draft.Id;
    }

    /// <summary>Active demo accounts with a meter and no deposit yet, highest numbers first.</summary>
    public static Task<List<string>> AccountsWithoutDepositAsync(this IApiSite site) => site.DbAsync(async db =>
        (await db.ServiceAccounts.AsNoTracking()
            .Where(a => a.Status == AccountStatus.Active && db.Meters.Any(m => m.PremiseId == a.PremiseId)
                        && !db.Set<DepositRequirement>().Any(d => d.ServiceAccountId == a.Id))
            .OrderByDescending(a => a.Number)
            .Select(a => a.Number)
            .Take(5)
            .ToListAsync()).Select(n => n.Value).ToList());
}

/// <summary>Staff through the BackOffice's API: draft, counter signature and cancel of an agreement; a deposit required and waived.</summary>
public sealed class AgreementAndDepositStaffApiTests(BackOfficeApiFactory site) : IClassFixture<BackOfficeApiFactory>
{
    private const string Fields = "id accountNumber status covered downPayment installmentCount terms signedVia signerName cancellationReason schedule { number amount }";

    [Fact]
    public async Task AnAgreementIsDraftedSignedAtTheCounterAndCancelled()
    {
        var specialist = await site.StaffAsync(StaffRoles.SpecialistI);
        var number = (await site.AccountNumbersAsync())[30];
        var (_, holder) = await site.OwingAsync(number);

        var draft = (await specialist.PostGraphAsync($$"""
            mutation($n: String!, $first: Date!, $terms: String) {
              draftPaymentAgreement(input: { accountNumber: $n, covered: 300, downPayment: 60, installments: 4, firstDueOn: $first, terms: $terms }) { {{Fields}} }
            }
            """, new { n = number, first = site.InThreeWeeks().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), terms = AgreementArrangements.Terms }))
            .ShouldSucceed().Data.GetProperty("draftPaymentAgreement");
        draft.GetProperty("status").GetString().ShouldBe("DRAFT");
        draft.GetProperty("accountNumber").GetString().ShouldBe(number);
        draft.GetProperty("covered").GetDecimal().ShouldBe(300m);
        draft.GetProperty("downPayment").GetDecimal().ShouldBe(60m);
        draft.GetProperty("installmentCount").GetInt32().ShouldBe(4);
        draft.GetProperty("schedule").EnumerateArray().Sum(l => l.GetProperty("amount").GetDecimal()).ShouldBe(300m);
        var id = draft.GetProperty("id").GetString();

        var signed = (await specialist.PostGraphAsync($$"""
            mutation($id: ID!, $who: String) { recordCounterSignature(input: { agreementId: $id, signerName: $who }) { {{Fields}} } }
            """, new { id, who = holder })).ShouldSucceed().Data.GetProperty("recordCounterSignature");
        signed.GetProperty("status").GetString().ShouldBe("ACTIVE");
        signed.GetProperty("signedVia").GetString().ShouldBe("COUNTER");
        signed.GetProperty("signerName").GetString().ShouldBe(holder);

        var cancelled = (await specialist.PostGraphAsync($$"""
            mutation($id: ID!) { cancelPaymentAgreement(input: { agreementId: $id, reason: "Customer moved away" }) { {{Fields}} } }
            """, new { id })).ShouldSucceed().Data.GetProperty("cancelPaymentAgreement");
        cancelled.GetProperty("status").GetString().ShouldBe("CANCELLED");
        cancelled.GetProperty("cancellationReason").GetString().ShouldBe("Customer moved away");

        var listed = (await specialist.PostGraphAsync("query($n: String!) { paymentAgreements(accountNumber: $n) { id status } }", new { n = number }))
            .ShouldSucceed().Data.GetProperty("paymentAgreements").EnumerateArray().ToList();
        listed.ShouldHaveSingleItem().GetProperty("status").GetString().ShouldBe("CANCELLED");
    }

    [Fact]
    public async Task ADepositIsRequiredWithTheScheduledAmountAndASupervisorWaivesIt()
    {
        const string DepositFields = "accountNumber status required billId billStatus held balance waivedBy waiverReason";
        var specialist = await site.StaffAsync(StaffRoles.SpecialistI);
        var supervisor = await site.StaffAsync(StaffRoles.Supervisor);
        var number = (await site.AccountsWithoutDepositAsync())[0];

        var required = (await specialist.PostGraphAsync($"mutation($n: String!) {{ requireDeposit(accountNumber: $n) {{ {DepositFields} }} }}", new { n = number }))
            .ShouldSucceed().Data.GetProperty("requireDeposit");
        required.GetProperty("status").GetString().ShouldBe("BILLED");
        required.GetProperty("billStatus").GetString().ShouldBe("POSTED");
        var amount = required.GetProperty("required").GetDecimal();
        var billId = Guid.Parse(required.GetProperty("billId").GetString()!);
        var billed = await site.DbAsync(db => db.Bills.Where(b => b.Id == billId).Select(b => b.CurrentCharges).SingleAsync());
        amount.ShouldBe(billed.Amount, "the amount the schedule sets for the class and meter size, as billed");
        amount.ShouldBeGreaterThan(0m);

        var refused = await specialist.PostGraphAsync("mutation($n: String!) { waiveDeposit(accountNumber: $n, reason: \"Good history\") { status } }", new { n = number });
        refused.Errors.ShouldNotBeEmpty();

        var waived = (await supervisor.PostGraphAsync($"mutation($n: String!) {{ waiveDeposit(accountNumber: $n, reason: \"Good history\") {{ {DepositFields} }} }}",
            new { n = number })).ShouldSucceed().Data.GetProperty("waiveDeposit");
        waived.GetProperty("status").GetString().ShouldBe("WAIVED");
        waived.GetProperty("waiverReason").GetString().ShouldBe("Good history");
        waived.GetProperty("billStatus").GetString().ShouldBe("CANCELLED");

        var read = (await specialist.PostGraphAsync($"query($n: String!) {{ deposit(accountNumber: $n) {{ {DepositFields} }} }}", new { n = number }))
            .ShouldSucceed().Data.GetProperty("deposit");
        read.GetProperty("status").GetString().ShouldBe("WAIVED");
        read.GetProperty("required").GetDecimal().ShouldBe(amount);
    }
}

/// <summary>A resident through the Portal's API: accepts a draft on a linked account, and declines another.</summary>
public sealed class AgreementResidentApiTests(PortalApiFactory site) : IClassFixture<PortalApiFactory>
{
    [Fact]
    public async Task AResidentAcceptsOneDraftAndDeclinesAnother()
    {
        var numbers = await site.AccountNumbersAsync();
        var (accepting, declining) = (numbers[40], numbers[41]);
        var email = await site.CreateResidentAsync($"agreements-{Guid.NewGuid():N}@example.com", [accepting, declining]);
        var (_, holder) = await site.OwingAsync(accepting);
        await site.OwingAsync(declining);
        var toAccept = await site.DraftAsync(accepting);
        var toDecline = await site.DraftAsync(declining);
        var resident = await site.SignedInAsync(email);

        var mine = (await resident.PostGraphAsync("query($id: ID!) { paymentAgreement(id: $id) { status terms } }", new { id = toAccept }))
            .ShouldSucceed().Data.GetProperty("paymentAgreement");
        mine.GetProperty("terms").GetString().ShouldBe(AgreementArrangements.Terms);

        var accepted = (await resident.PostGraphAsync("""
            mutation($id: ID!, $name: String) { acceptPaymentAgreement(input: { agreementId: $id, agree: true, fullName: $name }) { status signedVia acceptedAt } }
            """, new { id = toAccept, name = holder })).ShouldSucceed().Data.GetProperty("acceptPaymentAgreement");
        accepted.GetProperty("status").GetString().ShouldBe("ACTIVE");
        accepted.GetProperty("signedVia").GetString().ShouldBe("PORTAL");
        accepted.GetProperty("acceptedAt").GetString().ShouldNotBeNullOrEmpty();

        var declined = (await resident.PostGraphAsync("mutation($id: ID!) { cancelPaymentAgreement(input: { agreementId: $id }) { status } }", new { id = toDecline }))
            .ShouldSucceed().Data.GetProperty("cancelPaymentAgreement");
        declined.GetProperty("status").GetString().ShouldBe("CANCELLED");

        var stored = await site.DbAsync(db => db.PaymentAgreements.AsNoTracking().Where(a => a.Id == toAccept || a.Id == toDecline)
            .ToDictionaryAsync(a => a.Id, a => a.Status));
        stored[toAccept].ShouldBe(PaymentAgreementStatus.Active);
        stored[toDecline].ShouldBe(PaymentAgreementStatus.Cancelled);
    }
}
