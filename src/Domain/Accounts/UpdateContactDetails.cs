using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Accounts;

/// <summary>
/// Changes the contact details of the customer who holds an account: a resident for a linked account, staff for any.
/// Every changed field is audited with its old and new value, who and when, in the same transaction as the change.
/// </summary>
public sealed class UpdateContactDetails(UtilityDbContext db, AccountAccess access, TimeProvider clock)
{
    public async Task<IReadOnlyList<FieldChange>> HandleAsync(Actor actor, string accountNumber, ContactDetailsInput input, CancellationToken ct = default)
    {
        var accountId = await access.RequireAccountAsync(actor, accountNumber, ct);
        var details = input.Validate();
        var customerId = await db.ServiceAccounts.Where(a => a.Id == accountId).Select(a => a.CustomerId).SingleAsync(ct);
        var customer = await db.Customers.SingleAsync(c => c.Id == customerId, ct);

        var now = clock.GetUtcNow();
        var source = actor.IsStaff ? $"staff:{actor.Name}" : "portal";
        var changes = customer.UpdateContact(details, DateOnly.FromDateTime(now.UtcDateTime), now, source);
        if (changes.Count == 0)
        {
            return changes;
        }

        foreach (var change in changes)
        {
            db.AuditEntries.Add(new AuditEntry(now, actor.Name, "ContactChanged", nameof(Customer), customer.Id.ToString(), change.Field,
                Clip(change.Before), Clip(change.After)));
        }

        await SearchIndex.RefreshForCustomerAsync(db, customer, ct);
        await db.SaveChangesAsync(ct);
        return changes;
    }

    private static string? Clip(string? value) => value is { Length: > 400 } ? value[..400] : value;
}
