using System.Net;
using System.Text.Json;

namespace UtilityPortal.BackOffice.Tests;

public sealed class AccountSearchTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    public static TheoryData<string> Kinds => ["number", "name", "address", "parcel", "phone", "email"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task SearchFindsTheAccountByEachKindOfTerm(string kind)
    {
        var account = await factory.WithContactAsync();
        var query = kind switch
        {
            "number" => account.Number,
            "name" => account.CustomerName,
            "address" => account.ServiceLine1,
            "parcel" => account.ParcelId,
            "phone" => account.Phone!.Value.ToDisplay(),
            _ => account.Email!,
        };
        using var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();

        using var response = await browser.GetAsync("/Accounts?q=" + Uri.EscapeDataString(query));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.TextAsync()).ShouldContain($"<a href=\"/Accounts/{account.Number}\">{account.Number}</a>");
    }

    [Fact]
    public async Task TypeAheadSuggestsAccountsAsJson()
    {
        var account = await factory.WithContactAsync();
        using var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();

        using var response = await browser.GetAsync("/Accounts?handler=Suggest&q=" + Uri.EscapeDataString(account.Number[..6]));

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.EnumerateArray().Select(e => e.GetProperty("url").GetString())
            .ShouldContain($"/Accounts/{account.Number}");
    }

    [Fact]
    public async Task NoMatchSaysSo()
    {
        using var browser = factory.CreateBrowser();
        (await browser.SignInAsync(Staff.SpecialistI)).Dispose();

        using var response = await browser.GetAsync("/Accounts?q=zzqqxx");

        (await response.TextAsync()).ShouldContain("No account matches “zzqqxx”.");
    }
}
