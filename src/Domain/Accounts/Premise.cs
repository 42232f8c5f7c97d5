namespace UtilityPortal.Domain.Accounts;

public enum PremiseClass
{
    Residential = 1,
    Commercial = 2,
    Irrigation = 3,
}

/// <summary>A served property: the county parcel, its service address and the facts that rates depend on.</summary>
public sealed class Premise
{
    private Premise()
    {
        ParcelId = string.Empty;
        OwnerOfRecord = string.Empty;
        ServiceAddress = null!;
    }

    public Premise(string parcelId, PostalAddress serviceAddress, bool insideCity, PremiseClass premiseClass, int dwellingUnits,
        int imperviousSqFt, string ownerOfRecord)
    {
        if (string.IsNullOrWhiteSpace(parcelId) || parcelId.Length > 30)
        {
            throw new DomainException(ErrorCodes.Invalid, "Enter the property appraiser's parcel id.", nameof(parcelId));
        }

        if (dwellingUnits < 1)
        {
            throw new DomainException(ErrorCodes.Invalid, "A premise has at least one dwelling unit.", nameof(dwellingUnits));
        }

        if (imperviousSqFt < 0)
        {
            throw new DomainException(ErrorCodes.Invalid, "Impervious area cannot be negative.", nameof(imperviousSqFt));
        }

        Id = Guid.CreateVersion7();
        ParcelId = parcelId.Trim();
        ServiceAddress = serviceAddress;
        InsideCity = insideCity;
        Class = premiseClass;
        DwellingUnits = dwellingUnits;
        ImperviousSqFt = imperviousSqFt;
        OwnerOfRecord = ownerOfRecord.Trim();
    }

    public Guid Id { get; private set; }

    /// <summary>The county property appraiser's folio number.</summary>
    public string ParcelId { get; private set; }

    public PostalAddress ServiceAddress { get; private set; }

    public bool InsideCity { get; private set; }

    public PremiseClass Class { get; private set; }

    public int DwellingUnits { get; private set; }

    public int ImperviousSqFt { get; private set; }

    public string OwnerOfRecord { get; private set; }
}
