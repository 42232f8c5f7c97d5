using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Attachments;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Attachments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.OwnerKind).HasMaxLength(Attachment.OwnerKindMaxLength);
        builder.Property(a => a.FileName).HasMaxLength(Attachment.FileNameMaxLength);
        builder.Property(a => a.ContentType).HasMaxLength(40);
        builder.Property(a => a.Content).IsRequired();
        builder.Property(a => a.UploadedByUserId).HasMaxLength(450);
        builder.Property(a => a.UploadedBy).HasMaxLength(Attachment.NameMaxLength);
        // A record's files are listed by their owner; an upload is claimed by id.
        builder.HasIndex(a => new { a.OwnerKind, a.OwnerId });
    }
}
