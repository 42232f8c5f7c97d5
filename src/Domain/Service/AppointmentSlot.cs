namespace UtilityPortal.Domain.Service;

/// <summary>
/// A window when a field crew can visit (9:00 to 11:00 on a day), taking up to <see cref="Capacity"/> visits. A slot
/// that has started or is full cannot be booked. <see cref="Booked"/> is a concurrency token, so two residents racing
/// for the last place cannot both have it: the second save fails and is told the slot was just taken.
/// </summary>
public sealed class AppointmentSlot
{
    public const int MaxCapacity = 50;

    private AppointmentSlot()
    {
        CreatedBy = string.Empty;
    }

    public AppointmentSlot(DateTimeOffset startsAt, DateTimeOffset endsAt, int capacity, string createdBy, DateTimeOffset now)
    {
        var errors = new List<DomainError>();
        if (startsAt <= now)
        {
            errors.Add(new DomainError(ErrorCodes.Invalid, "An appointment slot must start in the future.", "startsAt"));
        }

        if (endsAt <= startsAt || endsAt - startsAt > TimeSpan.FromHours(12))
        {
            errors.Add(new DomainError(ErrorCodes.Invalid, "A slot ends after it starts, within 12 hours.", "endsAt"));
        }

        if (capacity is < 1 or > MaxCapacity)
        {
            errors.Add(new DomainError(ErrorCodes.Invalid, $"A slot takes 1 to {MaxCapacity} visits.", "capacity"));
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        Id = Guid.CreateVersion7();
        StartsAt = startsAt;
        EndsAt = endsAt;
        Capacity = capacity;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public int Capacity { get; private set; }

    public int Booked { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsFull => Booked >= Capacity;

    /// <summary>Takes one place; refuses a slot that has started or is full.</summary>
    public void Book(DateTimeOffset now)
    {
        if (StartsAt <= now)
        {
            throw new DomainException(ErrorCodes.Invalid, "That appointment time has passed; choose a later one.", "slotId");
        }

        if (IsFull)
        {
            throw new DomainException(ErrorCodes.Conflict, "That appointment time was just taken; choose another.", "slotId");
        }

        Booked++;
    }

    /// <summary>Gives a place back (the visit moved to another slot or was cancelled).</summary>
    public void Release()
    {
        if (Booked > 0)
        {
            Booked--;
        }
    }
}
