using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Autopay;
using UtilityPortal.Domain.Payments.Gateway;
using UtilityPortal.TestSupport.Payments;

namespace UtilityPortal.BackOffice.Tests.Payments.Autopay;

/// <summary>A bill charged by autopay to a card that declines shows on the staff failures list, with the customer told.</summary>
public sealed class AutopayFailuresPageTests(PaymentsBackOfficeFactory factory) : IClassFixture<PaymentsBackOfficeFactory>
{
    private static readonly Actor Specialist = new("staff-test", "Sam Specialist", true, new HashSet<string>([StaffRoles.SpecialistI], StringComparer.Ordinal));

    [Fact]
    public async Task ADeclinedDueDateChargeIsListedForStaffToFollowUp()
    {
        var staff = await factory.StaffBrowserAsync(StaffRoles.SpecialistI);
        var empty = await (await staff.GetAsync("/Payments/AutopayFailures")).TextAsync();
        Html.ElementText(empty, "no-failures").ShouldBe("No autopay charge has failed.");

        var account = await factory.WithContactAsync(skip: 2);
        await EnrolWithDecliningCardAsync(account.Number);
        var billId = await DueBills.PostDueOnAsync(factory.Services, account.Id, DueBills.CityToday(factory.Services));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<AutopayProcessor>().RunOnceAsync("test-node")).ShouldBeGreaterThanOrEqualTo(1);
        }

        var payment = await factory.WithDbAsync(db => db.Payments.AsNoTracking()
            .SingleAsync(p => db.Set<AutopayCharge>().Any(c => c.BillId == billId && c.PaymentId == p.Id)));
        payment.Status.ShouldBe(PaymentStatus.Failed);
        using var response = await staff.GetAsync("/Payments/AutopayFailures");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var row = Html.ElementText(await response.TextAsync(), "autopay-failures");
        row.ShouldContain(account.Number);
        row.ShouldContain(account.CustomerName);
        row.ShouldContain("The sandbox card was declined.");
        row.ShouldContain(payment.ReceiptNumber);
        row.ShouldContain("Yes, by e-mail");
    }

    [Fact]
    public async Task TheListIsForStaffOnly()
    {
        var browser = factory.CreateBrowser();

        using var response = await browser.GetAsync("/Payments/AutopayFailures");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/Login");
    }

    private async Task EnrolWithDecliningCardAsync(string number)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var started = await scope.ServiceProvider.GetRequiredService<StartAutopayEnrollment>().HandleAsync(Specialist,
            new StartAutopayInput(number, Tender.Card, new Uri("/done", UriKind.Relative), new Uri("/back", UriKind.Relative)));
        await scope.ServiceProvider.GetRequiredService<IAutopaySetupCompletion>()
            .CompleteAsync(SandboxGateway.SetupSessionIdOf(started.EnrollmentId), "sandbox_cus_test", SandboxGateway.DecliningMethod);
    }
}
