using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class BillExceptionItemConfiguration : IEntityTypeConfiguration<BillExceptionItem>
{
    public void Configure(EntityTypeBuilder<BillExceptionItem> builder)
    {
        builder.ToTable("BillExceptions");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Reason).HasMaxLength(BillExceptionItem.ReasonMaxLength);
        builder.Property(e => e.Note).HasMaxLength(BillExceptionItem.NoteMaxLength);
        builder.Property(e => e.ResolvedBy).HasMaxLength(120);
        builder.HasOne<Bill>().WithMany().HasForeignKey(e => e.BillId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BillRun>().WithMany().HasForeignKey(e => e.BillRunId).OnDelete(DeleteBehavior.Restrict);
        // The exceptions queue: a run's open exceptions by kind.
        builder.HasIndex(e => new { e.BillRunId, e.Status, e.Kind });
    }
}
