using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Attachments;

/// <summary>A stored file with its bytes, ready to send.</summary>
public sealed record AttachmentFile(Guid Id, string FileName, string ContentType, byte[] Content);

/// <summary>
/// The access check hook: the area owning a kind of record says who may read its files (e.g. staff, or a resident
/// linked to the request's account). Register one per owner kind as <c>IAttachmentOwnerAccess</c>.
/// </summary>
public interface IAttachmentOwnerAccess
{
    /// <summary>The <see cref="Attachment.OwnerKind"/> this check answers for.</summary>
    string OwnerKind { get; }

    Task<bool> CanReadAsync(Actor actor, Guid ownerId, CancellationToken ct);
}

/// <summary>
/// Reads one file back. An unowned file is readable by its uploader only; an owned one by whoever the owner kind's
/// <see cref="IAttachmentOwnerAccess"/> allows (staff only when the kind registered none). Anyone else gets "not
/// found", like a file that does not exist.
/// </summary>
public sealed class ReadAttachment(UtilityDbContext db, IEnumerable<IAttachmentOwnerAccess> owners)
{
    public async Task<AttachmentFile> HandleAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var meta = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.OwnerKind, a.OwnerId, a.UploadedByUserId })
            .SingleOrDefaultAsync(ct) ?? throw DomainException.NotFound("File");
        if (!await CanReadAsync(actor, meta.OwnerKind, meta.OwnerId, meta.UploadedByUserId, ct))
        {
            throw DomainException.NotFound("File");
        }

        return await db.Attachments.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new AttachmentFile(a.Id, a.FileName, a.ContentType, a.Content))
            .SingleAsync(ct);
    }

    /// <summary>The files a record owns, without their bytes; the caller has already checked access to the record.</summary>
    public Task<List<AttachmentInfo>> ListAsync(string ownerKind, Guid ownerId, CancellationToken ct = default) =>
        db.Attachments.AsNoTracking()
            .Where(a => a.OwnerKind == ownerKind && a.OwnerId == ownerId)
            .OrderBy(a => a.UploadedAt)
            .Select(a => new AttachmentInfo(a.Id, a.FileName, a.ContentType, a.Size, a.UploadedAt, a.UploadedBy))
            .ToListAsync(ct);

    private async Task<bool> CanReadAsync(Actor actor, string? ownerKind, Guid? ownerId, string uploadedBy, CancellationToken ct)
    {
        if (ownerKind is null || ownerId is null)
        {
            return actor.UserId == uploadedBy;
        }

        var owner = owners.FirstOrDefault(o => o.OwnerKind == ownerKind);
        return owner is null ? actor.IsStaff : await owner.CanReadAsync(actor, ownerId.Value, ct);
    }
}
