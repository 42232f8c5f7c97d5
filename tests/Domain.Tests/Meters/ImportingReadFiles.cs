using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Meters;
using static UtilityPortal.Domain.Tests.Meters.ReadsDatabase;

namespace UtilityPortal.Domain.Tests.Meters;

/// <summary>ImportMeterReads against a real database (SQLite, or PostgreSQL when UTILITYPORTAL_TEST_POSTGRES is set).</summary>
public sealed class ImportingReadFiles
{
    private const string Header = "meter,read_at,register,flags\n";

    private static readonly DateTimeOffset October = new(2026, 10, 4, 7, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task GoodLinesAreStored_BySerialNumberOrRadioId_WithSourceFromTheFlags()
    {
        await using var database = await CreateAsync();

        var summary = await database.ImportAsync(Header +
            "M-100,2026-11-04T03:10:00-04:00,120400,\n" +
            "R-100,2026-12-04T03:12:00-05:00,127900,leak\n" +
            "M-200,2026-11-05T10:00:00Z,5000,manual\n" +
            "M-200,2026-12-05T10:00:00Z,9000,estimated\n");

        summary.ShouldSatisfyAllConditions(
            () => summary.Lines.ShouldBe(4),
            () => summary.NewReads.ShouldBe(4),
            () => summary.Refused.ShouldBe(0),
            () => summary.Errors.ShouldBeEmpty());
        var reads = await database.WithDbAsync(db => db.MeterReads.AsNoTracking()
            .Join(db.Meters, r => r.MeterId, m => m.Id, (r, m) => new { m.SerialNumber, r.ReadAt, r.RegisterValue, r.Source, r.Flags, r.ImportId })
            .ToListAsync());
        reads.OrderBy(r => r.ReadAt).Select(r => (r.SerialNumber, r.ReadAt, r.RegisterValue, r.Source, r.Flags)).ShouldBe(
        [
            (House, new DateTimeOffset(2026, 11, 4, 7, 10, 0, TimeSpan.Zero), 120_400L, ReadSource.Amr, (string?)null),
            (Shop, new DateTimeOffset(2026, 11, 5, 10, 0, 0, TimeSpan.Zero), 5_000L, ReadSource.Manual, "manual"),
            (House, new DateTimeOffset(2026, 12, 4, 8, 12, 0, TimeSpan.Zero), 127_900L, ReadSource.Amr, "leak"),
            (Shop, new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero), 9_000L, ReadSource.Estimated, "estimated"),
        ]);
        reads.ShouldAllBe(r => r.ImportId == summary.ImportId);
    }

    [Fact]
    public async Task EachKindOfBadLine_IsReportedWithItsLineNumber_AndSkipped_WhileTheGoodLinesAreImported()
    {
        await using var database = await CreateAsync();
        await database.StoreAsync(House, October, 100_000);

        var summary = await database.ImportAsync(Header +
            "M-100,2026-11-04T07:10:00Z,107000,\n" +        // 2 good
            "M-999,2026-11-04T07:10:00Z,5000,\n" +          // 3 no such meter
            "M-200,2026-11-04T07:10:00Z,12a0,\n" +          // 4 not a number
            "R-100,2026-11-04T03:10:00-04:00,107000,\n" +   // 5 the same read as line 2, by radio id
            "M-100,2026-09-04T07:10:00Z,95000,\n" +         // 6 earlier than the stored read
            "M-200,2026-11-04T07:10:00,5000,\n" +           // 7 no offset
            "M-200,2026-11-04T07:10:00Z,1000000,\n" +       // 8 seven digits on a six-digit register
            "M-100,2026-10-04T07:15:00Z,100500,\n" +        // 9 a different value at the stored read's time
            "M-200,2026-11-04T07:10:00Z,5000,\n");          // 10 good

        summary.Errors.Select(e => (e.LineNumber, e.Problem)).ShouldBe(
        [
            (3, ReadLineProblem.UnknownMeter),
            (4, ReadLineProblem.NotANumber),
            (5, ReadLineProblem.DuplicateLine),
            (6, ReadLineProblem.EarlierThanLastRead),
            (7, ReadLineProblem.Malformed),
            (8, ReadLineProblem.RegisterOutOfRange),
            (9, ReadLineProblem.ConflictsWithStoredRead),
        ]);
        summary.Errors[0].Message.ShouldBe("No meter has the serial number or radio id 'M-999'.");
        summary.Errors[1].Message.ShouldBe("'12a0' is not a register value in whole gallons.");
        summary.Errors[2].Message.ShouldBe("Line 2 already has a read of meter M-100 at 2026-11-04T07:10:00Z.");
        summary.Errors[3].Message.ShouldBe("The read is earlier than meter M-100's last read at 2026-11-04T07:10:00Z."); // line 2's
        summary.Errors[5].Message.ShouldBe("1,000,000 gallons does not fit meter M-200's 6-digit register.");
        summary.Errors[6].Message.ShouldBe("Meter M-100 already has a read of 100,000 gallons at 2026-10-04T07:15:00Z.");
        summary.ShouldSatisfyAllConditions(
            () => summary.Lines.ShouldBe(9),
            () => summary.NewReads.ShouldBe(2),
            () => summary.Refused.ShouldBe(7),
            () => summary.RefusedByProblem.Values.Sum().ShouldBe(7));
        (await database.ReadsAsync()).ShouldBe(
        [
            (House, October, 100_000L),
            (House, new DateTimeOffset(2026, 11, 4, 7, 10, 0, TimeSpan.Zero), 107_000L),
            (Shop, new DateTimeOffset(2026, 11, 4, 7, 10, 0, TimeSpan.Zero), 5_000L),
        ]);
    }

