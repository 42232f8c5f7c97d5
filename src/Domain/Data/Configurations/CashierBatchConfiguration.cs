using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Payments.Counter;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class CashierBatchConfiguration : IEntityTypeConfiguration<CashierBatch>
{
    public void Configure(EntityTypeBuilder<CashierBatch> builder)
    {
        builder.ToTable("CashierBatches");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.CashierId).HasMaxLength(450);
        builder.Property(b => b.CashierName).HasMaxLength(120);
        builder.Property(b => b.ClosedBy).HasMaxLength(120);
        builder.Property(b => b.OpeningFloat).IsMoney();
        builder.Property(b => b.CountedCash).IsMoney();
        builder.Property(b => b.CountedChecks).IsMoney();
        builder.Property(b => b.CountedMoneyOrders).IsMoney();
        builder.Property(b => b.CountedCardPresent).IsMoney();
        builder.Property(b => b.Revision).IsConcurrencyToken();
        builder.Ignore(b => b.Counted);
        // One open batch per cashier, whatever two browser tabs or two nodes try; closed batches are unlimited.
        builder.HasIndex(b => b.CashierId).IsUnique().HasFilter("\"Status\" = 1");
        builder.HasIndex(b => new { b.BusinessDay, b.CashierName });
    }
}
