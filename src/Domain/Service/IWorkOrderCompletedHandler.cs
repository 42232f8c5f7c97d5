namespace UtilityPortal.Domain.Service;

/// <summary>
/// Something that must happen when a field crew completes a work order (a start-service turn-on opens the account, a
/// stop-service turn-off takes the final read and bills). Completing the order calls every registered handler inside
/// the same unit of work, before its one SaveChanges, so the order and its consequences commit together or not at all.
/// A handler throws <see cref="DomainException"/> to refuse the completion.
/// </summary>
public interface IWorkOrderCompletedHandler
{
    Task OnCompletedAsync(WorkOrder order, Identity.Actor actor, CancellationToken ct);
}
