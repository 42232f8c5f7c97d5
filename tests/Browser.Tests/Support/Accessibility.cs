using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace UtilityPortal.Browser.Tests.Support;

/// <summary>
/// Checks the page as it stands: axe-core's WCAG 2.1 A/AA rules, and reflow (1.4.10), which axe cannot see: the page
/// itself never scrolls sideways; a wide table may, inside its own region.
/// </summary>
public static class Accessibility
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task ShouldBeAccessibleAsync(this IPage page, string what)
    {
        // The page's own state, not Playwright's load events: the stylesheet must apply before contrast is measured.
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        await Screens.SaveAsync(page, what);
        var result = await page.RunAxe(Wcag21AA);
        if (result.Violations.Length > 0)
        {
            Assert.Fail(Report(page, what, result));
        }

        var sideways = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        sideways.ShouldBe(0, $"{what} ({page.Url}) scrolls sideways by {sideways}px at {page.ViewportSize?.Width}px wide");
    }

    private static string Report(IPage page, string what, AxeResult result)
    {
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"axe found {result.Violations.Length} WCAG 2.1 A/AA violation(s) on {what} ({page.Url}, {page.ViewportSize?.Width}x{page.ViewportSize?.Height}):").AppendLine();
        foreach (var violation in result.Violations)
        {
            report.Append(CultureInfo.InvariantCulture, $"- {violation.Id} [{violation.Impact}]: {violation.Help} ({violation.HelpUrl})").AppendLine();
            foreach (var node in violation.Nodes)
            {
                report.Append(CultureInfo.InvariantCulture, $"    at {node.Target}: {node.Html}").AppendLine();
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message).Where(m => !string.IsNullOrWhiteSpace(m));
                report.Append("      ").AppendLine(string.Join(" | ", checks).ReplaceLineEndings(" "));
            }
        }

        return report.ToString();
    }
}
