using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service.Lifecycle;

/// <param name="Type">The turn-on (the opening read) or the turn-off (the final read).</param>
public sealed record RecordServiceReadInput(Guid ServiceChangeId, WorkOrderType Type, long? Register);

/// <summary>
/// The register the crew read at a turn-on or turn-off, entered by staff before the crew's order is closed. Closing the
/// order records it as a meter read: the final read prices the final bill, the opening read starts the new account's
/// first bill. Staff only; audited with the value it replaced.
/// </summary>
public sealed class RecordServiceRead(UtilityDbContext db, TimeProvider clock)
{
    public async Task<ServiceChangeView> HandleAsync(Actor actor, RecordServiceReadInput input, CancellationToken ct = default)
    {
        ListServiceChanges.RequireStaff(actor);
        if (input.Register is not { } register)
        {
            throw new DomainException(ErrorCodes.Invalid, "Enter the register the crew read.", nameof(input.Register));
        }

        var change = await db.ServiceChanges.SingleOrDefaultAsync(c => c.Id == input.ServiceChangeId, ct) ?? throw DomainException.NotFound("Service change");
        var before = input.Type == WorkOrderType.TurnOn ? change.StartRegister : change.FinalRegister;
        change.RecordRegister(input.Type, register);
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actor.Name, "ServiceReadRecorded", nameof(ServiceChange), change.Id.ToString(),
            input.Type == WorkOrderType.TurnOn ? nameof(change.StartRegister) : nameof(change.FinalRegister),
            before?.ToString(System.Globalization.CultureInfo.InvariantCulture), register.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await LifecycleSave.SaveAsync(db, ct);
        return await ServiceChangeQueries.ViewAsync(db, change.Id, ct);
    }
}
