using Microsoft.EntityFrameworkCore;
using UtilityPortal.Domain.Billing.Drafting;
using UtilityPortal.Domain.Billing.Rates;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;
using UtilityPortal.Domain.Ledger;

namespace UtilityPortal.Domain.Service;

/// <param name="ResultCode">Required: what the crew found and did (<see cref="FieldResults.For"/> lists the codes that fit).</param>
/// <param name="Fees">Rate schedule fees to charge: <see cref="FieldFees.FieldVisit"/>, <see cref="FieldFees.AfterHoursTurnOnOff"/>.</param>
/// <param name="ResolveRequest">When this is the request's last open order and the work was done, resolve the request with this result.</param>
public sealed record CompleteWorkOrderCommand(Guid WorkOrderId, FieldResultCode? ResultCode, string? Note, IReadOnlyList<string>? Fees = null,
    bool ResolveRequest = true);

/// <summary>The rate schedule fees (<c>fees.*</c>) a field crew's work can be charged.</summary>
public static class FieldFees
{
    public const string FieldVisit = "fieldVisit";
    public const string AfterHoursTurnOnOff = "afterHoursTurnOnOff";

    public static IReadOnlyList<string> All { get; } = [FieldVisit, AfterHoursTurnOnOff];

    public static bool Fits(string fee, WorkOrderType type) =>
        fee == FieldVisit || (fee == AfterHoursTurnOnOff && type is WorkOrderType.TurnOn or WorkOrderType.TurnOff or WorkOrderType.Reconnect);

    /// <summary>The journal key of a fee: unique, so a work order's fee posts exactly once.</summary>
    public static string Key(Guid workOrderId, string fee) => $"work-order:{workOrderId:N}:{fee}";
}

/// <summary>
/// Closes a work order with its field result code (required; it must fit the order's type, and "not done" codes need a
/// note), posts the chosen fees at the rate schedule in effect today, runs every <see cref="IWorkOrderCompletedHandler"/>
/// (a turn-on opens the account, a turn-off bills the final read), resolves the request when this was its last open
/// order and the work was done, tells the resident, and audits - all in one SaveChanges, so the order, its charges and its consequences
/// commit together or not at all. A second completion is refused (the order is no longer open; its status is a
/// concurrency token and the fee keys are unique).
/// </summary>
public sealed class CompleteWorkOrder(UtilityDbContext db, IEnumerable<IWorkOrderCompletedHandler> handlers, RateScheduleCatalog schedules,
    ServiceUpdates updates, TimeProvider clock)
{
    public async Task<WorkOrder> HandleAsync(Actor actor, CompleteWorkOrderCommand input, CancellationToken ct = default)
    {
        ServiceSteps.RequireStaff(actor);
        var order = await ServiceSteps.OrderAsync(db, input.WorkOrderId, ct);
        var now = clock.GetUtcNow();
        order.Complete(input.ResultCode, input.Note, actor.Name, now);
        await ChargeAsync(actor, order, input.Fees ?? [], now, ct);
        foreach (var handler in handlers)
        {
            await handler.OnCompletedAsync(order, actor, ct);
        }

        ServiceSteps.Audit(db, actor, now, "WorkOrderCompleted", nameof(WorkOrder), order.Id, "Status", "Open", $"{order.Type} {order.ResultCode}");
        if (order.ServiceRequestId is { } requestId)
        {
            await FollowUpAsync(actor, order, requestId, input.ResolveRequest, now, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException(ErrorCodes.Conflict, "This work order was completed or changed by someone else a moment ago; reload it.");
        }

        return order;
    }

    private async Task ChargeAsync(Actor actor, WorkOrder order, IReadOnlyList<string> fees, DateTimeOffset now, CancellationToken ct)
    {
        if (fees.Count == 0)
        {
            return;
        }

        var wrong = fees.FirstOrDefault(f => !FieldFees.Fits(f, order.Type));
        if (wrong is not null)
        {
            throw new DomainException(ErrorCodes.Invalid, $"The fee '{wrong}' cannot be charged on a {order.Type} work order.", "fees");
        }

        var today = BillingTime.Today(clock);
        var schedule = await schedules.RequireInEffectOnAsync(today, ct);
        foreach (var fee in fees.Distinct(StringComparer.Ordinal))
        {
            if (!schedule.Schedule.Fees.TryGetValue(fee, out var amount) || amount <= 0)
            {
                throw new DomainException(ErrorCodes.Invalid, $"Rate schedule {schedule.Ref.Code} has no fees.{fee}; it cannot be charged.", "fees");
            }

            db.JournalEntries.Add(JournalEntry.Charge(order.ServiceAccountId, Money.Of(amount), FieldFees.Key(order.Id, fee), today, now, actor.Name,
                $"{FeeName(fee)} ({order.Type} work order)"));
        }
    }

    private async Task FollowUpAsync(Actor actor, WorkOrder order, Guid requestId, bool resolve, DateTimeOffset now, CancellationToken ct)
    {
        var request = await ServiceSteps.RequestAsync(db, requestId, ct);
        var othersOpen = await db.WorkOrders.AnyAsync(w => w.ServiceRequestId == requestId && w.Id != order.Id
            && (w.Status == WorkOrderStatus.Open || w.Status == WorkOrderStatus.Assigned), ct);
        // A visit that could not do the work (no access, nobody home) leaves the request open for the next visit,
        // whatever the form's default said; staff close it themselves if no visit is needed.
        if (resolve && order.Result == WorkOrderResult.Done && !othersOpen && request.Status == ServiceRequestStatus.Dispatched)
        {
            request.Resolve($"{order.Type}: {order.ResultCode}. {order.ResultNote}".Trim(), actor.Name, now);
            ServiceSteps.Audit(db, actor, now, "ServiceRequestResolved", nameof(ServiceRequest), request.Id, "Status", "Dispatched", "Resolved");
            await updates.AddAsync(request, ServiceUpdateKind.Resolved, "resolved", ct: ct);
        }
        else
        {
            await updates.AddAsync(request, ServiceUpdateKind.VisitCompleted, $"completed:{order.Id:N}", ct: ct);
        }
    }

    public static string FeeName(string fee) => fee == FieldFees.AfterHoursTurnOnOff ? "After-hours turn-on/off fee" : "Field visit fee";
}
