using System.Text.Json;
using UtilityPortal.Domain.Accounts;

namespace UtilityPortal.Billing.Tests;

/// <summary>
/// The public calculator's use case. The golden bills are the table GraphQL's billPreview is held to
/// (tests/GraphApi.Tests/Billing/golden-bills.json, worked by hand from rates/README.md and demo-fy2026.json), priced
/// here through <see cref="PreviewBill"/> itself.
/// </summary>
public sealed class PreviewBillTests : IAsyncLifetime
{
    /// <summary>11:00 in Florida on the last day of fiscal year 2025.</summary>
    private static readonly DateTimeOffset LastDayOfFy2025 = new(2025, 9, 30, 15, 0, 0, TimeSpan.Zero);

    private BillingHost _host = null!;

    public async Task InitializeAsync() => _host = await BillingHost.StartAsync(now: LastDayOfFy2025);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public static TheoryData<string> GoldenBills()
    {
        var names = new TheoryData<string>();
        foreach (var name in Golden.Value.Keys)
        {
            names.Add(name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(GoldenBills))]
    public async Task AGoldenBillPricesAsWorkedByHand(string name)
    {
        var golden = Golden.Value[name];

        var preview = await PreviewAsync(golden.Input);

        preview.ScheduleCode.ShouldBe("FY2026");
        preview.Lines.Select(l => (l.Service.ToString().ToUpperInvariant(), l.Amount.Amount)).ShouldBe(golden.Lines.Select(l => (l.Service, l.Amount)));
        foreach (var (line, expected) in preview.Lines.Zip(golden.Lines).Where(p => p.Second.Quantity is not null))
        {
            line.Quantity.ShouldBe(expected.Quantity, expected.ToString());
        }

        preview.Total.Amount.ShouldBe(golden.Total);
    }

    [Fact]
    public async Task WithoutAScheduleCode_TheScheduleInEffectToday_PricesIt_ChangingOnOctoberFirst()
    {
        var input = new PreviewBillInput(null, PremiseClass.Residential, "5/8", 7_500, null, true, null, null, UtilityServices.Water, null, null);

        var september = await _host.UseCase<PreviewBill, BillPreview>(u => u.HandleAsync(input));
        _host.Clock.Advance(TimeSpan.FromDays(1));
        var october = await _host.UseCase<PreviewBill, BillPreview>(u => u.HandleAsync(input));

        (september.ScheduleCode, september.Lines[0].Amount.Amount).ShouldBe(("FY2025", 12.00m)); // demo-fy2025.json's 5/8" water base
        (october.ScheduleCode, october.Lines[0].Amount.Amount).ShouldBe(("FY2026", 12.40m));
    }

    [Fact]
    public async Task EveryProblemOfTheInputIsReportedAtOnce_EachWithItsField()
    {
        // An 8" meter is a size the utility knows, but demo-fy2026.json sets no charge for it.
        var input = new PreviewBillInput("FY2026", PremiseClass.Residential, "8", -1, -5, true, 0, null, UtilityServices.Water | UtilityServices.Reuse, null, null);

        var error = await Should.ThrowAsync<DomainException>(() => _host.UseCase<PreviewBill, BillPreview>(u => u.HandleAsync(input)));

        error.Errors.Select(e => e.Field).ShouldBe(["meterSize", "waterGallons", "reuseGallons", "dwellingUnits"], ignoreOrder: true);
        error.Errors.ShouldAllBe(e => e.Code == ErrorCodes.Invalid);
    }

    [Theory]
    [InlineData("FY1999", "scheduleCode")]
    [InlineData("", "meterSize")]
    public async Task AnUnknownScheduleOrAMissingMeterSize_IsRefusedOnItsField(string scheduleOrBlank, string field)
    {
        var input = scheduleOrBlank.Length > 0
            ? new PreviewBillInput(scheduleOrBlank, PremiseClass.Residential, "5/8", 100, null, true, null, null, UtilityServices.Water, null, null)
            : new PreviewBillInput("FY2026", PremiseClass.Residential, null, 100, null, true, null, null, UtilityServices.Water, null, null);

        var error = await Should.ThrowAsync<DomainException>(() => _host.UseCase<PreviewBill, BillPreview>(u => u.HandleAsync(input)));

        error.Errors.Select(e => e.Field).ShouldBe([field]);
    }

    private Task<BillPreview> PreviewAsync(JsonElement input) =>
        _host.UseCase<PreviewBill, BillPreview>(u => u.HandleAsync(new PreviewBillInput(
            Text(input, "scheduleCode"),
            Enum.Parse<PremiseClass>(input.GetProperty("customerClass").GetString()!, ignoreCase: true),
            Text(input, "meterSize"),
            input.GetProperty("waterGallons").GetInt64(),
            Number(input, "reuseGallons"),
            input.GetProperty("insideCity").GetBoolean(),
            (int?)Number(input, "dwellingUnits"),
            (int?)Number(input, "imperviousSqFt"),
            input.GetProperty("services").EnumerateArray().Aggregate(UtilityServices.None, (all, s) => all | Enum.Parse<UtilityServices>(s.GetString()!, ignoreCase: true)),
            (int?)Number(input, "serviceDays"),
            (int?)Number(input, "periodDays"))));

    private static string? Text(JsonElement input, string name) => input.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static long? Number(JsonElement input, string name) => input.TryGetProperty(name, out var value) ? value.GetInt64() : null;

    private sealed record GoldenLine(string Service, decimal Amount, decimal? Quantity);

    private sealed record GoldenBill(JsonElement Input, IReadOnlyList<GoldenLine> Lines, decimal Total);

    /// <summary>The table the GraphQL tests use too, read from where they keep it.</summary>
    private static readonly Lazy<Dictionary<string, GoldenBill>> Golden = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "UtilityPortal.sln")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir!.FullName, "tests", "GraphApi.Tests", "Billing", "golden-bills.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cases").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => new GoldenBill(c.GetProperty("input").Clone(),
                [.. c.GetProperty("lines").EnumerateArray().Select(l => new GoldenLine(l[0].GetString()!, l[1].GetDecimal(), l.GetArrayLength() > 2 ? l[2].GetDecimal() : null))],
                c.GetProperty("total").GetDecimal()),
            StringComparer.Ordinal);
    });
}
