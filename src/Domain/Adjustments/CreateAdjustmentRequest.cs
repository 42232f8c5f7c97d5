using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Attachments;
using UtilityPortal.Domain.Billing;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Adjustments;

/// <param name="Direction">Amount basis only; a recalculation finds its own direction.</param>
/// <param name="Amount">Amount basis only: dollars, whole cents.</param>
/// <param name="BillId">The bill concerned; required for leak, billing error and meter error, and for a recalculation.</param>
/// <param name="CorrectedGallons">A billing or meter error's recalculation: the gallons the bill should have charged.</param>
/// <param name="Files">New uploads to attach (a leak needs the proof of repair).</param>
public sealed record CreateAdjustmentInput(
    string AccountNumber,
    AdjustmentReason Reason,
    AdjustmentBasis Basis,
    AdjustmentDirection Direction = AdjustmentDirection.Credit,
    decimal? Amount = null,
    Guid? BillId = null,
    long? CorrectedGallons = null,
    string? Notes = null,
    IReadOnlyList<StoreAttachmentInput>? Files = null)
{
    /// <summary>What a resident may ask for in the Portal: a leak adjustment of one bill, calculated by the policy.</summary>
    public static CreateAdjustmentInput LeakFromResident(string accountNumber, Guid? billId, string? notes, IReadOnlyList<StoreAttachmentInput> files) =>
        new(accountNumber, AdjustmentReason.Leak, AdjustmentBasis.Recalculation, AdjustmentDirection.Credit, null, billId, null, notes, files);
}

