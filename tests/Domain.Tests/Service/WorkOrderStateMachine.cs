using UtilityPortal.Domain.Service;

namespace UtilityPortal.Domain.Tests.Service;

/// <summary>
/// A work order moves Open → Assigned → Completed, or to Cancelled from Open or Assigned; it can be scheduled while
/// open. Every move out of Completed or Cancelled is refused, and closing it needs a fitting result code.
/// </summary>
public sealed class WorkOrderStateMachine
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    public static TheoryData<WorkOrderStatus, string> MovesFromClosed()
    {
        var data = new TheoryData<WorkOrderStatus, string>();
        foreach (var status in new[] { WorkOrderStatus.Completed, WorkOrderStatus.Cancelled })
        {
            foreach (var move in new[] { "Assign", "Schedule", "Reprioritize", "Complete", "CompleteWithResult", "Cancel" })
            {
                data.Add(status, move);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MovesFromClosed))]
    public void EveryMoveOutOfAClosedOrder_IsRefused(WorkOrderStatus closed, string move)
    {
        var order = Order(WorkOrderType.LeakInvestigation);
        if (closed == WorkOrderStatus.Completed)
        {
            order.Complete(FieldResultCode.LeakRepaired, null, "crew", At);
        }
        else
        {
            order.Cancel("Not needed", "Ana", At);
        }

        var slot = new AppointmentSlot(At.AddDays(1), At.AddDays(1).AddHours(2), 2, "test", At);
        Action act = move switch
        {
            "Assign" => () => order.Assign("Crew 4", At),
            "Schedule" => () => order.Schedule(slot),
            "Reprioritize" => () => order.Reprioritize(RequestPriority.High),
            "Complete" => () => order.Complete(WorkOrderResult.Done, null, "crew", At),
            "CompleteWithResult" => () => order.Complete(FieldResultCode.NoLeakFound, null, "crew", At),
            _ => () => order.Cancel("again", "Ana", At),
        };

        act.ShouldThrow<DomainException>().Message.ShouldBe($"This work order is {closed.ToString().ToLowerInvariant()} and cannot be {Verb(move)}.");
        order.Status.ShouldBe(closed);
        order.SlotId.ShouldBeNull();
    }

    [Theory]
    [InlineData(WorkOrderStatus.Open)]
    [InlineData(WorkOrderStatus.Assigned)]
    public void AnOpenOrder_CanBeScheduledAssignedCompletedOrCancelled(WorkOrderStatus from)
    {
        var order = Order(WorkOrderType.PressureCheck);
        if (from == WorkOrderStatus.Assigned)
        {
            order.Assign("Crew 4", At);
        }

        var slot = new AppointmentSlot(At.AddDays(1), At.AddDays(1).AddHours(2), 2, "test", At);
        order.Schedule(slot);
        order.Assign("Crew 7", At);
        order.Status.ShouldBe(WorkOrderStatus.Assigned);
        order.ScheduledStart.ShouldBe(slot.StartsAt);

        order.Complete(FieldResultCode.PressureLow, "52 psi at the hose bib", "crew", At);

        order.Status.ShouldBe(WorkOrderStatus.Completed);
        order.Result.ShouldBe(WorkOrderResult.Done);
        order.ResultCode.ShouldBe(FieldResultCode.PressureLow);
    }

    [Fact]
    public void ClosingWithoutAResultCode_IsRefused_AndTheOrderStaysOpen()
    {
        var order = Order(WorkOrderType.ReRead);

        var refused = Should.Throw<DomainException>(() => order.Complete((FieldResultCode?)null, "read 01234", "crew", At));

        refused.Errors[0].Field.ShouldBe("resultCode");
        refused.Message.ShouldBe("Choose the field result code.");
        order.Status.ShouldBe(WorkOrderStatus.Open);
        order.CompletedAt.ShouldBeNull();
    }

    [Fact]
    public void AResultCodeOfAnotherType_IsRefused()
    {
        var order = Order(WorkOrderType.ReRead);

        Should.Throw<DomainException>(() => order.Complete(FieldResultCode.LeakRepaired, null, "crew", At))
            .Message.ShouldBe("Result LeakRepaired does not fit a ReRead work order.");
        order.Status.ShouldBe(WorkOrderStatus.Open);
    }

    [Fact]
    public void ANotDoneCode_NeedsANoteSayingWhy()
    {
        var order = Order(WorkOrderType.MeterRepair);

        Should.Throw<DomainException>(() => order.Complete(FieldResultCode.NoAccess, null, "crew", At)).Errors[0].Field.ShouldBe("note");
        order.Complete(FieldResultCode.NoAccess, "Gate locked, dog in yard", "crew", At);

        order.Result.ShouldBe(WorkOrderResult.NotDone);
    }

    [Fact]
    public void CollectionsDoneAndNotDone_AreRecordedAsWorkDoneAndNotDoneCodes()
    {
        var disconnect = new WorkOrder(Guid.NewGuid(), WorkOrderType.Disconnect, "k1", At, "Ana");
        disconnect.Complete(WorkOrderResult.Done, null, "crew", At);

        disconnect.ResultCode.ShouldBe(FieldResultCode.WorkDone);
        FieldResults.Fits(FieldResultCode.ServiceTurnedOff, WorkOrderType.Disconnect).ShouldBeTrue();
    }

    private static string Verb(string move) => move switch
    {
        "Assign" => "assigned",
        "Schedule" => "scheduled",
        "Reprioritize" => "reprioritized",
        "Cancel" => "cancelled",
        _ => "completed",
    };

    private static WorkOrder Order(WorkOrderType type)
    {
        var request = new ServiceRequest(ServiceRequestType.WaterPressure, Guid.NewGuid(), null, "u", "Maria",
            new ServiceRequestDetails("Low pressure"), ContactPreference.Email, At);
        return WorkOrder.ForRequest(request, request.ServiceAccountId!.Value, type, At, "Ana", null);
    }
}