    [Fact]
    public async Task AReadEarlierThanAnEarlierLineOfTheSameFile_IsRefused_EvenAcrossBatches()
    {
        await using var database = await CreateAsync();

        var summary = await database.ImportAsync(Header +
            "M-100,2026-12-04T07:00:00Z,110000,\n" +
            "M-200,2026-12-04T07:00:00Z,5000,\n" +
            "M-100,2026-11-04T07:00:00Z,104000,\n" +
            "M-100,2026-12-04T07:00:00Z,110000,\n", batchSize: 2);

        summary.Errors.Select(e => (e.LineNumber, e.Problem)).ShouldBe([(4, ReadLineProblem.EarlierThanLastRead), (5, ReadLineProblem.DuplicateLine)]);
        summary.NewReads.ShouldBe(2);
        (await database.ReadsAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task ImportingTheSameFileTwice_AddsNothing_AndSaysSo()
    {
        await using var database = await CreateAsync();
        var file = Header + "M-100,2026-11-04T07:10:00Z,107000,\nM-200,2026-11-04T09:00:00Z,5000,manual\nM-999,2026-11-04T07:10:00Z,1,\n";

        var first = await database.ImportAsync(file, batchSize: 2);
        var stored = await database.ReadsAsync();
        var second = await database.ImportAsync(file, batchSize: 2);

        first.NewReads.ShouldBe(2);
        first.NothingNew.ShouldBeFalse();
        second.NewReads.ShouldBe(0);
        second.AlreadyImported.ShouldBe(2);
        second.NothingNew.ShouldBeTrue();
        second.Errors.Select(e => (e.LineNumber, e.Problem)).ShouldBe([(4, ReadLineProblem.UnknownMeter)]);
        (await database.ReadsAsync()).ShouldBe(stored);
        (await database.WithDbAsync(db => db.MeterReadImports.CountAsync())).ShouldBe(2);
    }

    [Fact]
    public async Task AnOlderFileImportedAfterNewerReads_IsAlreadyImported_NotEarlier()
    {
        await using var database = await CreateAsync();
        var november = Header + "M-100,2026-11-04T07:10:00Z,107000,\n";
        await database.ImportAsync(november);
        await database.ImportAsync(Header + "M-100,2026-12-04T07:10:00Z,114000,\n");

        var again = await database.ImportAsync(november);

        again.AlreadyImported.ShouldBe(1);
        again.Refused.ShouldBe(0);
        again.NothingNew.ShouldBeTrue();
    }

    [Fact]
    public async Task APreview_ChecksEverything_AndWritesNothing()
    {
        await using var database = await CreateAsync();
        await database.StoreAsync(House, October, 100_000);
        var file = Header + "M-100,2026-11-04T07:10:00Z,107000,\nM-100,2026-09-04T07:10:00Z,95000,\nM-200,2026-11-04T07:10:00Z,5000,\n";
        var before = await database.ReadsAsync();

        var preview = await database.ImportAsync(file, preview: true);

        preview.Preview.ShouldBeTrue();
        preview.ImportId.ShouldBeNull();
        preview.NewReads.ShouldBe(2);
        preview.Errors.Select(e => (e.LineNumber, e.Problem)).ShouldBe([(3, ReadLineProblem.EarlierThanLastRead)]);
        (await database.ReadsAsync()).ShouldBe(before);
        (await database.WithDbAsync(db => db.MeterReadImports.CountAsync())).ShouldBe(0);
        (await database.WithDbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(0);

        var import = await database.ImportAsync(file);
        (import.NewReads, import.Refused).ShouldBe((preview.NewReads, preview.Refused));
        import.Errors.Select(e => e.LineNumber).ShouldBe(preview.Errors.Select(e => e.LineNumber));
    }

    [Fact]
    public async Task AFailureHalfwayThroughTheFile_LeavesNothingBehind()
    {
        await using var database = await CreateAsync();
        var lines = Enumerable.Range(1, 20).Select(i => $"M-100,2026-{1 + (i / 28):D2}-{1 + (i % 28):D2}T07:00:00Z,{1000 * i},").ToList();
        using var broken = new BreaksAfter(Header + string.Join('\n', lines) + "\n", lines: 15);

        await using (var scope = database.Services.CreateAsyncScope())
        {
            var import = scope.ServiceProvider.GetRequiredService<ImportMeterReads>();
            import.BatchSize = 4; // three batches are written before the upload breaks
            await Should.ThrowAsync<IOException>(() => import.HandleAsync(Specialist, new ImportReadsInput("reads.csv"), broken));
        }

        (await database.ReadsAsync()).ShouldBeEmpty();
        (await database.WithDbAsync(db => db.MeterReadImports.CountAsync())).ShouldBe(0);
        (await database.WithDbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task AnImport_IsRecordedAndAudited_WithWhoWhenWhichFileAndTheCounts()
    {
        await using var database = await CreateAsync();

        var summary = await database.ImportAsync(Header + "M-100,2026-11-04T07:10:00Z,107000,\nM-999,2026-11-04T07:10:00Z,1,\n",
            fileName: @"C:\Users\sam\Downloads\amr-2026-11.csv");

        var record = await database.WithDbAsync(db => db.MeterReadImports.AsNoTracking().SingleAsync());
        record.ShouldSatisfyAllConditions(
            () => record.Id.ShouldBe(summary.ImportId!.Value),
            () => record.FileName.ShouldBe("amr-2026-11.csv"),
            () => record.ImportedBy.ShouldBe(Specialist.Name),
            () => record.ImportedByUserId.ShouldBe(Specialist.UserId),
            () => record.ImportedAt.ShouldBe(Now),
            () => (record.Lines, record.Imported, record.AlreadyImported, record.Refused).ShouldBe((2, 1, 0, 1)),
            () => record.RefusedByProblem().ShouldBe(new Dictionary<ReadLineProblem, int> { [ReadLineProblem.UnknownMeter] = 1 }),
            () => record.FirstErrors().Single().LineNumber.ShouldBe(3));
        var audit = await database.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync());
        audit.Actor.ShouldBe(Specialist.Name);
        audit.EntityId.ShouldBe(record.Id.ToString());
        audit.After.ShouldBe("amr-2026-11.csv: 2 lines, 1 imported, 0 already imported, 1 refused");
    }

    [Fact]
    public async Task ARadioIdSharedWithARemovedMeter_MeansTheActiveMeter()
    {
        await using var database = await CreateAsync();

        await database.ImportAsync(Header + "R-300,2026-11-04T07:10:00Z,2000,\n");

        (await database.ReadsAsync()).Single().Serial.ShouldBe(Replacement);
    }

    [Fact]
    public async Task AFileWithoutTheHeader_IsRefusedWhole()
    {
        await using var database = await CreateAsync();

        var ex = await Should.ThrowAsync<DomainException>(() => database.ImportAsync("M-100,2026-11-04T07:10:00Z,107000,\n"));

        ex.Errors.Single().Field.ShouldBe("File");
        ex.Message.ShouldContain(ReadFile.Header);
        (await database.WithDbAsync(db => db.MeterReadImports.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task OnlyStaffImport()
    {
        await using var database = await CreateAsync();

        var ex = await Should.ThrowAsync<DomainException>(() => database.ImportAsync(Header + "M-100,2026-11-04T07:10:00Z,107000,\n", actor: Resident));

        ex.Code.ShouldBe(ErrorCodes.Forbidden);
        (await database.ReadsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task OnlyTheFirstErrorsAreListed_ButAllAreCounted()
    {
        await using var database = await CreateAsync();
        var file = Header + string.Concat(Enumerable.Range(1, 150).Select(i => $"X-{i},2026-11-04T07:10:00Z,1,\n"));

        var summary = await database.ImportAsync(file, preview: true, batchSize: 40);

        summary.Refused.ShouldBe(150);
        summary.RefusedByProblem[ReadLineProblem.UnknownMeter].ShouldBe(150);
        summary.Errors.Count.ShouldBe(ImportReadsInput.DefaultMaxErrors);
        summary.Errors.Select(e => e.LineNumber).ShouldBe(Enumerable.Range(2, 100));
    }

    /// <summary>A file whose upload breaks after some lines.</summary>
    private sealed class BreaksAfter(string text, int lines) : TextReader
    {
        private readonly StringReader _inner = new(text);
        private int _read;

        public override string? ReadLine() => ++_read > lines + 1 ? throw new IOException("The connection was reset.") : _inner.ReadLine();

        protected override void Dispose(bool disposing)
        {
            _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
