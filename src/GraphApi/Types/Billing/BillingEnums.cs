using GraphQL.Types;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Billing;

namespace UtilityPortal.GraphApi.Types.Billing;

/// <summary>The rate class a bill is priced in (the premise's class).</summary>
public sealed class CustomerClassType : EnumerationGraphType<PremiseClass>
{
    public CustomerClassType()
    {
        Name = "CustomerClass";
        Description = "The consumption rate class: residential, commercial or irrigation.";
    }
}

/// <summary>
/// One billed service, as billPreview and bill lines name it. The Domain keeps services as flags; the API lists them.
/// (Account.services keeps its older UtilityService enum with the same values, so existing clients do not break.)
/// </summary>
public sealed class ServiceTypeType : EnumerationGraphType
{
    public ServiceTypeType()
    {
        Name = "ServiceType";
        Description = "A service the utility bills for.";
        foreach (var service in Accounts.UtilityServiceType.Each)
        {
            Add(service.ToString().ToUpperInvariant(), service);
        }
    }

    /// <summary>The flags of a list of services.</summary>
    public static UtilityServices Combine(IEnumerable<UtilityServices>? services) =>
        (services ?? []).Aggregate(UtilityServices.None, (all, s) => all | s);
}

public sealed class BillKindType : EnumerationGraphType<BillKind>
{
    public BillKindType() => Description = "Cycle (monthly), initial (from service start), final (move-out), off-cycle (on demand) or deposit.";
}

public sealed class BillStatusType : EnumerationGraphType<BillStatus>
{
    public BillStatusType() => Description = "Where a bill is: draft, held, approved, posted (issued and charged) or cancelled (replaced by a rebill).";
}

public sealed class BillReadKindType : EnumerationGraphType<BillReadKind>
{
    public BillReadKindType() => Description = "How a bill's consumption came from the meter's reads.";
}

public sealed class BillRunStatusType : EnumerationGraphType<BillRunStatus>
{
    public BillRunStatusType() => Description = "Queued, calculating, in review, approved, posting, posted.";
}

public sealed class BillExceptionKindType : EnumerationGraphType<BillExceptionKind>
{
    public BillExceptionKindType() => Description = "Why review stopped a bill: high, low or zero use, a negative or rolled-over register, a missing read, a meter change.";
}

public sealed class BillExceptionStatusType : EnumerationGraphType<BillExceptionStatus>
{
    public BillExceptionStatusType() => Description = "Open (in the queue) or resolved.";
}

public sealed class BillExceptionResolutionType : EnumerationGraphType<BillExceptionResolution>
{
    public BillExceptionResolutionType() =>
        Description = "Accept (the bill stands), re-read (a re-read request; the bill is held), estimate (priced on an estimate) or hold (kept out of its run).";
}
