using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Tests.Service;

/// <summary>Every move of a service request from every status: the allowed ones succeed, every other one is refused and changes nothing.</summary>
public sealed class RequestStateMachine
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, ServiceRequestStatus[]> Allowed = new()
    {
        ["Triage"] = [ServiceRequestStatus.Submitted, ServiceRequestStatus.Triaged],
        ["Dispatch"] = [ServiceRequestStatus.Triaged, ServiceRequestStatus.Dispatched],
        ["Resolve"] = [ServiceRequestStatus.Triaged, ServiceRequestStatus.Dispatched],
        ["Cancel"] = [ServiceRequestStatus.Submitted, ServiceRequestStatus.Triaged, ServiceRequestStatus.Dispatched],
    };

    public static TheoryData<ServiceRequestStatus, string> EveryMove()
    {
        var data = new TheoryData<ServiceRequestStatus, string>();
        foreach (var status in Enum.GetValues<ServiceRequestStatus>())
        {
            foreach (var move in Allowed.Keys)
            {
                data.Add(status, move);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMove))]
    public void AMove_IsAllowedOnlyFromItsStatuses(ServiceRequestStatus from, string move)
    {
        var request = RequestIn(from);
        var priority = request.Priority;

        var act = () => Apply(request, move);

        if (Allowed[move].Contains(from))
        {
            act();
            request.Status.ShouldBe(move switch
            {
                "Triage" => ServiceRequestStatus.Triaged,
                "Dispatch" => ServiceRequestStatus.Dispatched,
                "Resolve" => ServiceRequestStatus.Resolved,
                _ => ServiceRequestStatus.Cancelled,
            });
        }
        else
        {
            var refused = act.ShouldThrow<DomainException>();
            refused.Code.ShouldBe(ErrorCodes.Conflict);
            refused.Message.ShouldContain($"is {from.ToString().ToLowerInvariant()} and cannot be");
            request.Status.ShouldBe(from);
            request.Priority.ShouldBe(priority);
            request.Outcome.ShouldBe(from is ServiceRequestStatus.Resolved or ServiceRequestStatus.Cancelled ? "done" : null);
        }
    }

    [Fact]
    public void ResolvingOrCancelling_NeedsAReason()
    {
        var request = RequestIn(ServiceRequestStatus.Triaged);

        Should.Throw<DomainException>(() => request.Resolve(" ", "Ana", At)).Errors[0].Field.ShouldBe("resolution");
        Should.Throw<DomainException>(() => request.Cancel("", "Ana", At)).Errors[0].Field.ShouldBe("reason");
        request.Status.ShouldBe(ServiceRequestStatus.Triaged);
    }

    [Fact]
    public void ALeakReport_NeedsItsPlaceAndSeverity()
    {
        var refused = Should.Throw<DomainException>(() => new ServiceRequest(ServiceRequestType.ReportLeak, Guid.NewGuid(), null, "u", "Maria",
            new ServiceRequestDetails("Water everywhere"), ContactPreference.Email, At));

        refused.Errors.Select(e => e.Field).ShouldBe(["location", "severity"], ignoreOrder: true);
    }

    [Fact]
    public void ResolvedAfterItsDueTime_CountsAsBreached()
    {
        var request = RequestIn(ServiceRequestStatus.Triaged);
        request.Triage(RequestPriority.High, At.AddHours(24), "Ana", At);

        request.IsBreached(At.AddHours(25)).ShouldBeTrue();
        request.Resolve("Fixed", "Ana", At.AddHours(30));

        request.ClosedLate.ShouldBeTrue();
        request.IsBreached(At.AddDays(10)).ShouldBeTrue();
    }

    private static ServiceRequest RequestIn(ServiceRequestStatus status)
    {
        var request = new ServiceRequest(ServiceRequestType.WaterPressure, Guid.NewGuid(), null, "u", "Maria",
            new ServiceRequestDetails("Low pressure upstairs"), ContactPreference.Email, At);
        if (status == ServiceRequestStatus.Submitted)
        {
            return request;
        }

        request.Triage(RequestPriority.Normal, At.AddDays(3), "Ana", At);
        switch (status)
        {
            case ServiceRequestStatus.Dispatched:
                request.Dispatch();
                break;
            case ServiceRequestStatus.Resolved:
                request.Resolve("done", "Ana", At);
                break;
            case ServiceRequestStatus.Cancelled:
                request.Cancel("done", "Ana", At);
                break;
        }

        return request;
    }

    private static void Apply(ServiceRequest request, string move)
    {
        switch (move)
        {
            case "Triage":
                request.Triage(RequestPriority.High, At.AddDays(1), "Ana", At);
                break;
            case "Dispatch":
                request.Dispatch();
                break;
            case "Resolve":
                request.Resolve("Pressure regulator adjusted", "Ana", At);
                break;
            default:
                request.Cancel("Customer withdrew", "Ana", At);
                break;
        }
    }
}
