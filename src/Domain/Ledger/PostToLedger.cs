using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Data;

namespace UtilityPortal.Domain.Ledger;

public enum PostingOutcome
{
    Posted = 1,
    AlreadyPosted = 2,
}

/// <summary>
/// Posts journal entries as one unit. Each entry's idempotency key is unique in the database, so a retried or
/// duplicated request (even two racing on different nodes) posts exactly once; the loser sees <see cref="PostingOutcome.AlreadyPosted"/>.
/// </summary>
public sealed class PostToLedger(UtilityDbContext db)
{
    public async Task<PostingOutcome> PostAsync(IReadOnlyList<JournalEntry> entries, CancellationToken ct = default)
    {
        if (entries.Count == 0)
        {
            throw new DomainException(ErrorCodes.Invalid, "Nothing to post.");
        }

        var keys = entries.Select(e => e.IdempotencyKey).ToList();
        if (keys.Distinct(StringComparer.Ordinal).Count() != keys.Count)
        {
            throw new DomainException(ErrorCodes.Invalid, "Each entry of a posting needs its own idempotency key.");
        }

        if (await AnyPostedAsync(keys, ct))
        {
            return PostingOutcome.AlreadyPosted;
        }

        db.JournalEntries.AddRange(entries);
        try
        {
            // One SaveChanges is one transaction: all of the entries land, or none do.
            await db.SaveChangesAsync(ct);
            return PostingOutcome.Posted;
        }
        catch (DbUpdateException)
        {
            foreach (var entry in entries)
            {
                db.Entry(entry).State = EntityState.Detached;
            }

            if (await AnyPostedAsync(keys, ct))
            {
                return PostingOutcome.AlreadyPosted;
            }

            throw;
        }
    }

    public Task<PostingOutcome> PostAsync(JournalEntry entry, CancellationToken ct = default) => PostAsync([entry], ct);

    /// <summary>Posts the reversal of an entry; an entry can be reversed once (a unique index backs this up).</summary>
    public async Task<PostingOutcome> ReverseAsync(Guid entryId, string key, DateOnly effectiveOn, DateTimeOffset postedAt, string postedBy, string reason, CancellationToken ct = default)
    {
        var original = await db.JournalEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == entryId, ct)
            ?? throw DomainException.NotFound("Journal entry");
        if (await db.JournalEntries.AnyAsync(e => e.ReversesEntryId == entryId && e.IdempotencyKey != key, ct))
        {
            throw new DomainException(ErrorCodes.Conflict, "That entry has already been reversed.");
        }

        return await PostAsync(original.Reverse(key, effectiveOn, postedAt, postedBy, reason), ct);
    }

    private Task<bool> AnyPostedAsync(List<string> keys, CancellationToken ct) =>
        db.JournalEntries.AsNoTracking().AnyAsync(e => keys.Contains(e.IdempotencyKey), ct);
}
