using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Data.Seeding;
using UtilityPortal.Domain.Development;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Gateway;
using UtilityPortal.Portal.Tests.Payments;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests.Contractors;

/// <summary>
/// Issue 5's "a contractor gets, accepts and pays an estimate", through the pages: the demo contractor requests an
/// estimate, staff issue it, the contractor accepts it and pays the fees on the sandbox checkout page, and the estimate
/// then shows them paid. The payment reaches the ledger once, however often the confirmation comes.
/// </summary>
public sealed partial class ContractorEstimatePaymentTests(PaymentsPortalFactory factory) : IClassFixture<PaymentsPortalFactory>
{
    private static readonly Actor SpecialistTwo = new("staff-2", "Marcus Bell", true, new HashSet<string>(StringComparer.Ordinal) { StaffRoles.SpecialistII });

    [Fact]
    public async Task A_contractor_gets_accepts_and_pays_an_estimate_and_the_payment_posts_once()
    {
        var browser = await factory.SignedInBrowserAsync(DemoLogins.Contractor.Email);
        using var posted = await browser.PostFormAsync("/Contractors/Request", ContractorEstimatePagesTests.NewParcel("01-4103-500-0040"));
        var id = Guid.Parse(posted.Headers.Location!.OriginalString.Split("id=")[1]);
        await StaffAsync<StartEstimateReview>(u => u.HandleAsync(SpecialistTwo, id));
        await StaffAsync<IssueEstimate>(u => u.HandleAsync(SpecialistTwo, id));

        var estimatePage = $"/Contractors/Estimate?id={id}";
        var (_, issued) = await browser.GetPageAsync(estimatePage);
        Page.MainText(issued).ShouldContain("Accept the estimate");
        using var accept = await browser.PostFormAsync(estimatePage, new Dictionary<string, string>(), postUrl: $"{estimatePage}&handler=Accept");
        var (_, accepted) = await browser.FollowAsync(accept);
        Page.MainText(accepted).ShouldContain("Fees due: $11,532.50");

        // "Pay the fees online" opens the sandbox's checkout for the estimate's account.
        using var pay = await browser.PostFormAsync(estimatePage, new Dictionary<string, string>(), postUrl: $"{estimatePage}&handler=Pay");
        pay.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var checkoutPage = pay.Headers.Location!.AbsolutePath;
        checkoutPage.ShouldStartWith("/Pay/Sandbox/");
        var checkoutId = Guid.Parse(checkoutPage["/Pay/Sandbox/".Length..]);
        var account = await factory.WithDbAsync(db => db.ContractorEstimates.AsNoTracking().Where(e => e.Id == id).Select(e => e.ServiceAccountId!.Value).SingleAsync());
        var number = await factory.WithDbAsync(db => db.ServiceAccounts.AsNoTracking().Where(a => a.Id == account).Select(a => a.Number).SingleAsync());
        var (status, checkout) = await browser.GetPageAsync(checkoutPage);
        status.ShouldBe(HttpStatusCode.OK);
        Page.MainText(checkout).ShouldContain(number.Value);
        WebUtility.HtmlDecode(SandboxTotal().Match(checkout).Groups[1].Value).ShouldBe("$11,532.50");

        using var success = await browser.PostFormAsync(checkoutPage, new Dictionary<string, string>(), postUrl: $"{checkoutPage}?handler=Pay");
        success.Headers.Location!.AbsoluteUri.ShouldBe($"http://localhost{estimatePage}");
        var (_, paid) = await browser.GetPageAsync(estimatePage);
        Page.MainText(paid).ShouldContain("The fees are paid. Thank you.");
        paid.ShouldNotContain("handler=Pay");

        // Pressed again, and the gateway's confirmation delivered again (the same event, and a second event for the same checkout).
        using var again = await browser.PostFormAsync(checkoutPage, new Dictionary<string, string>(), postUrl: $"{checkoutPage}?handler=Pay");
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reference = SandboxGateway.PaymentReferenceOf(checkoutId);
        (await ConfirmAsync(new CheckoutCompleted(SandboxGateway.GatewayName, $"sandbox:{checkoutId:N}:paid", "checkout.session.completed", checkoutId, reference, Paid: true)))
            .ShouldBe(GatewayEventOutcome.Duplicate);
        await ConfirmAsync(new CheckoutCompleted(SandboxGateway.GatewayName, $"sandbox:{checkoutId:N}:paid-again", "checkout.session.completed", checkoutId, reference, Paid: true));
        using var payAgain = await browser.PostFormAsync(estimatePage, new Dictionary<string, string>(), postUrl: $"{estimatePage}&handler=Pay");
        var (_, nothingDue) = await browser.FollowAsync(payAgain);
        Page.MainText(nothingDue).ShouldContain("There are no fees to pay on this estimate.");

        var payments = await factory.WithDbAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == account && e.Kind == EntryKind.Payment).ToListAsync());
        payments.Single().Amount.ShouldBe(Money.Of(-11_532.50m));
        (await factory.WithDbAsync(db => db.Payments.AsNoTracking().Where(p => p.ServiceAccountId == account).Select(p => p.Status).ToListAsync()))
            .ShouldBe([PaymentStatus.Posted]);
        var balance = await factory.WithDbAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.ServiceAccountId == account).Select(e => e.Amount).ToListAsync());
        balance.Sum().ShouldBe(Money.Zero);
    }

    private async Task StaffAsync<TUseCase>(Func<TUseCase, Task<ContractorEstimate>> work)
        where TUseCase : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    private async Task<GatewayEventOutcome> ConfirmAsync(GatewayEvent confirmation)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProcessGatewayEvent>().HandleAsync(confirmation);
    }

    [GeneratedRegex(@"data-testid=""sandbox-total"">([^<]*)<")]
    private static partial Regex SandboxTotal();
}
