using System.Text.RegularExpressions;

namespace UtilityPortal.Browser.Tests.Support;

/// <summary>
/// Full-page screenshots of every checked page, only when UTILITYPORTAL_SCREENSHOTS names a folder: for a person to
/// look at the pages, not for the tests to compare.
/// </summary>
public static partial class Screens
{
    public const string FolderVariable = "UTILITYPORTAL_SCREENSHOTS";

    public static async Task SaveAsync(IPage page, string what)
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        if (string.IsNullOrWhiteSpace(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        var name = $"{page.ViewportSize?.Width}-{Unsafe().Replace(what, "-").Trim('-').ToLowerInvariant()}.png";
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name), FullPage = true });
    }

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex Unsafe();
}
