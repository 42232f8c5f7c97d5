using System.Text.Json;

namespace UtilityPortal.GraphApi.Tests.Billing;

/// <summary>One expected line: its service, amount and (where the rule is about it) quantity.</summary>
public sealed record GoldenLine(string Service, decimal Amount, decimal? Quantity);

/// <summary>A golden bill of golden-bills.json: a BillPreviewInput and every line it must price to, worked by hand.</summary>
public sealed record GoldenBill(string Name, JsonElement Input, IReadOnlyList<GoldenLine> Lines, decimal Total);

/// <summary>
/// The golden bills, shared with tests/Billing.Tests (which prices them through the PreviewBill use case) so both
/// layers are held to one table.
/// </summary>
public static class GoldenBillTable
{
    private static readonly Lazy<IReadOnlyDictionary<string, GoldenBill>> Cases = new(Load);

    public static IReadOnlyDictionary<string, GoldenBill> All => Cases.Value;

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var name in All.Keys)
        {
            names.Add(name);
        }

        return names;
    }

    private static Dictionary<string, GoldenBill> Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "UtilityPortal.sln")))
        {
            dir = dir.Parent;
        }

        var path = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("UtilityPortal.sln not found above the test binaries."),
            "tests", "GraphApi.Tests", "Billing", "golden-bills.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cases").EnumerateArray().Select(c => new GoldenBill(
                c.GetProperty("name").GetString()!,
                c.GetProperty("input").Clone(),
                [.. c.GetProperty("lines").EnumerateArray().Select(l => new GoldenLine(l[0].GetString()!, l[1].GetDecimal(),
                    l.GetArrayLength() > 2 ? l[2].GetDecimal() : null))],
                c.GetProperty("total").GetDecimal()))
            .ToDictionary(c => c.Name, StringComparer.Ordinal);
    }
}
