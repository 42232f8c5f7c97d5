using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Payments.Agreements;
using UtilityPortal.TestSupport.Payments;

namespace UtilityPortal.BackOffice.Tests.Payments.Agreements;

/// <summary>The staff bill page shows the payment agreement installments due by the bill's due date, as the Portal statement does.</summary>
public sealed class BillPageInstallmentsTests(PaymentsBackOfficeFactory factory) : IClassFixture<PaymentsBackOfficeFactory>
{
    private static readonly Actor Specialist = new("staff-test", "Sam Specialist", true, new HashSet<string>([StaffRoles.SpecialistI], StringComparer.Ordinal));

    [Fact]
    public async Task TheDownPaymentAndTheInstallmentDueByTheBillsDueDateAreShown()
    {
        var account = await factory.WithContactAsync(skip: 4);
        var today = DueBills.CityToday(factory.Services);
        var dueOn = today.AddDays(21);
        var billId = await DueBills.PostDueOnAsync(factory.Services, account.Id, dueOn);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // 30.00 down when signed, then three of 10.00: the first by the bill's due date, the others after it.
            var draft = await scope.ServiceProvider.GetRequiredService<DraftPaymentAgreement>().HandleAsync(Specialist,
                new DraftPaymentAgreementInput(account.Number, 60m, 30m, 3, dueOn.AddDays(-1), "Pay each installment by its due date."));
            await scope.ServiceProvider.GetRequiredService<RecordCounterSignature>().HandleAsync(Specialist, new RecordCounterSignatureInput(draft.Id, account.CustomerName));
        }

        var browser = await factory.StaffBrowserAsync(StaffRoles.SpecialistI);
        var html = await (await browser.GetAsync($"/Accounts/{account.Number}/Bills/{billId:D}")).TextAsync();

        var lines = Html.TextsByClass(html, "agreement-installment");
        lines.Count.ShouldBe(2);
        lines[0].ShouldContain("Down payment");
        lines[0].ShouldContain("$30.00");
        lines[1].ShouldContain("Installment 1");
        lines[1].ShouldContain(dueOn.AddDays(-1).ToString("d", CultureInfo.GetCultureInfo("en-US")));
        lines[1].ShouldContain("$10.00");
        Html.ElementText(html, "agreement-installments-total").ShouldBe("$40.00");
    }
}
