using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class BillConfiguration : IEntityTypeConfiguration<Bill>
{
    public void Configure(EntityTypeBuilder<Bill> builder)
    {
        builder.ToTable("Bills");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.MeterSize).HasMaxLength(10);
        builder.Property(b => b.AdditionalMeterSizes).HasMaxLength(60);
        builder.Property(b => b.ScheduleCode).HasMaxLength(Billing.Rates.RateScheduleVersion.CodeMaxLength);
        builder.Property(b => b.CurrentCharges).IsMoney();
        builder.Property(b => b.PreviousBalance).IsMoney();
        builder.Property(b => b.PaymentsSince).IsMoney();
        builder.Property(b => b.AdjustmentsSince).IsMoney();
        builder.Property(b => b.DepositApplied).IsMoney();
        builder.Property(b => b.TotalDue).IsMoney();
        builder.Property(b => b.CreatedBy).HasMaxLength(120);
        builder.Property(b => b.ApprovedBy).HasMaxLength(120);
        builder.Property(b => b.PostedBy).HasMaxLength(120);
        builder.Property(b => b.CancelledBy).HasMaxLength(120);
        builder.Property(b => b.HoldReason).HasMaxLength(300);
        builder.Property(b => b.CancelReason).HasMaxLength(300);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(b => b.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BillRun>().WithMany().HasForeignKey(b => b.BillRunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Lines).WithOne().HasForeignKey(l => l.BillId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Reads).WithOne().HasForeignKey(r => r.BillId).OnDelete(DeleteBehavior.Cascade);
        // Nobody is billed twice for the same kind and period: a repeated run, a retried worker or a second node all
        // meet this key. A cancelled bill steps aside for its replacement. The quoted identifier is valid on SQLite,
        // PostgreSQL and SQL Server alike.
        builder.HasIndex(b => new { b.ServiceAccountId, b.Kind, b.PeriodStart, b.PeriodEnd })
            .IsUnique()
            .HasFilter("\"Status\" <> 5")
            .HasDatabaseName("IX_Bills_OnePerAccountKindAndPeriod");
        builder.HasIndex(b => new { b.BillRunId, b.Status });
    }
}
