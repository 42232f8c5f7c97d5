using System.Net;
using System.Text.RegularExpressions;

namespace UtilityPortal.Portal.Tests.Support;

/// <summary>Reads a page the way a person does: the text of its main region, its form fields, its messages.</summary>
public static partial class Page
{
    /// <summary>The inner HTML of &lt;main&gt;: the page's own content, without the header's forms.</summary>
    public static string MainHtml(string html)
    {
        var match = MainPattern().Match(html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("The page has no <main>.");
    }

    /// <summary>The visible text of &lt;main&gt;, tags removed, entities decoded, spaces collapsed.</summary>
    public static string MainText(string html) => Text(MainHtml(html));

    public static string Text(string html) =>
        WhiteSpace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    /// <summary>The HTML without its antiforgery tokens, which differ on every response; for comparing two answers.</summary>
    public static string WithoutTokens(string html) => TokenValue().Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"\"");

    /// <summary>The fields the main form would post as it stands: text inputs, checked boxes, selected options, hidden fields.</summary>
    public static Dictionary<string, string> FormFields(string html)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputTagPattern().Matches(MainHtml(html)))
        {
            var attributes = Attributes(input.Value);
            if (!attributes.TryGetValue("name", out var name))
            {
                continue;
            }

            var type = attributes.GetValueOrDefault("type", "text");
            var value = WebUtility.HtmlDecode(attributes.GetValueOrDefault("value", string.Empty));
            if (type is "checkbox" or "radio")
            {
                if (attributes.ContainsKey("checked"))
                {
                    fields[name] = type == "checkbox" ? "true" : value;
                }

                continue;
            }

            // The hidden "false" MVC adds after a checkbox must not override a checked box.
            if (type == "hidden" && fields.ContainsKey(name))
            {
                continue;
            }

            fields[name] = value;
        }

        foreach (Match select in SelectTag().Matches(MainHtml(html)))
        {
            var name = Attributes(select.Groups[1].Value)["name"];
            var selected = OptionTag().Matches(select.Groups[2].Value).FirstOrDefault(o => Attributes(o.Value).ContainsKey("selected"));
            fields[name] = selected is null ? string.Empty : Attributes(selected.Value).GetValueOrDefault("value", string.Empty);
        }

        fields.Remove("__RequestVerificationToken");
        return fields;
    }

    /// <summary>The &lt;input&gt; tag with the given id.</summary>
    public static string InputTag(string html, string id) =>
        InputTagPattern().Matches(html).Select(m => m.Value).Single(tag => tag.Contains($"id=\"{id}\"", StringComparison.Ordinal));

    /// <summary>The messages of the error summary at the top of a form.</summary>
    public static IReadOnlyList<string> Errors(string html)
    {
        var summary = ErrorSummary().Match(html);
        return summary.Success ? ListItems().Matches(summary.Value).Select(m => Text(m.Groups[1].Value)).ToList() : [];
    }

    private static Dictionary<string, string> Attributes(string tag) =>
        AttributePattern().Matches(tag)
            .GroupBy(m => m.Groups[1].Value, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Groups[3].Success ? g.First().Groups[3].Value : string.Empty, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"<main\b[^>]*>(.*)</main>", RegexOptions.Singleline)]
    private static partial Regex MainPattern();

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""[^""]*""")]
    private static partial Regex TokenValue();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"<input\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex InputTagPattern();

    [GeneratedRegex(@"<select\b([^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectTag();

    [GeneratedRegex(@"<option\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex OptionTag();

    [GeneratedRegex(@"([\w\-.:]+)(=""([^""]*)"")?")]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"<div class=""error-summary"".*?</div>", RegexOptions.Singleline)]
    private static partial Regex ErrorSummary();

    [GeneratedRegex(@"<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ListItems();
}
