using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Auditing;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Development;

/// <summary>A contractor's request; the parcel's folio number, or the address of a premise the utility already knows.</summary>
/// <param name="Address">Needed for a parcel the utility has no premise at; otherwise the premise's address is used.</param>
public sealed record RequestEstimateInput(
    string? ParcelId,
    AddressInput? Address,
    string? MeterSize,
    RequestedServices Services,
    PremiseClass UseClass,
    int? AverageDailyGallons,
    bool InsideCity,
    string? Notes);

/// <summary>
/// Records a contractor's estimate request after the service availability check: a parcel outside the service area, a
/// meter size or demand the schedule in effect cannot price, is refused and nothing is saved.
/// </summary>
public sealed class RequestEstimate(UtilityDbContext db, RateScheduleCatalog catalog, TimeProvider clock)
{
    public async Task<ContractorEstimate> HandleAsync(Actor actor, RequestEstimateInput input, CancellationToken ct = default)
    {
        EstimateAccess.RequireContractor(actor);
        // A named parcel outside the service area is refused before its address is asked for.
        if (!string.IsNullOrWhiteSpace(input.ParcelId))
        {
            RequireServed(input.ParcelId);
        }

        var (parcel, address) = await LocateAsync(input, ct);
        var area = RequireServed(parcel);

        // Priced now with the schedule in effect, so a meter size or demand it cannot price is refused before anything is saved.
        var schedule = await PreviewEstimate.ScheduleAsync(catalog, clock, null, ct);
        var facts = new EstimateFacts(input.UseClass, input.MeterSize ?? string.Empty, input.Services.HasFlag(RequestedServices.Sewer), input.AverageDailyGallons, input.InsideCity);
        EstimateCalculator.Calculate(schedule.Schedule, facts);

        var name = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? actor.Name;
        var now = clock.GetUtcNow();
        var estimate = new ContractorEstimate(actor.UserId, name, parcel, address, Meters.MeterSize.Parse(input.MeterSize).Label, input.Services, input.UseClass,
            input.AverageDailyGallons, input.InsideCity, area.Name, input.Notes, now);
        db.ContractorEstimates.Add(estimate);
        db.AuditEntries.Add(new AuditEntry(now, actor.Name, nameof(RequestEstimate), nameof(ContractorEstimate), estimate.Id.ToString(), "Status", null, estimate.Status.ToString()));
        await db.SaveChangesAsync(ct);
        return estimate;
    }

    private static Data.Seeding.ServiceAreaPart RequireServed(string parcelId)
    {
        var availability = CheckServiceAvailability.Handle(parcelId);
        return availability.Area ?? throw new DomainException(ErrorCodes.Invalid,
            $"Parcel {availability.ParcelId} lies outside the utility's service area, so it cannot be served. Call Development Services at (305) 555-0150 about an extension.", "parcelId");
    }

    private async Task<(string Parcel, PostalAddress Address)> LocateAsync(RequestEstimateInput input, CancellationToken ct)
    {
        var hasAddress = !string.IsNullOrWhiteSpace(input.Address?.Line1);
        if (!string.IsNullOrWhiteSpace(input.ParcelId))
        {
            var parcel = CheckServiceAvailability.Normalize(input.ParcelId);
            var known = await db.Premises.AsNoTracking().Where(p => p.ParcelId == parcel).Select(p => p.ServiceAddress).FirstOrDefaultAsync(ct);
            return known is not null && !hasAddress
                ? (parcel, known)
                : hasAddress
                    ? (parcel, input.Address!.ToAddress("address."))
                    : throw new DomainException(ErrorCodes.Invalid, "The utility has no premise at this parcel yet; enter its service address too.", "address.Line1");
        }

        if (!hasAddress)
        {
            throw new DomainException(ErrorCodes.Invalid, "Enter the parcel's folio number or the service address.", "parcelId");
        }

        var address = input.Address!.ToAddress("address.");
        var premise = await db.Premises.AsNoTracking()
            .Where(p => p.ServiceAddress.Line1 == address.Line1 && p.ServiceAddress.Zip == address.Zip)
            .Select(p => new { p.ParcelId, p.ServiceAddress }).FirstOrDefaultAsync(ct);
        return premise is not null
            ? (premise.ParcelId, premise.ServiceAddress)
            : throw new DomainException(ErrorCodes.Invalid, "The utility knows no premise at this address; enter the parcel's folio number.", "parcelId");
    }
}
