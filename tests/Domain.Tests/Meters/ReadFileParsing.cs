using UtilityPortal.Domain.Meters;

namespace UtilityPortal.Domain.Tests.Meters;

public sealed class ReadFileParsing
{
    private static List<ReadFileLine> Parse(string text) => ReadFile.Parse(new StringReader(text)).ToList();

    [Fact]
    public void ReadsEachLineWithItsNumber()
    {
        var lines = Parse("meter,read_at,register,flags\nM100200,2026-10-31T06:15:00-04:00,127900,\nR-55,2026-10-31T10:00:00Z,5000,leak;tamper\n");

        lines.Count.ShouldBe(2);
        lines[0].ShouldBe(new ReadFileLine(2, "M100200", new DateTimeOffset(2026, 10, 31, 10, 15, 0, TimeSpan.Zero), 127_900, null, null));
        lines[1].Flags.ShouldBe("leak;tamper");
        lines[1].LineNumber.ShouldBe(3);
    }

    [Fact]
    public void BadLinesAreReportedOneByOneAndTheRestStillRead()
    {
        var lines = Parse("meter,read_at,register,flags\n,2026-10-31T06:15:00Z,1,\nM1,yesterday,1,\nM1,2026-10-31T06:15:00Z,12.5,\nM1,2026-10-31T06:15:00,1,\nM1,2026-10-31T06:15:00Z,77\nonly,two\n");

        lines.Select(l => (l.LineNumber, l.IsValid)).ShouldBe([(2, false), (3, false), (4, false), (5, false), (6, true), (7, false)]);
        lines[2].Error!.ShouldContain("whole gallons");
        lines[3].Error!.ShouldContain("offset");
    }

    [Fact]
    public void AFileWithoutTheHeaderIsRefusedWhole()
    {
        var lines = Parse("M1,2026-10-31T06:15:00Z,77\n");

        lines.Single().Error!.ShouldContain(ReadFile.Header);
    }
}
