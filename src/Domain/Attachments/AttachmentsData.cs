using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Attachments;

/// <summary>The Attachments table on the one context, kept beside the area that owns it.</summary>
public static class AttachmentsData
{
    extension(UtilityDbContext db)
    {
        public DbSet<Attachment> Attachments => db.Set<Attachment>();
    }
}
