namespace UtilityPortal.Domain.Service;

/// <summary>What the crew found and did: the field result codes a work order is closed with.</summary>
public enum FieldResultCode
{
    /// <summary>The work was done (any type).</summary>
    WorkDone = 1,

    /// <summary>Not done for another reason, given in the note (any type).</summary>
    NotDone = 2,
    NoAccess = 3,
    CustomerNotHome = 4,
    UnsafeConditions = 5,

    LeakRepaired = 10,
    LeakOnCustomerSide = 11,
    NoLeakFound = 12,

    ReadConfirmed = 20,
    ReadCorrected = 21,

    MeterReplaced = 30,
    MeterRepaired = 31,

    PressureNormal = 40,
    PressureLow = 41,

    ServiceTurnedOn = 50,
    ServiceTurnedOff = 51,
}

/// <summary>Which codes fit which work order type, and whether each means the work was done.</summary>
public static class FieldResults
{
    private static readonly FieldResultCode[] Anywhere =
        [FieldResultCode.WorkDone, FieldResultCode.NotDone, FieldResultCode.NoAccess, FieldResultCode.CustomerNotHome, FieldResultCode.UnsafeConditions];

    private static readonly Dictionary<WorkOrderType, FieldResultCode[]> ByType = new()
    {
        [WorkOrderType.LeakInvestigation] = [FieldResultCode.LeakRepaired, FieldResultCode.LeakOnCustomerSide, FieldResultCode.NoLeakFound],
        [WorkOrderType.ReRead] = [FieldResultCode.ReadConfirmed, FieldResultCode.ReadCorrected],
        [WorkOrderType.ZeroConsumption] = [FieldResultCode.ReadConfirmed, FieldResultCode.ReadCorrected, FieldResultCode.MeterReplaced],
        [WorkOrderType.MeterReplace] = [FieldResultCode.MeterReplaced],
        [WorkOrderType.MeterRepair] = [FieldResultCode.MeterRepaired, FieldResultCode.MeterReplaced],
        [WorkOrderType.PressureCheck] = [FieldResultCode.PressureNormal, FieldResultCode.PressureLow],
        [WorkOrderType.TurnOn] = [FieldResultCode.ServiceTurnedOn],
        [WorkOrderType.Reconnect] = [FieldResultCode.ServiceTurnedOn],
        [WorkOrderType.TurnOff] = [FieldResultCode.ServiceTurnedOff],
        [WorkOrderType.Disconnect] = [FieldResultCode.ServiceTurnedOff],
    };

    /// <summary>The codes a crew can close an order of this type with, the type's own first.</summary>
    public static IReadOnlyList<FieldResultCode> For(WorkOrderType type) =>
        [.. ByType.TryGetValue(type, out var own) ? own : [], .. Anywhere];

    public static bool Fits(FieldResultCode code, WorkOrderType type) => For(type).Contains(code);

    public static WorkOrderResult Outcome(FieldResultCode code) => code switch
    {
        FieldResultCode.NotDone or FieldResultCode.NoAccess or FieldResultCode.CustomerNotHome or FieldResultCode.UnsafeConditions => WorkOrderResult.NotDone,
        _ => WorkOrderResult.Done,
    };
}
