using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Attachments;
using UtilityPortal.Domain.Data;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Service;

/// <param name="AccountNumber">The account the request is about (a resident's must be linked to them).</param>
/// <param name="PremiseId">The premise, when there is no account there yet (start service).</param>
/// <param name="SlotId">The appointment picked, for a type that takes one (<see cref="ServiceRequestTypes.TakesAppointment"/>).</param>
/// <param name="Photo">A JPEG or PNG of a leak, stored with the request.</param>
/// <param name="RequestKey">Optional: files once however often the same key is sent.</param>
public sealed record FileServiceRequestInput(
    ServiceRequestType Type,
    string? AccountNumber,
    Guid? PremiseId,
    string? Description,
    string? Location = null,
    LeakSeverity? Severity = null,
    ContactPreference Contact = ContactPreference.Email,
    Guid? SlotId = null,
    StoreAttachmentInput? Photo = null,
    string? RequestKey = null);

/// <summary>
/// Files a service request from the Portal (a resident for a linked account) or the BackOffice (staff for a caller).
/// It starts at the type's service level; a leak is triaged at top priority and its leak investigation work order is
/// dispatched at once. A picked appointment slot is booked (refused if past or full). The resident gets a "received"
/// update. Everything lands in one transaction.
/// <para>
/// Start, stop and transfer of service (the lifecycle use cases) call <see cref="AddAsync"/>: it adds the request to
/// the context without saving, so the caller adds its own record linked by <see cref="ServiceRequest.Id"/> and saves
/// both at once (and may then dispatch with <see cref="CreateWorkOrders"/> or its own orders via
/// <see cref="WorkOrder.ForRequest"/>).
/// </para>
/// </summary>
public sealed class FileServiceRequest(UtilityDbContext db, AccountAccess access, StoreAttachment attachments, ServiceUpdates updates,
    IOptions<ServiceLevelOptions> levels, TimeProvider clock)
{
    public const string PhotoOwner = "ServiceRequest";

    public async Task<ServiceRequest> HandleAsync(Actor actor, FileServiceRequestInput input, CancellationToken ct = default)
    {
        if (input.RequestKey is { } key && await db.ServiceRequests.AsNoTracking().SingleOrDefaultAsync(r => r.RequestKey == key, ct) is { } earlier)
        {
            return earlier;
        }

        var request = await AddAsync(actor, input, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException(ErrorCodes.Conflict, "That appointment time was just taken; choose another.", "slotId");
        }

        return request;
    }

    /// <summary>Checks and adds the request (and its leak work order, photo, slot booking, update) without saving.</summary>
    public async Task<ServiceRequest> AddAsync(Actor actor, FileServiceRequestInput input, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var (accountId, premiseId) = await WhereAsync(actor, input, ct);
        var request = new ServiceRequest(input.Type, accountId, premiseId, actor.IsStaff ? null : actor.UserId, actor.Name,
            new ServiceRequestDetails(input.Description, input.Location, input.Severity), input.Contact, now, input.RequestKey);
        var priority = levels.Value.StartingPriority(input.Type);
        request.SetTarget(priority, levels.Value.DueBy(input.Type, priority, now));
        db.ServiceRequests.Add(request);

        if (input.SlotId is { } slotId)
        {
            await BookAsync(request, slotId, now, ct);
        }

        if (input.Photo is { } photo)
        {
            var file = await attachments.AddAsync(actor, photo, ct);
            if (file.ContentType == AttachmentFormat.Pdf)
            {
                throw new DomainException(ErrorCodes.Invalid, "The photo must be a JPEG or PNG picture.", StoreAttachment.Field);
            }

            file.AttachTo(PhotoOwner, request.Id);
            request.AttachPhoto(file.Id);
        }

        if (input.Type == ServiceRequestType.ReportLeak)
        {
            // A leak wastes water by the minute: triaged at top priority and sent to dispatch without waiting for a specialist.
            request.Triage(RequestPriority.Emergency, levels.Value.DueBy(input.Type, RequestPriority.Emergency, now), "Automatic leak dispatch", now);
            await ServiceSteps.DispatchAsync(db, request, [WorkOrderType.LeakInvestigation], request.Location, "Automatic leak dispatch", now, ct);
        }

        if (actor.IsStaff)
        {
            ServiceSteps.Audit(db, actor, now, "ServiceRequestFiled", nameof(ServiceRequest), request.Id, "Type", null, $"{request.Number} {request.Type}");
        }

        await updates.AddAsync(request, ServiceUpdateKind.Received, "received", ct: ct);
        return request;
    }

    private async Task BookAsync(ServiceRequest request, Guid slotId, DateTimeOffset now, CancellationToken ct)
    {
        if (!ServiceRequestTypes.TakesAppointment(request.Type))
        {
            throw new DomainException(ErrorCodes.Invalid, "This kind of request needs no appointment.", "slotId");
        }

        var slot = await db.AppointmentSlots.SingleOrDefaultAsync(s => s.Id == slotId, ct)
            ?? throw new DomainException(ErrorCodes.NotFound, "That appointment time was not found; choose another.", "slotId");
        slot.Book(now);
        request.PickSlot(slot.Id);
    }

    private async Task<(Guid? AccountId, Guid? PremiseId)> WhereAsync(Actor actor, FileServiceRequestInput input, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(input.AccountNumber))
        {
            var accountId = await access.RequireAccountAsync(actor, input.AccountNumber, ct);
            var premiseId = await db.ServiceAccounts.AsNoTracking().Where(a => a.Id == accountId).Select(a => a.PremiseId).SingleAsync(ct);
            return (accountId, premiseId);
        }

        if (input.Type != ServiceRequestType.StartService)
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose the account the request is about.", "accountNumber");
        }

        if (input.PremiseId is not { } premise || !await db.Premises.AnyAsync(p => p.Id == premise, ct))
        {
            throw new DomainException(ErrorCodes.Invalid, "Choose the premise where service should start.", "premiseId");
        }

        return (null, premise);
    }
}
