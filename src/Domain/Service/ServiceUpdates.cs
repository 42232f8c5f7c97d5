using System.Globalization;
using UtilityPortal.Domain.Accounts;
using UtilityPortal.Domain.Payments.Autopay;

namespace UtilityPortal.Domain.Service;

/// <summary>A status change the resident hears about.</summary>
public enum ServiceUpdateKind
{
    Received = 1,
    Scheduled = 2,
    VisitCompleted = 3,
    Resolved = 4,
    Cancelled = 5,
}

/// <summary>
/// Status updates of a service request by e-mail and text, through the outbox in the caller's unit of work, as the
/// resident chose (<see cref="ContactPreference"/>), in their language, texts only with consent and no STOP
/// (<see cref="CustomerOutbox"/> checks both). A request without an account has nobody on file to tell yet.
/// Keys name the request, the event and the channel (within the outbox key length), so one event is announced once.
/// </summary>
public sealed class ServiceUpdates(CustomerOutbox outbox)
{
    public const string Purpose = "ServiceRequest";

    public async Task AddAsync(ServiceRequest request, ServiceUpdateKind kind, string eventKey, DateTimeOffset? visitStart = null,
        DateTimeOffset? visitEnd = null, CancellationToken ct = default)
    {
        if (request.ServiceAccountId is not { } accountId || request.Contact == ContactPreference.None)
        {
            return;
        }

        var to = await outbox.RecipientsAsync(accountId, ct);
        var spanish = to.Language == Languages.Spanish;
        var culture = CultureInfo.GetCultureInfo(spanish ? "es-US" : "en-US");
        var window = visitStart is { } start && visitEnd is { } end
            ? string.Create(culture, $"{ServiceTime.Local(start):dddd d MMM, h:mm tt}–{ServiceTime.Local(end):h:mm tt}")
            : string.Empty;
        var text = Wording(kind, spanish, request.Number, window);
        var link = outbox.PortalPage($"Requests/{request.Number}");
        var key = $"service-request:{request.Id:N}:{eventKey}";
        if (request.Contact is ContactPreference.Email or ContactPreference.EmailAndSms)
        {
            var subject = spanish ? $"Su solicitud {request.Number}" : $"Your request {request.Number}";
            var body = $"{(spanish ? "Hola" : "Hello")} {to.Name},\n\n{text}" + (link is null ? string.Empty : $"\n\n{link}");
            outbox.AddEmail(to, accountId, $"{key}:email", subject, body, Purpose);
        }

        if (request.Contact is ContactPreference.Sms or ContactPreference.EmailAndSms)
        {
            outbox.AddSms(to, accountId, $"{key}:sms", text, Purpose);
        }
    }

    private static string Wording(ServiceUpdateKind kind, bool spanish, string number, string window) => (kind, spanish) switch
    {
        (ServiceUpdateKind.Received, false) => $"City Utilities received your request {number}. We will keep you posted.",
        (ServiceUpdateKind.Received, true) => $"City Utilities recibió su solicitud {number}. Le mantendremos informado.",
        (ServiceUpdateKind.Scheduled, false) => $"City Utilities: the visit for request {number} is booked for {window}.",
        (ServiceUpdateKind.Scheduled, true) => $"City Utilities: la visita de la solicitud {number} está programada para {window}.",
        (ServiceUpdateKind.VisitCompleted, false) => $"City Utilities: our crew has completed a visit for request {number}.",
        (ServiceUpdateKind.VisitCompleted, true) => $"City Utilities: nuestro equipo completó una visita de la solicitud {number}.",
        (ServiceUpdateKind.Resolved, false) => $"City Utilities: your request {number} is resolved.",
        (ServiceUpdateKind.Resolved, true) => $"City Utilities: su solicitud {number} está resuelta.",
        (_, false) => $"City Utilities: your request {number} was cancelled.",
        (_, true) => $"City Utilities: su solicitud {number} fue cancelada.",
    };
}
