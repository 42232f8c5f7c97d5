using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class BillRunConfiguration : IEntityTypeConfiguration<BillRun>
{
    public void Configure(EntityTypeBuilder<BillRun> builder)
    {
        builder.ToTable("BillRuns");
        builder.Property(r => r.Id).ValueGeneratedNever();
        // One run per cycle and period: starting it again finds this one.
        builder.HasIndex(r => new { r.Cycle, r.PeriodStart, r.PeriodEnd }).IsUnique();
        builder.HasIndex(r => r.Status);
        builder.Property(r => r.ClaimToken).IsConcurrencyToken();
        builder.Property(r => r.StartedBy).HasMaxLength(120);
        builder.Property(r => r.ApprovedBy).HasMaxLength(120);
        builder.Property(r => r.PostedBy).HasMaxLength(120);
        builder.Property(r => r.ClaimedBy).HasMaxLength(120);
        builder.Property(r => r.ScheduleCode).HasMaxLength(Billing.Rates.RateScheduleVersion.CodeMaxLength);
        builder.Property(r => r.LastError).HasMaxLength(500);
    }
}
