using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Data.Seeding;

/// <summary>
/// A few open service requests and work orders for the demo city, so the triage queue, dispatch and the resident's
/// Requests page have something to show: a leak dispatched at top priority on the resident's home, a high bill
/// investigation waiting for triage, a pressure complaint past its target, and appointment slots for the next days.
/// Added once (skipped when any request exists).
/// </summary>
public static class DemoServiceRequests
{
    public static async Task SeedAsync(UtilityDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await db.ServiceRequests.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var home = await db.ServiceAccounts.AsNoTracking().Where(a => a.Number == DemoCity.ResidentHomeAccount).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(ct);
        var rental = await db.ServiceAccounts.AsNoTracking().Where(a => a.Number == DemoCity.ResidentRentalAccount).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(ct);
        if (home is null || rental is null)
        {
            return;
        }

        var levels = new ServiceLevelOptions();
        var leak = new ServiceRequest(ServiceRequestType.ReportLeak, home, null, null, "Maria Lopez",
            new ServiceRequestDetails("Water bubbling up through the grass", "Front yard by the meter box", LeakSeverity.Steady), ContactPreference.Email, now.AddHours(-1));
        leak.Triage(RequestPriority.Emergency, levels.DueBy(leak.Type, RequestPriority.Emergency, leak.SubmittedAt), "Automatic leak dispatch", leak.SubmittedAt);
        leak.Dispatch();
        var highBill = new ServiceRequest(ServiceRequestType.HighBillInvestigation, rental, null, null, "Maria Lopez",
            new ServiceRequestDetails("The last bill is twice the usual amount."), ContactPreference.Email, now.AddHours(-3));
        highBill.SetTarget(RequestPriority.Normal, levels.DueBy(highBill.Type, RequestPriority.Normal, highBill.SubmittedAt));
        var pressure = new ServiceRequest(ServiceRequestType.WaterPressure, rental, null, null, "Maria Lopez",
            new ServiceRequestDetails("Very low pressure upstairs in the mornings."), ContactPreference.Email, now.AddDays(-3));
        pressure.Triage(RequestPriority.High, levels.DueBy(pressure.Type, RequestPriority.High, pressure.SubmittedAt), "Ana Ruiz", pressure.SubmittedAt.AddHours(1));
        db.ServiceRequests.AddRange(leak, highBill, pressure);
        db.WorkOrders.Add(WorkOrder.ForRequest(leak, home.Value, WorkOrderType.LeakInvestigation, leak.SubmittedAt, "Automatic leak dispatch", leak.Location));

        // Two visits a morning and an afternoon for the next five days, at 9:00 and 13:00 Eastern (14:00 and 18:00 UTC in winter).
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        for (var day = 1; day <= 5; day++)
        {
            var date = today.AddDays(day).ToDateTime(TimeOnly.MinValue);
            foreach (var hour in new[] { 14, 18 })
            {
                var start = new DateTimeOffset(date.AddHours(hour), TimeSpan.Zero);
                db.AppointmentSlots.Add(new AppointmentSlot(start, start.AddHours(2), 2, "Demo city", now));
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
