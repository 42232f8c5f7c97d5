using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Attachments;

/// <summary>An upload as the web sees it, without tying the Domain to IFormFile.</summary>
/// <param name="Content">The file's bytes; read once, up to the size limit plus one byte.</param>
/// <param name="FileName">The uploader's file name; any folder part is dropped.</param>
/// <param name="DeclaredContentType">What the browser said the file is; only used to refuse a contradiction.</param>
public sealed record StoreAttachmentInput(Stream Content, string? FileName, string? DeclaredContentType);

/// <summary>A stored file without its bytes, for lists and links.</summary>
public sealed record AttachmentInfo(Guid Id, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedBy)
{
    public static AttachmentInfo Of(Attachment a) => new(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy);
}

/// <summary>
/// Stores one uploaded PDF, JPEG or PNG of at most <see cref="AttachmentOptions.MaxBytes"/>, owned by nobody yet.
/// <see cref="HandleAsync"/> saves at once (upload now, attach later by id); <see cref="AddAsync"/> only adds it to
/// the context so that the caller saves the file and the record that claims it in one transaction. Errors are on
/// the field "file"; nothing is stored for a refused file.
/// </summary>
public sealed class StoreAttachment(UtilityDbContext db, IOptions<AttachmentOptions> options, TimeProvider clock)
{
    public const string Field = "file";

    public async Task<AttachmentInfo> HandleAsync(Actor actor, StoreAttachmentInput input, CancellationToken ct = default)
    {
        var attachment = await AddAsync(actor, input, ct);
        await db.SaveChangesAsync(ct);
        return AttachmentInfo.Of(attachment);
    }

    /// <summary>Checks the file and adds it to the context unsaved; the caller's SaveChanges stores it.</summary>
    public async Task<Attachment> AddAsync(Actor actor, StoreAttachmentInput input, CancellationToken ct = default)
    {
        var name = FileNameOf(input.FileName);
        var content = await ReadLimitedAsync(input.Content, options.Value.MaxBytes, ct);
        var type = AttachmentFormat.Detect(content)
            ?? throw new DomainException(ErrorCodes.Invalid, "Upload a PDF, JPEG or PNG file.", Field);
        if (AttachmentFormat.Contradicts(input.DeclaredContentType, type))
        {
            throw new DomainException(ErrorCodes.Invalid, "The file's content does not match its type; upload a PDF, JPEG or PNG file.", Field);
        }

        var attachment = new Attachment(name, type, content, clock.GetUtcNow(), actor.UserId, actor.Name);
        db.Attachments.Add(attachment);
        return attachment;
    }

    private static string FileNameOf(string? fileName)
    {
        // Browsers (old Edge) may send a full path; keep the last part, and only printable characters.
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0)
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose a file to upload.", Field);
        }

        return name.Length <= Attachment.FileNameMaxLength ? name : name[^Attachment.FileNameMaxLength..];
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw new DomainException(ErrorCodes.Invalid, $"A file can be at most {maxBytes / (1024 * 1024.0):0.#} MB.", Field);
            }
        }

        return buffer.Length == 0
            ? throw new DomainException(ErrorCodes.Invalid, "The file is empty.", Field)
            : buffer.ToArray();
    }
}
