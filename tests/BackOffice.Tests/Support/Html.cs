using System.Net;
using System.Text.RegularExpressions;

namespace UtilityPortal.BackOffice.Tests.Support;

/// <summary>Reads pages the way a person sees them: decoded text, the values a form would send.</summary>
public static partial class Html
{
    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>The decoded inner text of the element with this id (first match).</summary>
    public static string ElementText(string html, string id)
    {
        var match = Regex.Match(html, $"<(\\w+)[^>]*\\bid=\"{Regex.Escape(id)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(TagPattern().Replace(match.Groups[2].Value, string.Empty)).Trim() : throw new InvalidOperationException($"No element #{id}.");
    }

    /// <summary>The decoded text of every element with this class, in page order.</summary>
    public static IReadOnlyList<string> TextsByClass(string html, string cssClass) =>
        Regex.Matches(html, $"<(\\w+)[^>]*\\bclass=\"[^\"]*\\b{Regex.Escape(cssClass)}\\b[^\"]*\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline)
            .Select(m => WebUtility.HtmlDecode(TagPattern().Replace(m.Groups[2].Value, string.Empty)).Trim())
            .ToList();

    /// <summary>What the first form posting to a page would send as it stands: inputs, checked boxes, selected options, textareas.</summary>
    public static Dictionary<string, string> FormValues(string html)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputPattern().Matches(html))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            if (name is null || name == "__RequestVerificationToken")
            {
                continue;
            }

            var type = Attribute(tag, "type") ?? "text";
            if (type == "checkbox")
            {
                if (tag.Contains("checked", StringComparison.Ordinal))
                {
                    values[name] = Attribute(tag, "value") ?? "on";
                }

                continue;
            }

            if (type is "submit" or "button" || (type == "hidden" && values.ContainsKey(name)))
            {
                continue;
            }

            values[name] = Attribute(tag, "value") ?? string.Empty;
        }

        foreach (Match select in SelectPattern().Matches(html))
        {
            var name = Attribute(select.Groups[1].Value, "name");
            var selected = Regex.Match(select.Groups[2].Value, "<option[^>]*value=\"([^\"]*)\"[^>]*selected");
            if (name is not null)
            {
                values[name] = selected.Success ? WebUtility.HtmlDecode(selected.Groups[1].Value) : string.Empty;
            }
        }

        foreach (Match area in TextAreaPattern().Matches(html))
        {
            var name = Attribute(area.Groups[1].Value, "name");
            if (name is not null)
            {
                values[name] = WebUtility.HtmlDecode(area.Groups[2].Value.TrimStart('\n', '\r'));
            }
        }

        return values;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaPattern();
}
