using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.ToTable("WorkOrders");
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.RequestKey).HasMaxLength(WorkOrder.KeyMaxLength);
        // The action that asks for a job (a shut-off episode, a restore) asks once however often it is repeated.
        builder.HasIndex(w => w.RequestKey).IsUnique();
        builder.Property(w => w.RequestedBy).HasMaxLength(WorkOrder.NameMaxLength);
        builder.Property(w => w.RequestNote).HasMaxLength(WorkOrder.NoteMaxLength);
        builder.Property(w => w.AssignedTo).HasMaxLength(WorkOrder.NameMaxLength);
        builder.Property(w => w.CompletedBy).HasMaxLength(WorkOrder.NameMaxLength);
        builder.Property(w => w.ResultNote).HasMaxLength(WorkOrder.NoteMaxLength);
        builder.Ignore(w => w.IsOpen);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(w => w.ServiceAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.ServiceAccountId, w.RequestedAt });
        builder.HasIndex(w => new { w.Status, w.RequestedAt });
        // A second completion or cancellation racing the first is refused rather than applied twice.
        builder.Property(w => w.Status).IsConcurrencyToken();
        builder.HasOne<ServiceRequest>().WithMany().HasForeignKey(w => w.ServiceRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(w => new { w.ServiceRequestId, w.Status });
        builder.HasOne<AppointmentSlot>().WithMany().HasForeignKey(w => w.SlotId).OnDelete(DeleteBehavior.Restrict);
        // The dispatch view: open orders by priority, emergencies first.
        builder.HasIndex(w => new { w.Status, w.Priority, w.RequestedAt });
    }
}
