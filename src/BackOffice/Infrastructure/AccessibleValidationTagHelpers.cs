using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace UtilityPortal.BackOffice.Infrastructure;

/// <summary>
/// Ties a field to its error message for screen readers: the message gets an id, and an invalid field gets
/// aria-invalid and aria-describedby pointing at it (WCAG 3.3.1). Runs after the built-in tag helpers.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed class AriaInvalidTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (!ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) || entry.Errors.Count == 0)
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value + " " : string.Empty;
        output.Attributes.SetAttribute("aria-describedby", describedBy + ErrorIds.For(name));
    }
}

[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class ValidationMessageIdTagHelper : TagHelper
{
    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        output.Attributes.SetAttribute("id", ErrorIds.For(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name)));
}

internal static class ErrorIds
{
    public static string For(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_") + "-error";
}
