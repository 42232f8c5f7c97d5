using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.Domain.Meters;
using static UtilityPortal.Domain.Tests.Meters.ReadsDatabase;

namespace UtilityPortal.Domain.Tests.Meters;

/// <summary>Upload, preview, confirm: StageReadFile keeps the previewed file until its uploader confirms it.</summary>
public sealed class StagingReadFiles
{
    private const string File = "meter,read_at,register,flags\nM-100,2026-11-04T07:10:00Z,107000,\nM-999,2026-11-04T07:10:00Z,1,\n";

    [Fact]
    public async Task TheUploaderConfirmsThePreviewedFile_WhichIsThenImportedAndForgotten()
    {
        await using var database = await CreateAsync();

        var staged = await UseAsync(database, s => s.StageAsync(Specialist, "amr.csv", Utf8(File)));
        var shown = await UseAsync(database, s => s.PreviewAsync(Specialist, staged.Token));
        (await database.ReadsAsync()).ShouldBeEmpty();
        var result = await UseAsync(database, s => s.ImportAsync(Specialist, staged.Token));

        shown.FileName.ShouldBe("amr.csv");
        shown.Summary.ShouldSatisfyAllConditions(
            () => shown.Summary.Preview.ShouldBeTrue(),
            () => shown.Summary.NewReads.ShouldBe(1),
            () => shown.Summary.Errors.Single().LineNumber.ShouldBe(3),
            () => shown.Summary.RefusedByProblem[ReadLineProblem.UnknownMeter].ShouldBe(1));
        result.NewReads.ShouldBe(1);
        result.ImportId.ShouldNotBeNull();
        (await database.ReadsAsync()).Single().Register.ShouldBe(107_000);
        (await database.WithDbAsync(db => db.StagedReadFiles.CountAsync())).ShouldBe(0);
        await Should.ThrowAsync<DomainException>(() => UseAsync(database, s => s.ImportAsync(Specialist, staged.Token)));
    }

    [Fact]
    public async Task AnotherPersonsToken_IsNotFound_AndImportsNothing()
    {
        await using var database = await CreateAsync();
        var staged = await UseAsync(database, s => s.StageAsync(Specialist, "amr.csv", Utf8(File)));

        var ex = await Should.ThrowAsync<DomainException>(() => UseAsync(database, s => s.ImportAsync(OtherSpecialist, staged.Token)));

        ex.Code.ShouldBe(ErrorCodes.NotFound);
        (await database.ReadsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task AStagedFile_ExpiresAfterItsLifetime()
    {
        await using var database = await CreateAsync();
        var staged = await UseAsync(database, s => s.StageAsync(Specialist, "amr.csv", Utf8(File)));

        database.Clock.Advance(StagedReadFile.Lifetime + TimeSpan.FromMinutes(1));

        (await Should.ThrowAsync<DomainException>(() => UseAsync(database, s => s.PreviewAsync(Specialist, staged.Token)))).Code.ShouldBe(ErrorCodes.NotFound);
        await UseAsync(database, s => s.StageAsync(Specialist, "next.csv", Utf8(File)));
        (await database.WithDbAsync(db => db.StagedReadFiles.Select(f => f.FileName).ToListAsync())).ShouldBe(["next.csv"]);
    }

    [Fact]
    public async Task AnEmptyUpload_IsRefusedOnTheFileField()
    {
        await using var database = await CreateAsync();

        var ex = await Should.ThrowAsync<DomainException>(() => UseAsync(database, s => s.StageAsync(Specialist, "empty.csv", new MemoryStream())));

        ex.Errors.Single().Field.ShouldBe("File");
        (await database.WithDbAsync(db => db.StagedReadFiles.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task ADiscardedFile_CannotBeImported()
    {
        await using var database = await CreateAsync();
        var staged = await UseAsync(database, s => s.StageAsync(Specialist, "amr.csv", Utf8(File)));

        await UseAsync(database, async s =>
        {
            await s.DiscardAsync(Specialist, staged.Token);
            return 0;
        });

        await Should.ThrowAsync<DomainException>(() => UseAsync(database, s => s.ImportAsync(Specialist, staged.Token)));
        (await database.ReadsAsync()).ShouldBeEmpty();
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<T> UseAsync<T>(ReadsDatabase database, Func<StageReadFile, Task<T>> work)
    {
        await using var scope = database.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<StageReadFile>());
    }
}
