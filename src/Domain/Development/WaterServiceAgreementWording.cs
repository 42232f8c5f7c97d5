using System.Globalization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Development;

/// <summary>
/// The words of a printed water service agreement and estimate, in English and Spanish. The language is chosen for
/// the document (asked for when printing), not taken from the staff member's screen.
/// </summary>
public sealed record WaterServiceAgreementWording
{
    public static readonly WaterServiceAgreementWording English = new()
    {
        Language = Languages.English,
        Culture = CultureInfo.GetCultureInfo("en-US"),
        Utility = "City Water Utility",
        Title = "Water service agreement",
        EstimateTitle = "Estimate for new service",
        AgreementNumber = "Agreement number",
        Estimate = "Estimate",
        Contractor = "Contractor",
        Parcel = "Parcel",
        ServiceAddress = "Service address",
        MeterSize = "Meter size",
        Ercs = "Equivalent residential connections (ERCs)",
        ValidUntil = "Valid until",
        Charge = "Charge",
        Amount = "Amount",
        Total = "Total",
        Account = "Account carrying the fees",
        Lines = new Dictionary<EstimateLineKind, string>
        {
            [EstimateLineKind.WaterCapitalFacility] = "Water capital facility charge",
            [EstimateLineKind.SewerCapitalFacility] = "Sewer capital facility charge",
            [EstimateLineKind.MeterInstallation] = "Meter installation",
            [EstimateLineKind.Deposit] = "Service deposit (billed when service starts)",
        },
        InstalledByContractor = "Meter installation: installed by contractor",
        Terms = "The utility agrees to provide water service to the premise above once the fees above are paid, the service line and meter box pass inspection, and the meter is set. " +
            "The owner agrees to the utility's rules and rates in force from time to time. The capital facility charges reserve capacity for the ERCs above and are not refundable.",
        Signature = "Signature",
        ForTheUtility = "For the utility",
        DateLabel = "Date",
    };

    public static readonly WaterServiceAgreementWording Spanish = new()
    {
        Language = Languages.Spanish,
        Culture = CultureInfo.GetCultureInfo("es-US"),
        Utility = "Servicio Municipal de Agua",
        Title = "Acuerdo de servicio de agua",
        EstimateTitle = "Presupuesto para servicio nuevo",
        AgreementNumber = "Número de acuerdo",
        Estimate = "Presupuesto",
        Contractor = "Contratista",
        Parcel = "Parcela",
        ServiceAddress = "Dirección de servicio",
        MeterSize = "Tamaño del medidor",
        Ercs = "Conexiones residenciales equivalentes (ERC)",
        ValidUntil = "Válido hasta",
        Charge = "Cargo",
        Amount = "Monto",
        Total = "Total",
        Account = "Cuenta con los cargos",
        Lines = new Dictionary<EstimateLineKind, string>
        {
            [EstimateLineKind.WaterCapitalFacility] = "Cargo por instalaciones de capital de agua",
            [EstimateLineKind.SewerCapitalFacility] = "Cargo por instalaciones de capital de alcantarillado",
            [EstimateLineKind.MeterInstallation] = "Instalación del medidor",
            [EstimateLineKind.Deposit] = "Depósito de servicio (se factura al iniciar el servicio)",
        },
        InstalledByContractor = "Instalación del medidor: a cargo del contratista",
        Terms = "El servicio se compromete a suministrar agua a la propiedad indicada una vez pagados los cargos anteriores, aprobada la inspección de la acometida y la caja del medidor, e instalado el medidor. " +
            "El propietario acepta las normas y tarifas vigentes del servicio. Los cargos por instalaciones de capital reservan capacidad para las ERC indicadas y no son reembolsables.",
        Signature = "Firma",
        ForTheUtility = "Por el servicio",
        DateLabel = "Fecha",
    };

    public required string Language { get; init; }

    public required CultureInfo Culture { get; init; }

    public required string Utility { get; init; }

    public required string Title { get; init; }

    public required string EstimateTitle { get; init; }

    public required string AgreementNumber { get; init; }

    public required string Estimate { get; init; }

    public required string Contractor { get; init; }

    public required string Parcel { get; init; }

    public required string ServiceAddress { get; init; }

    public required string MeterSize { get; init; }

    public required string Ercs { get; init; }

    public required string ValidUntil { get; init; }

    public required string Charge { get; init; }

    public required string Amount { get; init; }

    public required string Total { get; init; }

    public required string Account { get; init; }

    public required IReadOnlyDictionary<EstimateLineKind, string> Lines { get; init; }

    public required string InstalledByContractor { get; init; }

    public required string Terms { get; init; }

    public required string Signature { get; init; }

    public required string ForTheUtility { get; init; }

    public required string DateLabel { get; init; }

    public static WaterServiceAgreementWording For(string? language) => string.Equals(language?.Trim(), Languages.Spanish, StringComparison.OrdinalIgnoreCase) ? Spanish : English;

    /// <summary>A printed line: the computed kinds in this language, staff's extra lines as they typed them.</summary>
    public string Describe(EstimateVersionLine line) => line.Kind switch
    {
        EstimateLineKind.MeterInstallation when line.Amount.IsZero => InstalledByContractor,
        EstimateLineKind.Extra => line.Description,
        var kind => Lines[kind],
    };

    public string FormatMoney(Money money) => money.Amount.ToString("C", Culture);

    public string FormatDate(DateOnly date) => date.ToString("D", Culture);
}
