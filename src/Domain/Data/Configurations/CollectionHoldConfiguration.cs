using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Payments.Collections;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class CollectionHoldConfiguration : IEntityTypeConfiguration<CollectionHold>
{
    public void Configure(EntityTypeBuilder<CollectionHold> builder)
    {
        builder.ToTable("CollectionHolds");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.OpenKey).HasMaxLength(60);
        // One bankruptcy and one critical-care flag in force per account (null once released; nulls never collide).
        builder.HasIndex(h => h.OpenKey).IsUnique();
        builder.Property(h => h.CaseNumber).HasMaxLength(CollectionHold.CaseNumberMaxLength);
        builder.Property(h => h.PrePetitionBalance).HasConversion(m => m!.Value.Amount, d => new Ledger.Money(d)).HasPrecision(18, 2);
        builder.Property(h => h.Note).HasMaxLength(CollectionHold.NoteMaxLength);
        builder.Property(h => h.ReleaseReason).HasMaxLength(CollectionHold.NoteMaxLength);
        builder.Property(h => h.PlacedBy).HasMaxLength(120);
        builder.Property(h => h.ReleasedBy).HasMaxLength(120);
        builder.Ignore(h => h.IsReleased);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(h => h.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.ServiceAccountId, h.Kind });
    }
}
