using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Lockbox;

namespace UtilityPortal.Domain.Tests.Payments.Lockbox;

public sealed class ImportingLockboxFiles : IAsyncLifetime
{
    private PaymentsDatabase _db = null!;
    private ServiceAccount _first = null!;
    private ServiceAccount _second = null!;
    private ServiceAccount _closed = null!;

    public async Task InitializeAsync()
    {
        _db = await PaymentsDatabase.CreateAsync();
        _first = await _db.AddAccountAsync();
        _second = await _db.AddAccountAsync();
        _closed = await _db.AddAccountAsync(AccountStatus.Closed);
    }

    private static string File(params string[] lines) => string.Join("\n", [LockboxFile.Header, .. lines]) + "\n";

    private string Good => File(
        $"{_first.Number},84.17,10442,2026-11-18,\"Rivera, Ana\"",
        $"{_second.Number},120.00,2209,2026-11-19,Joe Smith",
        $"{_first.Number},15.5,10443,2026-11-19,",
        "9999999999,40.00,77,2026-11-19,Nobody Known",
        "12345,25.00,78,2026-11-19,Smudged Coupon",
        $"{_closed.Number},60.00,79,2026-11-19,Moved Away");

    [Fact]
    public async Task EveryMatchedLinePostsACheckPaymentAndTheRestGoToSuspense()
    {
        var summary = await _db.ImportAsync(Good, fileName: @"C:\bank\LBX-20261119.csv");

        summary.Imported.ShouldBeTrue();
        summary.FileName.ShouldBe("LBX-20261119.csv");
        (summary.Lines, summary.Matched, summary.Suspense, summary.Malformed).ShouldBe((6, 3, 3, 0));
        summary.MatchedTotal.ShouldBe(Money.Of(219.67m));
        summary.SuspenseTotal.ShouldBe(Money.Of(125m));

        var payments = await _db.WithDbAsync(db => db.Payments.AsNoTracking().OrderBy(p => p.Reference).ToListAsync());
        payments.Select(p => p.Reference).ShouldBe(["10442", "10443", "2209"]);
        payments.ShouldAllBe(p => p.Status == PaymentStatus.Posted && p.Tender == Tender.Check && p.Channel == PaymentChannel.Lockbox
            && p.LockboxBatchId == summary.BatchId);
        var entries = await _db.WithDbAsync(db => db.JournalEntries.AsNoTracking().ToListAsync());
        entries.Select(e => e.IdempotencyKey).Order().ShouldBe(payments.Select(p => $"payment:{p.Id}").Order());
        entries.Single(e => e.IdempotencyKey == $"payment:{payments[0].Id}").EffectiveOn.ShouldBe(new DateOnly(2026, 11, 18));
        (await _db.LedgerAsync(_first.Id)).Balance.ShouldBe(Money.Of(-99.67m));

        var queue = await _db.RunAsync<ListSuspenseItems, IReadOnlyList<SuspenseItemView>>(q => q.ListAsync(PaymentsDatabase.Specialist, new ListSuspenseItemsInput()));
        queue.Select(s => (s.LineNumber, s.Reason)).ShouldBe([(5, SuspenseReason.UnknownAccount), (6, SuspenseReason.InvalidAccountNumber), (7, SuspenseReason.ClosedAccount)]);
        queue[0].RawLine.ShouldBe("9999999999,40.00,77,2026-11-19,Nobody Known");
        queue[0].FileName.ShouldBe("LBX-20261119.csv");

        var batch = await _db.RunAsync<LockboxBatches, LockboxBatchView>(b => b.GetAsync(PaymentsDatabase.Specialist, summary.BatchId!.Value));
        (batch.Posted, batch.Suspended, batch.OpenSuspense, batch.Total).ShouldBe((3, 3, 3, Money.Of(344.67m)));
        batch.ImportedBy.ShouldBe("Sam Specialist");
        (await _db.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "ImportLockboxFile"))).ShouldBe(1);
    }

    [Fact]
    public async Task TheSameFileTwicePostsNothingNew()
    {
        var first = await _db.ImportAsync(Good);
        var again = await _db.ImportAsync(Good, fileName: "renamed.csv");

        again.SameFileAgain.ShouldBeTrue();
        again.Imported.ShouldBeFalse();
        again.BatchId.ShouldBe(first.BatchId);
        again.PreviouslyImportedBy.ShouldBe("Sam Specialist");
        (await _db.WithDbAsync(db => db.Payments.CountAsync())).ShouldBe(3);
        (await _db.WithDbAsync(db => db.JournalEntries.CountAsync())).ShouldBe(3);
        (await _db.WithDbAsync(db => db.SuspenseItems.CountAsync())).ShouldBe(3);
        (await _db.WithDbAsync(db => db.LockboxBatches.CountAsync())).ShouldBe(1);
    }

    [Fact]
    public async Task AResentFileWithOneMoreLinePostsOnlyThatLine()
    {
        await _db.ImportAsync(Good);
        var resent = Good + $"{_second.Number},30.00,2210,2026-11-19,Joe Smith\n";

        var summary = await _db.ImportAsync(resent);

        (summary.Matched, summary.Suspense, summary.AlreadyImported).ShouldBe((1, 0, 6));
        (await _db.WithDbAsync(db => db.Payments.CountAsync())).ShouldBe(4);
        (await _db.WithDbAsync(db => db.SuspenseItems.CountAsync())).ShouldBe(3);
    }

    [Fact]
    public async Task MalformedLinesAreReportedOneByOneAndNothingIsImported()
    {
        var csv = File(
            $"{_first.Number},84.17,10442,2026-11-18,Ana",
            $"{_first.Number},0,1,2026-11-18,Zero",
            $"{_first.Number},-5.00,2,2026-11-18,Negative",
            $"{_first.Number},10.001,3,2026-11-18,Mills",
            $"{_first.Number},1O.00,4,2026-11-18,Letter O",
            $"{_first.Number},10.00,5,11/18/2026,US date",
            $"{_first.Number},10.00,6,2026-12-01,Future",
            $"{_first.Number},10.00,,2026-11-18,No check",
            $"{_first.Number},10.00,7,2026-11-18",
            $"{_first.Number},84.17,10442,2026-11-18,Ana again");

        var preview = await _db.ImportAsync(csv, preview: true);
        var import = await _db.ImportAsync(csv);

        foreach (var summary in new[] { preview, import })
        {
            summary.Imported.ShouldBeFalse();
            summary.CanImport.ShouldBeFalse();
            summary.Malformed.ShouldBe(9);
            summary.Matched.ShouldBe(1);
            summary.Errors.Select(e => (e.LineNumber, e.Problem)).ShouldBe([
                (3, LockboxLineProblem.BadAmount), (4, LockboxLineProblem.BadAmount), (5, LockboxLineProblem.BadAmount), (6, LockboxLineProblem.BadAmount),
                (7, LockboxLineProblem.BadDate), (8, LockboxLineProblem.BadDate), (9, LockboxLineProblem.MissingCheckNumber),
                (10, LockboxLineProblem.Malformed), (11, LockboxLineProblem.DuplicateLine)]);
        }

        import.Errors[0].Message.ShouldBe("'0' is not an amount more than zero and at most 1,000,000.00, with at most two decimals.");
        import.Errors[^1].Message.ShouldBe("Repeats line 2 (same account, check number, amount and date).");
        (await _db.WithDbAsync(db => db.Payments.CountAsync())).ShouldBe(0);
        (await _db.WithDbAsync(db => db.LockboxBatches.CountAsync())).ShouldBe(0);
        (await _db.WithDbAsync(db => db.JournalEntries.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [InlineData("account,amount,check,paid_on,remitter\n")]
    [InlineData("0000000125,84.17,10442,2026-11-18,Ana\n")]
    [InlineData("\n")]
    public async Task AFileWithoutTheHeaderIsRefusedWhole(string csv)
    {
        var error = await Should.ThrowAsync<DomainException>(() => _db.ImportAsync(csv));

        error.Code.ShouldBe(ErrorCodes.Invalid);
        error.Errors[0].Field.ShouldBe("File");
        error.Message.ShouldContain(LockboxFile.Header);
        (await _db.WithDbAsync(db => db.LockboxBatches.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task APreviewCountsWithoutWriting()
    {
        var preview = await _db.ImportAsync(Good, preview: true);

        (preview.Preview, preview.CanImport, preview.Matched, preview.Suspense).ShouldBe((true, true, 3, 3));
        preview.Total.ShouldBe(Money.Of(344.67m));
        (await _db.WithDbAsync(db => db.Payments.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task ResidentsCannotImport()
    {
        var error = await Should.ThrowAsync<DomainException>(() => _db.ImportAsync(Good, actor: PaymentsDatabase.Resident));

        error.Code.ShouldBe(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task AStagedFileImportsWhatWasPreviewedOnlyForItsUploader()
    {
        var staged = await _db.RunAsync<StageLockboxFile, StagedLockboxPreview>(s =>
            s.StageAsync(PaymentsDatabase.Specialist, "day.csv", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Good))));
        staged.Summary.Matched.ShouldBe(3);

        await Should.ThrowAsync<DomainException>(() => _db.RunAsync<StageLockboxFile, LockboxImportSummary>(s => s.ImportAsync(PaymentsDatabase.SpecialistTwo, staged.Token)));
        var imported = await _db.RunAsync<StageLockboxFile, LockboxImportSummary>(s => s.ImportAsync(PaymentsDatabase.Specialist, staged.Token));

        imported.Imported.ShouldBeTrue();
        (await _db.WithDbAsync(db => db.Payments.CountAsync())).ShouldBe(3);
        (await _db.WithDbAsync(db => db.LockboxStagedFiles.CountAsync())).ShouldBe(0);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
