using System.Globalization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.BackOffice.Tests.Billing;

/// <summary>The one CSV writer every report export uses: RFC 4180 quoting, invariant figures, and the formula guard.</summary>
public sealed class CsvExportReportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1 305 555 0100", "'+1 305 555 0100")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("Smith, Jane", "\"Smith, Jane\"")]
    [InlineData("The \"Palms\" HOA", "\"The \"\"Palms\"\" HOA\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("Peña O'Neil", "Peña O'Neil")]
    [InlineData("", "")]
    public void TextIsGuardedAndQuoted(string text, string expected) => CsvExport.Field(text).ShouldBe(expected);

    [Fact]
    public void FiguresAreInvariant_AndNegativeAmountsStayNumbers()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("es-ES");
        try
        {
            CsvExport.Row([Money.Of(-37.08m), 1234567.5m, 7_500L, 42, new DateOnly(2026, 11, 3), true, BillKind.OffCycle, null])
                .ShouldBe("-37.08,1234567.5,7500,42,2026-11-03,true,OffCycle,");
            CsvExport.Field(Money.Of(1234.5m)).ShouldBe("1234.50");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
