using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Service;
using UtilityPortal.Domain.Service.Lifecycle;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class ServiceChangeConfiguration : IEntityTypeConfiguration<ServiceChange>
{
    public void Configure(EntityTypeBuilder<ServiceChange> builder)
    {
        builder.ToTable("ServiceChanges");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.RequestedBy).HasMaxLength(ServiceChange.NameMaxLength);
        builder.Property(c => c.CancelledBy).HasMaxLength(ServiceChange.NameMaxLength);
        builder.Property(c => c.CancelReason).HasMaxLength(ServiceChange.NoteMaxLength);
        builder.Property(c => c.DepositWaiverReason).HasMaxLength(ServiceChange.NoteMaxLength);
        builder.Property(c => c.FieldNote).HasMaxLength(ServiceChange.NoteMaxLength);
        builder.Property(c => c.Refunded).IsMoney();
        builder.OwnsAddress(c => c.ForwardingAddress, "Forwarding", required: false);
        // Two crews closing a transfer's two orders at once race on the same row: the state decides who completes it.
        builder.Property(c => c.State).IsConcurrencyToken();
        builder.Ignore(c => c.Starts);
        builder.Ignore(c => c.Stops);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(c => c.FromAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ServiceAccount>().WithMany().HasForeignKey(c => c.ToAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Premise>().WithMany().HasForeignKey(c => c.ToPremiseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(c => c.TurnOnOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(c => c.TurnOffOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.TurnOnOrderId).IsUnique();
        builder.HasIndex(c => c.TurnOffOrderId).IsUnique();
        builder.HasIndex(c => new { c.State, c.RequestedDate });
        builder.HasIndex(c => c.ServiceRequestId);
    }
}
