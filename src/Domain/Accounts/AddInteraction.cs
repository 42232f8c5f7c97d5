using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Accounts;

public sealed record AddInteractionInput(string AccountNumber, InteractionChannel Channel, string Subject, string Note);

/// <summary>Staff record a contact with the customer on the account's interaction log.</summary>
public sealed class AddInteraction(UtilityDbContext db, AccountAccess access, TimeProvider clock)
{
    public async Task<Interaction> HandleAsync(Actor actor, AddInteractionInput input, CancellationToken ct = default)
    {
        if (!actor.IsStaff)
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only staff record interactions.");
        }

        var accountId = await access.RequireAccountAsync(actor, input.AccountNumber, ct);
        var interaction = new Interaction(accountId, input.Channel, input.Subject ?? string.Empty, input.Note ?? string.Empty, actor.Name, clock.GetUtcNow());
        db.Interactions.Add(interaction);
        await db.SaveChangesAsync(ct);
        return interaction;
    }
}
