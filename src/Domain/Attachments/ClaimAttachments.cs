using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Attachments;

/// <summary>
/// Gives files uploaded earlier (by id) to the record being saved. Only the uploader's own unowned files can be
/// claimed, so nobody attaches someone else's upload. Does not save: the owner's use case saves both at once.
/// </summary>
public static class ClaimAttachments
{
    public static async Task<IReadOnlyList<Attachment>> ClaimAsync(UtilityDbContext db, Actor actor, IReadOnlyCollection<Guid> ids,
        string ownerKind, Guid ownerId, CancellationToken ct = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var distinct = ids.Distinct().ToList();
        var files = await db.Attachments.Where(a => distinct.Contains(a.Id)).ToListAsync(ct);
        if (files.Count != distinct.Count || files.Any(f => f.UploadedByUserId != actor.UserId || f.OwnerKind is not null))
        {
            throw new DomainException(ErrorCodes.NotFound, "An attached file was not found; upload it again.", "attachments");
        }

        foreach (var file in files)
        {
            file.AttachTo(ownerKind, ownerId);
        }

        return files;
    }
}
