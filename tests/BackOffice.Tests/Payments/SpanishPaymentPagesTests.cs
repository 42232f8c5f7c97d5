using System.Net;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.BackOffice.Tests.Payments;

/// <summary>A staff member who reads Spanish sees the payments pages in Spanish: counter, batches, refunds, lockbox, suspense, deposit.</summary>
public sealed class SpanishPaymentPagesTests(PaymentsBackOfficeFactory factory) : IClassFixture<PaymentsBackOfficeFactory>
{
    [Fact]
    public async Task ThePaymentsPagesShowSpanishHeadings()
    {
        var browser = await factory.StaffBrowserAsync(StaffRoles.Supervisor);
        (await browser.PostFormAsync("/Language", new Dictionary<string, string> { ["language"] = "es", ["returnUrl"] = "/" })).Dispose();
        var (_, number) = await factory.AccountWithoutDepositAsync(3);

        var pages = new (string Url, string[] Spanish)[]
        {
            ("/Payments/Counter", ["<h1>Pagos en caja</h1>", "Abra su lote del día"]),
            ("/Payments/Batches", ["Lotes de caja", "Ningún cajero abrió un lote ese día."]),
            ("/Payments/Refunds", ["<h1>Reembolsos</h1>", "Reembolsar un saldo a favor", "Reembolsos recientes"]),
            ("/Payments/Lockbox", ["Importar el archivo del banco", "Archivos importados"]),
            ("/Payments/Suspense", ["<h1>Cola de pendientes</h1>"]),
            ($"/Accounts/{number}/Deposit", ["Depósito", "No requerido", "Exigir el depósito y emitir su factura"]),
        };
        foreach (var (url, spanish) in pages)
        {
            using var response = await browser.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            var html = await response.TextAsync();
            html.ShouldContain("<html lang=\"es\">", customMessage: url);
            foreach (var text in spanish)
            {
                html.ShouldContain(text, customMessage: url);
            }
        }
    }
}
