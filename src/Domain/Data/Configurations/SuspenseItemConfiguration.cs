using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Payments;
using UtilityPortal.Domain.Payments.Lockbox;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class SuspenseItemConfiguration : IEntityTypeConfiguration<SuspenseItem>
{
    public void Configure(EntityTypeBuilder<SuspenseItem> builder)
    {
        builder.ToTable("SuspenseItems");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.RawLine).HasMaxLength(SuspenseItem.RawLineMaxLength);
        builder.Property(s => s.AccountText).HasMaxLength(LockboxFile.AccountMaxLength);
        builder.Property(s => s.Amount).IsMoney();
        builder.Property(s => s.CheckNumber).HasMaxLength(LockboxFile.CheckNumberMaxLength);
        builder.Property(s => s.Remitter).HasMaxLength(LockboxFile.RemitterMaxLength);
        builder.Property(s => s.ResolvedBy).HasMaxLength(120);
        builder.Property(s => s.Note).HasMaxLength(SuspenseItem.NoteMaxLength);
        // Two specialists applying the same item at once: the second save finds the status changed and posts nothing.
        builder.Property(s => s.Status).IsConcurrencyToken();
        builder.HasOne<LockboxBatch>().WithMany().HasForeignKey(s => s.LockboxBatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(s => s.AppliedAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payment>().WithMany().HasForeignKey(s => s.PaymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.LockboxBatchId, s.LineNumber }).IsUnique();
        builder.HasIndex(s => new { s.Status, s.PaidOn });
        builder.HasIndex(s => s.CheckNumber);
    }
}
