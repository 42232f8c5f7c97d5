using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class ServiceRequestConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> builder)
    {
        builder.ToTable("ServiceRequests");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Number).HasMaxLength(ServiceRequest.NumberMaxLength);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.Property(r => r.RequestKey).HasMaxLength(ServiceRequest.KeyMaxLength);
        builder.HasIndex(r => r.RequestKey).IsUnique();
        builder.Property(r => r.ReporterUserId).HasMaxLength(450);
        builder.Property(r => r.ReporterName).HasMaxLength(ServiceRequest.NameMaxLength);
        builder.Property(r => r.Description).HasMaxLength(ServiceRequest.TextMaxLength);
        builder.Property(r => r.Location).HasMaxLength(ServiceRequest.LocationMaxLength);
        builder.Property(r => r.TriagedBy).HasMaxLength(ServiceRequest.NameMaxLength);
        builder.Property(r => r.ClosedBy).HasMaxLength(ServiceRequest.NameMaxLength);
        builder.Property(r => r.Outcome).HasMaxLength(ServiceRequest.TextMaxLength);
        // Concurrent triage, dispatch and closing of one request: the second writer is refused, not silently applied.
        builder.Property(r => r.Status).IsConcurrencyToken();
        builder.Ignore(r => r.IsOpen);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(r => r.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Premise>().WithMany().HasForeignKey(r => r.PremiseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppointmentSlot>().WithMany().HasForeignKey(r => r.SlotId).OnDelete(DeleteBehavior.Restrict);
        // The triage queue reads in due-time order (and the breached count is a range of it); the account tab by account.
        builder.HasIndex(r => new { r.DueBy, r.Status });
        builder.HasIndex(r => new { r.Status, r.ClosedAt });
        builder.HasIndex(r => new { r.ServiceAccountId, r.SubmittedAt });
        builder.HasIndex(r => new { r.ReporterUserId, r.SubmittedAt });
    }
}
