using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Meters;

/// <summary>A staged file as the preview page shows it.</summary>
public sealed record StagedReadFilePreview(Guid Token, string FileName, DateTimeOffset UploadedAt, ReadImportSummary Summary);

/// <summary>
/// Upload, preview, confirm: an uploaded read file is checked (a preview, nothing written), kept compressed in the
/// database under a random token bound to the uploader, and imported only when that same person confirms. The
/// confirmation reads the stored file again, never a second upload, so what is imported is what was previewed;
/// the checks run again at that moment, so reads imported in between are not imported twice.
/// </summary>
public sealed class StageReadFile(UtilityDbContext db, ImportMeterReads import, TimeProvider clock)
    : IStagedFileImport<StagedReadFilePreview, ReadImportSummary>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<StagedReadFilePreview> StageAsync(Actor actor, string? fileName, Stream content, CancellationToken ct = default)
    {
        RequireStaff(actor);
        var now = clock.GetUtcNow();
        await db.StagedReadFiles.Where(f => f.ExpiresAt < now).ExecuteDeleteAsync(ct);

        var compressed = await CompressAsync(content, ct);
        using var reader = Open(compressed);
        var summary = await import.HandleAsync(actor, new ImportReadsInput(fileName, Preview: true), reader, ct);
        var staged = new StagedReadFile(actor.UserId, summary.FileName, compressed, JsonSerializer.Serialize(summary, Json), now);
        db.Add(staged);
        await db.SaveChangesAsync(ct);
        return new StagedReadFilePreview(staged.Id, staged.FileName, staged.UploadedAt, summary);
    }

    /// <summary>The preview of a staged file; NOT_FOUND when it expired, was imported already, or belongs to someone else.</summary>
    public async Task<StagedReadFilePreview> PreviewAsync(Actor actor, Guid token, CancellationToken ct = default)
    {
        RequireStaff(actor);
        var staged = await FindAsync(actor, token, ct);
        var summary = JsonSerializer.Deserialize<ReadImportSummary>(staged.Preview, Json)
            ?? throw DomainException.NotFound("Read file");
        return new StagedReadFilePreview(staged.Id, staged.FileName, staged.UploadedAt, summary);
    }

    /// <summary>Imports the staged file and forgets it.</summary>
    public async Task<ReadImportSummary> ImportAsync(Actor actor, Guid token, CancellationToken ct = default)
    {
        RequireStaff(actor);
        var staged = await FindAsync(actor, token, ct);
        ReadImportSummary summary;
        using (var reader = Open(staged.Content))
        {
            summary = await import.HandleAsync(actor, new ImportReadsInput(staged.FileName), reader, ct);
        }

        await db.StagedReadFiles.Where(f => f.Id == token).ExecuteDeleteAsync(ct);
        return summary;
    }

    public async Task DiscardAsync(Actor actor, Guid token, CancellationToken ct = default)
    {
        RequireStaff(actor);
        await db.StagedReadFiles.Where(f => f.Id == token && f.UploadedByUserId == actor.UserId).ExecuteDeleteAsync(ct);
    }

    private async Task<StagedReadFile> FindAsync(Actor actor, Guid token, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var staged = await db.StagedReadFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == token && f.UploadedByUserId == actor.UserId, ct);
        return staged is null || staged.ExpiresAt < now ? throw DomainException.NotFound("Read file") : staged;
    }

    private static void RequireStaff(Actor actor)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only staff import meter reads.");
        }
    }

    private static async Task<byte[]> CompressAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            var chunk = new byte[81_920];
            long total = 0;
            int read;
            while ((read = await content.ReadAsync(chunk, ct)) > 0)
            {
                total += read;
                if (total > StagedReadFile.MaxBytes)
                {
                    throw new DomainException(ErrorCodes.Invalid, "The file is larger than 64 MB. Split it and import each part.", "File");
                }

                await gzip.WriteAsync(chunk.AsMemory(0, read), ct);
            }

            if (total == 0)
            {
                throw new DomainException(ErrorCodes.Invalid, "The file is empty.", "File");
            }
        }

        return buffer.ToArray();
    }

    private static StreamReader Open(byte[] compressed) =>
        new(new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
}