/// <summary>
/// A specialist (any staff role) asks to credit or debit an account, or a resident asks for a leak adjustment of one
/// of their linked accounts' bills. A leak is always calculated by the policy (<see cref="LeakAdjustment"/>), at most
/// once per account in 12 months, with the proof of repair attached. The request waits, Pending, for a second person
/// (<see cref="ApprovalPolicy"/>). It is saved with its files and its "created" audit entry in one transaction;
/// bad input changes nothing.
/// </summary>
public sealed class CreateAdjustmentRequest(UtilityDbContext db, AccountAccess access, RateScheduleCatalog schedules, StoreAttachment files,
    IOptions<AdjustmentOptions> options, TimeProvider clock)
{
    public const int MaxFiles = 5;

    public async Task<Guid> HandleAsync(Actor actor, CreateAdjustmentInput input, CancellationToken ct = default)
    {
        // The account first: a resident naming someone else's account learns nothing, not even what else is wrong.
        var accountId = await access.RequireAccountAsync(actor, input.AccountNumber ?? string.Empty, ct);
        Validate(actor, input);
        var bill = await BillAsync(accountId, input, ct);
        var now = clock.GetUtcNow();
        if (input.Reason == AdjustmentReason.Leak)
        {
            await RequireNoRecentLeakAsync(accountId, now, ct);
        }

        var (direction, amount, calculation) = await AmountAsync(input, bill, ct);
        var maker = new RequestMaker(actor.UserId, actor.Name, !actor.IsStaff, actor.IsStaff ? ApprovalPolicy.LimitOf(actor.Roles, options.Value) : null);
        var request = new AdjustmentRequest(accountId, bill?.Id, direction, input.Reason, input.Basis, amount,
            input.Basis == AdjustmentBasis.Recalculation ? input.CorrectedGallons : null, calculation, Notes(input.Notes), maker, now);
        await AttachAsync(actor, request, input.Files ?? [], ct);
        db.AdjustmentRequests.Add(request);
        db.AuditEntries.Add(AdjustmentRules.Audit(now, actor, "AdjustmentCreated", request, null,
            $"{nameof(AdjustmentStatus.Pending)}: {direction} {amount} for {AdjustmentRequest.Describe(input.Reason)} on account {input.AccountNumber!.Trim()}"));
        await db.SaveChangesAsync(ct);
        return request.Id;
    }

    private static void Validate(Actor actor, CreateAdjustmentInput input)
    {
        if (!Enum.IsDefined(input.Reason))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose a reason.", "reason");
        }

        if (!Enum.IsDefined(input.Basis) || !Enum.IsDefined(input.Direction))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose credit or debit, and an amount or a recalculation.", "basis");
        }

        if (!actor.IsStaff && (input.Reason != AdjustmentReason.Leak || input.Basis != AdjustmentBasis.Recalculation))
        {
            throw new DomainException(ErrorCodes.Forbidden, "Residents may ask for a leak adjustment only.", "reason");
        }

        if (input.BillId is null && (AdjustmentRules.NeedsBill(input.Reason) || input.Basis == AdjustmentBasis.Recalculation))
        {
            throw new DomainException(ErrorCodes.Invalid,
                $"A {AdjustmentRequest.Describe(input.Reason)} adjustment concerns a bill; choose the bill.", "billId");
        }

        if (input.Reason == AdjustmentReason.Leak && input.Basis != AdjustmentBasis.Recalculation)
        {
            throw new DomainException(ErrorCodes.Invalid, "A leak adjustment is calculated by the leak policy; choose recalculation.", "basis");
        }

        if (input.Files is { Count: > MaxFiles })
        {
            throw new DomainException(ErrorCodes.Invalid, $"Attach at most {MaxFiles} files.", StoreAttachment.Field);
        }

        if (input.Reason == AdjustmentReason.Leak && (input.Files is null || input.Files.Count == 0))
        {
            throw new DomainException(ErrorCodes.Invalid, "Attach the proof of repair (the plumber's invoice or a receipt for the parts).", StoreAttachment.Field);
        }
    }

    private async Task<Bill?> BillAsync(Guid accountId, CreateAdjustmentInput input, CancellationToken ct)
    {
        if (input.BillId is not { } billId)
        {
            return null;
        }

        return await AdjustmentRules.AdjustableBills(db, accountId).SingleOrDefaultAsync(b => b.Id == billId, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "Choose a posted bill of this account.", "billId");
    }

    private async Task RequireNoRecentLeakAsync(Guid accountId, DateTimeOffset now, CancellationToken ct)
    {
        var since = now.AddDays(-options.Value.LeakAdjustmentWindowDays);
        var earlier = await db.AdjustmentRequests.AsNoTracking()
            .Where(r => r.ServiceAccountId == accountId && r.Reason == AdjustmentReason.Leak && r.Status != AdjustmentStatus.Rejected && r.RequestedAt > since)
            .OrderByDescending(r => r.RequestedAt)
            .Select(r => (DateTimeOffset?)r.RequestedAt)
            .FirstOrDefaultAsync(ct);
        if (earlier is { } at)
        {
            throw new DomainException(ErrorCodes.Conflict,
                $"This account already has a leak adjustment, asked for on {at:yyyy-MM-dd}; the policy allows one in 12 months.", "reason");
        }
    }

    private async Task<(AdjustmentDirection Direction, Money Amount, string? Calculation)> AmountAsync(CreateAdjustmentInput input, Bill? bill, CancellationToken ct)
    {
        var max = options.Value.MaxAmount;
        if (input.Basis == AdjustmentBasis.Amount)
        {
            var amount = input.Amount ?? throw new DomainException(ErrorCodes.Invalid, "Enter the amount.", "amount");
            if (decimal.Round(amount, 2) != amount || amount <= 0 || amount > max)
            {
                throw new DomainException(ErrorCodes.Invalid, $"Enter an amount from $0.01 to {new Money(max)}, in whole cents.", "amount");
            }

            return (input.Direction, new Money(amount), null);
        }

        var schedule = (await schedules.RequireAsync(new ScheduleRef(bill!.ScheduleCode, bill.ScheduleVersion), ct)).Schedule;
        var (direction, result, working) = input.Reason switch
        {
            AdjustmentReason.Leak => Leak(schedule, bill),
            AdjustmentReason.BillingError or AdjustmentReason.MeterError => Corrected(schedule, bill, input.CorrectedGallons),
            _ => throw new DomainException(ErrorCodes.Invalid, "Only leak, billing error and meter error requests are recalculated; enter an amount.", "basis"),
        };
        if (!result.IsPositive)
        {
            throw new DomainException(ErrorCodes.Invalid, "The recalculation gives nothing to adjust.", "billId");
        }

        return result.Amount <= max
            ? (direction, result, working)
            : throw new DomainException(ErrorCodes.Invalid, $"The recalculation gives {result}, above the most one adjustment may be ({new Money(max)}); ask a Supervisor about a cancel-rebill.", "billId");
    }

    private static (AdjustmentDirection, Money, string) Leak(RateSchedule schedule, Bill bill)
    {
        var average = bill.AverageGallons
            ?? throw new DomainException(ErrorCodes.Invalid, "This bill has no 12-month average to compare with (too little history), so the leak policy cannot be applied.", "billId");
        var leak = LeakAdjustment.Calculate(schedule, bill.Facts, average);
        return (AdjustmentDirection.Credit, leak.Credit, leak.Explain());
    }

    private static (AdjustmentDirection, Money, string) Corrected(RateSchedule schedule, Bill bill, long? correctedGallons)
    {
        var gallons = correctedGallons ?? throw new DomainException(ErrorCodes.Invalid, "Enter the corrected gallons.", "correctedGallons");
        var recalculation = BillRecalculation.Calculate(schedule, bill.Facts, gallons);
        return (recalculation.Direction, recalculation.Difference.Abs(), recalculation.Explain());
    }

    private static string? Notes(string? notes)
    {
        var trimmed = notes?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null
            : trimmed.Length <= AdjustmentRequest.NotesMaxLength ? trimmed
            : throw new DomainException(ErrorCodes.Invalid, $"Notes are at most {AdjustmentRequest.NotesMaxLength} characters.", "notes");
    }

    private async Task AttachAsync(Actor actor, AdjustmentRequest request, IReadOnlyList<StoreAttachmentInput> uploads, CancellationToken ct)
    {
        var added = new List<Attachment>();
        try
        {
            foreach (var upload in uploads)
            {
                var file = await files.AddAsync(actor, upload, ct);
                added.Add(file);
                file.AttachTo(AdjustmentRequest.OwnerKind, request.Id);
            }
        }
        catch (DomainException)
        {
            // A refused file leaves nothing behind for a later save on this context.
            foreach (var file in added)
            {
                db.Entry(file).State = EntityState.Detached;
            }

            throw;
        }
    }
}
