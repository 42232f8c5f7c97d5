using System.Net;
using System.Text.RegularExpressions;
using UtilityPortal.Portal.Tests.Support;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Portal.Tests.Bills;

/// <summary>"Estimate my bill": anyone may use it; it prices through PreviewBill with the schedule in effect today, and refuses bad answers next to their fields.</summary>
public sealed partial class CalculatorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>The first worked example of rates/README.md: residential, 5/8", inside the city, 7,500 gallons, four services.</summary>
    private static Dictionary<string, string> WorkedExample() => new()
    {
        ["Input.CustomerClass"] = "Residential",
        ["Input.MeterSize"] = "5/8",
        ["Input.InsideCity"] = "true",
        ["Input.Services"] = "Water",
        ["Input.WaterGallons"] = "7500",
        ["Input.DwellingUnits"] = "1",
    };

    [Fact]
    public async Task Anyone_can_open_it_and_choose_a_meter_size_of_the_schedule_in_effect()
    {
        var (status, html) = await factory.CreateBrowser().GetPageAsync("/Calculator");

        status.ShouldBe(HttpStatusCode.OK);
        var select = MeterSelect().Match(html).Value;
        OptionValue().Matches(select).Select(m => m.Groups[1].Value).ShouldBe(["", "5/8", "3/4", "1", "1-1/2", "2", "3", "4", "6"]);
        Page.FormFields(html)["Input.MeterSize"].ShouldBe("5/8");
        html.ShouldContain("href=\"/Calculator\"", customMessage: "the menu offers it to everyone");
    }

    [Fact]
    public async Task The_worked_example_costs_124_68()
    {
        var (status, html) = await PostAsync(WorkedExample(), "Water", "Sewer", "Stormwater", "Refuse");

        status.ShouldBe(HttpStatusCode.OK);
        Page.Errors(html).ShouldBeEmpty();
        Amounts(html).ShouldBe(["$12.40", "$18.30", "$6.38", "$0.00", "$0.00", "$14.10", "$42.00", "$6.90", "$24.60"]);
        Total(html).ShouldBe("$124.68");
        Page.MainText(html).ShouldContain("Estimated monthly bill: $124.68");
        Page.MainText(html).ShouldContain("Rate schedule FY2026.");
    }

    [Fact]
    public async Task The_same_home_outside_the_city_costs_147_98()
    {
        var fields = WorkedExample();
        fields.Remove("Input.InsideCity");

        var (_, html) = await PostAsync(fields, "Water", "Sewer", "Stormwater", "Refuse");

        Amounts(html).ShouldBe(["$15.50", "$22.88", "$7.97", "$0.00", "$0.00", "$17.63", "$52.50", "$6.90", "$24.60"]);
        Total(html).ShouldBe("$147.98");
    }

    [Theory]
    [InlineData("Input.WaterGallons", "-5", "Input_WaterGallons", "Enter water gallons from 0 to 100,000,000.")]
    [InlineData("Input.WaterGallons", "", "Input_WaterGallons", "Enter the water gallons, 0 or more.")]
    [InlineData("Input.MeterSize", "", "Input_MeterSize", "Choose a meter size.")]
    [InlineData("Input.MeterSize", "7/8", "Input_MeterSize", "Choose one of the meter sizes listed.")]
    [InlineData("Input.ReuseGallons", "-1", "Input_ReuseGallons", "Enter reuse gallons from 0 to 100,000,000.")]
    [InlineData("Input.DwellingUnits", "0", "Input_DwellingUnits", "Dwelling units must be at least 1.")]
    public async Task Bad_input_is_refused_next_to_its_field_and_nothing_is_estimated(string field, string value, string id, string message)
    {
        var fields = WorkedExample();
        fields[field] = value;

        var (status, html) = await PostAsync(fields, "Water", "Sewer");

        status.ShouldBe(HttpStatusCode.OK);
        Page.Errors(html).ShouldBe([message]);
        html.ShouldContain($"<a href=\"#{id}\">{WebUtility.HtmlEncode(message)}</a>");
        FieldTag(html, id).ShouldContain("aria-invalid=\"true\"");
        html.ShouldNotContain("data-testid=\"estimate\"");
    }

    [Fact]
    public async Task No_service_chosen_is_refused()
    {
        var (_, html) = await PostAsync(WorkedExample());

        Page.Errors(html).ShouldBe(["Choose at least one service."]);
        html.ShouldNotContain("data-testid=\"estimate\"");
    }

    [Fact]
    public async Task A_spanish_reader_gets_the_estimate_and_the_messages_in_spanish()
    {
        var browser = factory.CreateBrowser();
        var fields = WorkedExample();
        using (var ok = await browser.PostFormAsync("/Calculator?culture=es-US", Form(fields, "Water", "Sewer", "Stormwater", "Refuse")))
        {
            var text = Page.MainText(await ok.Content.ReadAsStringAsync());
            text.ShouldContain("Factura mensual estimada: $124.68");
            text.ShouldContain("Agua, nivel 2 (6,001–15,000 gal): 1,500 gal");
        }

        fields["Input.WaterGallons"] = "-5";
        using var bad = await browser.PostFormAsync("/Calculator?culture=es-US", Form(fields, "Water"));

        Page.Errors(await bad.Content.ReadAsStringAsync()).ShouldBe(["Escriba los galones de agua, de 0 a 100,000,000."]);
    }

    private async Task<(HttpStatusCode Status, string Html)> PostAsync(Dictionary<string, string> fields, params string[] services)
    {
        using var response = await factory.CreateBrowser().PostFormAsync("/Calculator", Form(fields, services));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The form's fields with one Input.Services value per ticked box, indexed because a dictionary holds one value per name.</summary>
    private static Dictionary<string, string> Form(Dictionary<string, string> fields, params string[] services)
    {
        var form = new Dictionary<string, string>(fields);
        form.Remove("Input.Services");
        for (var i = 0; i < services.Length; i++)
        {
            form[$"Input.Services[{i}]"] = services[i];
        }

        return form;
    }

    private static List<string> Amounts(string html) =>
        AmountCell().Matches(html).Select(m => Page.Text(m.Groups[1].Value)).ToList();

    private static string FieldTag(string html, string id) =>
        Regex.Match(html, $@"<(?:input|select)\b[^>]*\bid=""{id}""[^>]*>").Value;

    private static string Total(string html) => Page.Text(TotalCell().Match(html).Groups[1].Value);

    [GeneratedRegex(@"<select[^>]*id=""Input_MeterSize"".*?</select>", RegexOptions.Singleline)]
    private static partial Regex MeterSelect();

    [GeneratedRegex(@"<option value=""([^""]*)""")]
    private static partial Regex OptionValue();

    [GeneratedRegex(@"data-testid=""estimate-amount"">(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex AmountCell();

    [GeneratedRegex(@"data-testid=""estimate-total"">(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex TotalCell();
}
