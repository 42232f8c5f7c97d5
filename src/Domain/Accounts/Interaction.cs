namespace UtilityPortal.Domain.Accounts;

public enum InteractionChannel
{
    Phone = 1,
    Email = 2,
    Counter = 3,
    Portal = 4,
}

/// <summary>One contact with a customer about an account: who handled it, when, and what was said.</summary>
public sealed class Interaction
{
    private Interaction()
    {
        Subject = string.Empty;
        Note = string.Empty;
        RecordedBy = string.Empty;
    }

    public Interaction(Guid serviceAccountId, InteractionChannel channel, string subject, string note, string recordedBy, DateTimeOffset at)
    {
        var errors = new List<DomainError>();
        if (!Enum.IsDefined(channel))
        {
            errors.Add(new(ErrorCodes.Invalid, "Choose how the customer made contact.", "Channel"));
        }

        if (string.IsNullOrWhiteSpace(subject) || subject.Trim().Length > 120)
        {
            errors.Add(new(ErrorCodes.Invalid, "Enter a subject of up to 120 characters.", "Subject"));
        }

        if (string.IsNullOrWhiteSpace(note) || note.Trim().Length > 4000)
        {
            errors.Add(new(ErrorCodes.Invalid, "Enter a note of up to 4,000 characters.", "Note"));
        }

        if (errors.Count > 0)
        {
            throw new DomainException(errors);
        }

        Id = Guid.CreateVersion7();
        ServiceAccountId = serviceAccountId;
        Channel = channel;
        Subject = subject.Trim();
        Note = note.Trim();
        RecordedBy = recordedBy;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid ServiceAccountId { get; private set; }

    public InteractionChannel Channel { get; private set; }

    public string Subject { get; private set; }

    public string Note { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset At { get; private set; }
}
