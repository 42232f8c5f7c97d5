using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Data.Configurations;

internal sealed class AppointmentSlotConfiguration : IEntityTypeConfiguration<AppointmentSlot>
{
    public void Configure(EntityTypeBuilder<AppointmentSlot> builder)
    {
        builder.ToTable("AppointmentSlots");
        builder.Property(s => s.Id).ValueGeneratedNever();
        // Two bookings racing for the last place: the second save sees a changed count and is refused.
        builder.Property(s => s.Booked).IsConcurrencyToken();
        builder.Property(s => s.CreatedBy).HasMaxLength(120);
        builder.Ignore(s => s.IsFull);
        builder.HasIndex(s => s.StartsAt);
    }
}
