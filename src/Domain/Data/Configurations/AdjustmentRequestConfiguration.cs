using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Adjustments;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class AdjustmentRequestConfiguration : IEntityTypeConfiguration<AdjustmentRequest>
{
    public void Configure(EntityTypeBuilder<AdjustmentRequest> builder)
    {
        builder.ToTable("AdjustmentRequests");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Amount).IsMoney();
        builder.Property(r => r.MakerLimit).HasPrecision(18, 2);
        builder.Property(r => r.Calculation).HasMaxLength(AdjustmentRequest.CalculationMaxLength);
        builder.Property(r => r.Notes).HasMaxLength(AdjustmentRequest.NotesMaxLength);
        builder.Property(r => r.RequestedByUserId).HasMaxLength(450);
        builder.Property(r => r.RequestedBy).HasMaxLength(AdjustmentRequest.NameMaxLength);
        builder.Property(r => r.DecidedByUserId).HasMaxLength(450);
        builder.Property(r => r.DecidedBy).HasMaxLength(AdjustmentRequest.NameMaxLength);
        builder.Property(r => r.RejectionReason).HasMaxLength(AdjustmentRequest.ReasonMaxLength);
        // Two approvers racing both fail but one: a changed status makes the loser's save fail.
        builder.Property(r => r.Status).IsConcurrencyToken();
        builder.Ignore(r => r.JournalKey);
        builder.Ignore(r => r.SignedAmount);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(r => r.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Bill>().WithMany().HasForeignKey(r => r.BillId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ServiceAccountId, r.Reason, r.RequestedAt });
        // The approval queue: pending requests, oldest first.
        builder.HasIndex(r => new { r.Status, r.RequestedAt });
        builder.HasIndex(r => r.BillId);
    }
}
