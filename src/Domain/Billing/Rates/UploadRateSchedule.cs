using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Billing.Rates;

/// <param name="FileName">The uploaded file's name, kept as the version's source.</param>
/// <param name="Document">The schedule document, in the format of rates/README.md.</param>
public sealed record UploadRateScheduleInput(string? FileName, string? Document);

/// <param name="Created">False when the latest version already held this exact document.</param>
public sealed record UploadRateScheduleResult(string Code, int Version, DateOnly EffectiveFrom, bool Created);

/// <summary>
/// A Supervisor adopts a schedule: the document is validated whole (every problem reported with its JSON path as the
/// field), stored as the next version of its code and audited. A code that has priced a posted bill is refused.
/// </summary>
public sealed class UploadRateSchedule(UtilityDbContext db, TimeProvider clock)
{
    public const int MaxDocumentLength = 256 * 1024;

    public async Task<UploadRateScheduleResult> HandleAsync(Actor actor, UploadRateScheduleInput input, CancellationToken ct = default)
    {
        if (!actor.IsInRole(StaffRoles.Supervisor))
        {
            throw new DomainException(ErrorCodes.Forbidden, "Only a Supervisor can upload a rate schedule.");
        }

        if (string.IsNullOrWhiteSpace(input.Document))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose a rate schedule file (JSON).", nameof(input.Document));
        }

        if (input.Document.Length > MaxDocumentLength)
        {
            throw new DomainException(ErrorCodes.Invalid, "A rate schedule document is at most 256 KB.", nameof(input.Document));
        }

        var fileName = string.IsNullOrWhiteSpace(input.FileName) ? "upload.json" : Path.GetFileName(input.FileName.Trim());
        var schedule = RateScheduleReader.Read(input.Document, fileName);
        ScheduleStoreResult result;
        try
        {
            result = await RateScheduleStore.AddAsync(db, schedule, input.Document, $"upload:{fileName}", actor.Name, clock.GetUtcNow(), ct);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            throw new DomainException(ErrorCodes.Conflict, $"Another version of {schedule.Code} was stored at the same moment; upload again.", "code");
        }

        return result.Outcome == ScheduleStoreOutcome.Locked
            ? throw new DomainException(ErrorCodes.Conflict,
                $"Schedule {schedule.Code} has priced posted bills and can no longer change. Adopt the new rates under a new code.", "code")
            : new UploadRateScheduleResult(result.Code, result.Version, result.EffectiveFrom, result.Outcome == ScheduleStoreOutcome.Added);
    }
}
