using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.BackOffice.Pages.Accounts;

/// <summary>Reads that only the staff account page needs and no use case offers yet.</summary>
public static class AccountPageQueries
{
    public static Task<List<InteractionRow>> InteractionsAsync(UtilityDbContext db, Guid accountId, CancellationToken ct) =>
        db.Interactions.AsNoTracking()
            .Where(i => i.ServiceAccountId == accountId)
            .OrderByDescending(i => i.At).ThenByDescending(i => i.Id)
            .Select(i => new InteractionRow(i.At, i.Channel, i.Subject, i.Note, i.RecordedBy))
            .ToListAsync(ct);

    /// <summary>The customer's contact change audit trail, newest first.</summary>
    public static Task<List<AuditEntry>> ContactAuditAsync(UtilityDbContext db, Guid customerId, CancellationToken ct)
    {
        var id = customerId.ToString();
        return db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Customer) && a.EntityId == id)
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Take(200)
            .ToListAsync(ct);
    }

    /// <summary>Unknown and invisible accounts alike answer 404, so the status says nothing about what exists.</summary>
    public static bool IsNotFound(this DomainException exception) => exception.Code == ErrorCodes.NotFound;
}
