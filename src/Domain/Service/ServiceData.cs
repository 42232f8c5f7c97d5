using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Service;

/// <summary>The Service area's tables on the one context, kept beside the area that owns them.</summary>
public static class ServiceData
{
    extension(UtilityDbContext db)
    {
        public DbSet<WorkOrder> WorkOrders => db.Set<WorkOrder>();

        public DbSet<ServiceRequest> ServiceRequests => db.Set<ServiceRequest>();

        public DbSet<AppointmentSlot> AppointmentSlots => db.Set<AppointmentSlot>();

        public DbSet<ServiceNote> ServiceNotes => db.Set<ServiceNote>();
    }
}
