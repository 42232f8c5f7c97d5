namespace UtilityPortal.Domain.Service;

/// <summary>What each request type usually needs in the field.</summary>
public static class ServiceRequestTypes
{
    /// <summary>The work order a request of this type usually becomes, or null when it is handled at the desk.</summary>
    public static WorkOrderType? UsualWork(ServiceRequestType type) => type switch
    {
        ServiceRequestType.ReportLeak => WorkOrderType.LeakInvestigation,
        ServiceRequestType.StartService => WorkOrderType.TurnOn,
        ServiceRequestType.StopService => WorkOrderType.TurnOff,
        ServiceRequestType.HighBillInvestigation => WorkOrderType.ReRead,
        ServiceRequestType.WaterPressure => WorkOrderType.PressureCheck,
        ServiceRequestType.MeterProblem => WorkOrderType.MeterRepair,
        _ => null,
    };

    /// <summary>Whether the resident picks an appointment when filing (a leak needs none: it is dispatched at once).</summary>
    public static bool TakesAppointment(ServiceRequestType type) =>
        type is ServiceRequestType.HighBillInvestigation or ServiceRequestType.WaterPressure or ServiceRequestType.MeterProblem
            or ServiceRequestType.StartService or ServiceRequestType.StopService or ServiceRequestType.TransferService;
}
