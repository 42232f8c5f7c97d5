namespace UtilityPortal.Domain.Service;

/// <summary>What a resident (or a specialist on their behalf) asks the utility for.</summary>
public enum ServiceRequestType
{
    ReportLeak = 1,
    StartService = 2,
    StopService = 3,
    TransferService = 4,
    HighBillInvestigation = 5,
    WaterPressure = 6,
    MeterProblem = 7,
}
