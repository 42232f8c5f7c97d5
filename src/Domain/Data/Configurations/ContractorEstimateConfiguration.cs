using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Development;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class ContractorEstimateConfiguration : IEntityTypeConfiguration<ContractorEstimate>
{
    public void Configure(EntityTypeBuilder<ContractorEstimate> builder)
    {
        builder.ToTable("ContractorEstimates");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Reference).HasMaxLength(ContractorEstimate.ReferenceLength);
        builder.HasIndex(e => e.Reference).IsUnique();
        builder.Property(e => e.ContractorUserId).HasMaxLength(450);
        builder.Property(e => e.ContractorName).HasMaxLength(ContractorEstimate.NameMaxLength);
        builder.Property(e => e.ParcelId).HasMaxLength(30);
        builder.OwnsAddress(e => e.ServiceAddress, "Service", required: true);
        builder.Property(e => e.MeterSize).HasMaxLength(10);
        builder.Property(e => e.ServiceAreaName).HasMaxLength(80);
        builder.Property(e => e.Notes).HasMaxLength(ContractorEstimate.NotesMaxLength);
        builder.Property(e => e.ReviewedBy).HasMaxLength(ContractorEstimate.NameMaxLength);
        builder.Property(e => e.ConvertedBy).HasMaxLength(ContractorEstimate.NameMaxLength);
        builder.Property(e => e.AgreementNumber).HasMaxLength(ContractorEstimate.ReferenceLength);
        builder.Ignore(e => e.Current);
        builder.Ignore(e => e.IsWorksheetOpen);
        builder.Ignore(e => e.HasSewer);
        builder.HasMany(e => e.ExtraLines).WithOne().HasForeignKey(l => l.EstimateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Versions).WithOne().HasForeignKey(v => v.EstimateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(e => e.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);

        // The contractor's list and the staff queue.
        builder.HasIndex(e => new { e.ContractorUserId, e.RequestedAt });
        builder.HasIndex(e => new { e.Status, e.RequestedAt });
    }
}
