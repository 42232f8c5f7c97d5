using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using UtilityPortal.BackOffice.Infrastructure;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Service;

namespace UtilityPortal.BackOffice.Pages.WorkOrders;

/// <summary>Appointment slots from today on, with how full each is; a Supervisor or Administrator adds one.</summary>
public sealed class SlotsModel(AppointmentSlots slots, IStringLocalizer<SharedResource> t) : StaffStepPageModel(t)
{
    public IReadOnlyList<AppointmentSlotView> Upcoming { get; private set; } = [];

    public bool CanCreate => User.IsInRole(StaffRoles.Supervisor) || User.IsInRole(StaffRoles.Administrator);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    public Task<IActionResult> OnPostAsync(DateOnly? day, TimeOnly? starts, TimeOnly? ends, int capacity, CancellationToken ct) =>
        ActAsync(a => day is { } d && starts is { } s && ends is { } e
                ? slots.CreateAsync(a, new CreateAppointmentSlotInput(d, s, e, capacity), ct)
                : throw new DomainException(ErrorCodes.Invalid, "Give the day, start and end of the slot.", "day"),
            "Appointment slot added.", "/WorkOrders/Slots", ct);

    protected override async Task LoadAsync(CancellationToken ct) => Upcoming = await slots.UpcomingAsync(Actor.FromPrincipal(User), ct);
}
