using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Payments.Lockbox;

/// <summary>A staged file as the preview page shows it.</summary>
public sealed record StagedLockboxPreview(Guid Token, string FileName, DateTimeOffset UploadedAt, LockboxImportSummary Summary);

/// <summary>
/// Upload, preview, confirm (as the read import does): an uploaded lockbox file is checked (a preview, nothing
/// written), kept compressed in the database under a random token bound to the uploader, and imported only when that
/// same person confirms. The confirmation imports the stored bytes, so what posts is what was previewed, checked again.
/// </summary>
public sealed class StageLockboxFile(UtilityDbContext db, ImportLockboxFile import, TimeProvider clock)
    : IStagedFileImport<StagedLockboxPreview, LockboxImportSummary>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<StagedLockboxPreview> StageAsync(Actor actor, string? fileName, Stream content, CancellationToken ct = default)
    {
        LockboxAccess.RequireStaff(actor);
        var now = clock.GetUtcNow();
        await db.LockboxStagedFiles.Where(f => f.ExpiresAt < now).ExecuteDeleteAsync(ct);

        var bytes = await ReadAllAsync(content, ct);
        var summary = await import.HandleAsync(actor, new ImportLockboxInput(fileName, Preview: true), bytes, ct);
        var staged = new LockboxStagedFile(actor.UserId, summary.FileName, Compress(bytes), JsonSerializer.Serialize(summary, Json), now);
        db.LockboxStagedFiles.Add(staged);
        await db.SaveChangesAsync(ct);
        return new StagedLockboxPreview(staged.Id, staged.FileName, staged.UploadedAt, summary);
    }

    /// <summary>The preview of a staged file; NOT_FOUND when it expired, was imported already, or belongs to someone else.</summary>
    public async Task<StagedLockboxPreview> PreviewAsync(Actor actor, Guid token, CancellationToken ct = default)
    {
        LockboxAccess.RequireStaff(actor);
        var staged = await FindAsync(actor, token, ct);
        var summary = JsonSerializer.Deserialize<LockboxImportSummary>(staged.Preview, Json) ?? throw DomainException.NotFound("Lockbox file");
        return new StagedLockboxPreview(staged.Id, staged.FileName, staged.UploadedAt, summary);
    }

    /// <summary>Imports the staged file and forgets it. A file with malformed lines stays staged and imports nothing.</summary>
    public async Task<LockboxImportSummary> ImportAsync(Actor actor, Guid token, CancellationToken ct = default)
    {
        LockboxAccess.RequireStaff(actor);
        var staged = await FindAsync(actor, token, ct);
        var summary = await import.HandleAsync(actor, new ImportLockboxInput(staged.FileName), Decompress(staged.Content), ct);
        if (summary.Imported || summary.SameFileAgain)
        {
            await db.LockboxStagedFiles.Where(f => f.Id == token).ExecuteDeleteAsync(ct);
        }

        return summary;
    }

    public async Task DiscardAsync(Actor actor, Guid token, CancellationToken ct = default)
    {
        LockboxAccess.RequireStaff(actor);
        await db.LockboxStagedFiles.Where(f => f.Id == token && f.UploadedByUserId == actor.UserId).ExecuteDeleteAsync(ct);
    }

    private async Task<LockboxStagedFile> FindAsync(Actor actor, Guid token, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var staged = await db.LockboxStagedFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == token && f.UploadedByUserId == actor.UserId, ct);
        return staged is null || staged.ExpiresAt < now ? throw DomainException.NotFound("Lockbox file") : staged;
    }

    private static async Task<byte[]> ReadAllAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > LockboxFile.MaxBytes)
            {
                throw new DomainException(ErrorCodes.Invalid, "The file is larger than 64 MB. Ask the bank to split it.", "File");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static byte[] Compress(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    private static byte[] Decompress(byte[] compressed)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
