namespace UtilityPortal.Domain.Auditing;

/// <summary>
/// An append-only record of a change made by a person: who, when, what, and the value before and after.
/// Contact detail changes write one row per changed field.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Actor = string.Empty;
        Action = string.Empty;
        EntityType = string.Empty;
        EntityId = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, string actor, string action, string entityType, string entityId, string? field, string? before, string? after)
    {
        Id = Guid.CreateVersion7();
        At = at;
        Actor = actor;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Field = field;
        Before = before;
        After = after;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; }

    public string Action { get; private set; }

    public string EntityType { get; private set; }

    public string EntityId { get; private set; }

    public string? Field { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }
}
