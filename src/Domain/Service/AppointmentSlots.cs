using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service;

/// <summary>A slot as the pickers and the admin list show it; times are the utility's local time.</summary>
public sealed record AppointmentSlotView(Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, int Booked)
{
    public int Free => Math.Max(0, Capacity - Booked);

    public static AppointmentSlotView Of(AppointmentSlot s) => new(s.Id, ServiceTime.Local(s.StartsAt), ServiceTime.Local(s.EndsAt), s.Capacity, s.Booked);
}

/// <summary>Visit times as the utility's crews and customers read them: the utility's local time (America/New_York).</summary>
public static class ServiceTime
{
    public static DateTimeOffset Local(DateTimeOffset at) => at.ToOffset(BillingTime.Offset(at));

    public static DateTimeOffset? Local(DateTimeOffset? at) => at is { } value ? Local(value) : null;
}

/// <param name="Day">The day, in the utility's local time.</param>
public sealed record CreateAppointmentSlotInput(DateOnly Day, TimeOnly Starts, TimeOnly Ends, int Capacity);

/// <summary>
/// Appointment slots: the free future ones residents and dispatchers pick from, every upcoming one for the admin
/// page, and creating one (Supervisor or Administrator; audited). A slot in the past is refused.
/// </summary>
public sealed class AppointmentSlots(UtilityDbContext db, TimeProvider clock)
{
    /// <summary>Free slots from now to <paramref name="days"/> ahead, soonest first.</summary>
    public async Task<IReadOnlyList<AppointmentSlotView>> OpenAsync(int days = 30, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var until = now.AddDays(Math.Clamp(days, 1, 90));
        var slots = await db.AppointmentSlots.AsNoTracking()
            .Where(s => s.StartsAt > now && s.StartsAt < until && s.Booked < s.Capacity)
            .OrderBy(s => s.StartsAt).Take(200).ToListAsync(ct);
        return slots.ConvertAll(AppointmentSlotView.Of);
    }

    /// <summary>Every slot from today on, full or not (staff).</summary>
    public async Task<IReadOnlyList<AppointmentSlotView>> UpcomingAsync(Actor actor, CancellationToken ct = default)
    {
        ServiceSteps.RequireStaff(actor);
        var from = clock.GetUtcNow().AddHours(-12);
        var slots = await db.AppointmentSlots.AsNoTracking().Where(s => s.StartsAt > from).OrderBy(s => s.StartsAt).Take(500).ToListAsync(ct);
        return slots.ConvertAll(AppointmentSlotView.Of);
    }

    public async Task<AppointmentSlotView> CreateAsync(Actor actor, CreateAppointmentSlotInput input, CancellationToken ct = default)
    {
        if (!actor.IsInRole(StaffRoles.Supervisor) && !actor.IsInRole(StaffRoles.Administrator))
        {
            throw new DomainException(ErrorCodes.Forbidden, "Appointment slots are set up by a Supervisor or an Administrator.");
        }

        var now = clock.GetUtcNow();
        var slot = new AppointmentSlot(At(input.Day, input.Starts), At(input.Day, input.Ends), input.Capacity, actor.Name, now);
        db.AppointmentSlots.Add(slot);
        ServiceSteps.Audit(db, actor, now, "AppointmentSlotCreated", nameof(AppointmentSlot), slot.Id, "Window", null,
            $"{slot.StartsAt:O} to {slot.EndsAt:O}, capacity {slot.Capacity}");
        await db.SaveChangesAsync(ct);
        return AppointmentSlotView.Of(slot);
    }

    /// <summary>Gives back the place a visit held in <paramref name="slotId"/> (it moved or was cancelled); the caller saves.</summary>
    internal static async Task ReleaseAsync(UtilityDbContext db, Guid? slotId, CancellationToken ct)
    {
        if (slotId is { } id && await db.AppointmentSlots.SingleOrDefaultAsync(s => s.Id == id, ct) is { } slot)
        {
            slot.Release();
        }
    }

    private static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        var offset = BillingTime.Offset(new DateTimeOffset(local, TimeSpan.Zero).AddHours(5));
        return new DateTimeOffset(local, offset);
    }
}
