namespace UtilityPortal.Domain.Development;

/// <summary>The estimate's request as the calculator reads it.</summary>
internal static class EstimateWorksheet
{
    public static EstimateFacts FactsOf(ContractorEstimate estimate) =>
        new(estimate.UseClass, estimate.MeterSize, estimate.HasSewer, estimate.AverageDailyGallons, estimate.InsideCity);
}
