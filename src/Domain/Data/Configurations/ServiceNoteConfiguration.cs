using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class ServiceNoteConfiguration : IEntityTypeConfiguration<ServiceNote>
{
    public void Configure(EntityTypeBuilder<ServiceNote> builder)
    {
        builder.ToTable("ServiceNotes");
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Text).HasMaxLength(ServiceNote.TextMaxLength);
        builder.Property(n => n.Author).HasMaxLength(120);
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(n => n.ServiceRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(n => n.WorkOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.ServiceRequestId, n.At });
        builder.HasIndex(n => new { n.WorkOrderId, n.At });
    }
}
