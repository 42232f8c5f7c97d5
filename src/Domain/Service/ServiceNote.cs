namespace UtilityPortal.Domain.Service;

/// <summary>A staff or field note on a service request or on one of its work orders. Notes are only ever added.</summary>
public sealed class ServiceNote
{
    public const int TextMaxLength = 1000;

    private ServiceNote()
    {
        Author = string.Empty;
        Text = string.Empty;
    }

    public ServiceNote(Guid? serviceRequestId, Guid? workOrderId, string text, string author, DateTimeOffset at)
    {
        if (serviceRequestId is null && workOrderId is null)
        {
            throw new DomainException(ErrorCodes.Invalid, "A note belongs to a request or a work order.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(ErrorCodes.Invalid, "Write the note.", "note");
        }

        if (text.Trim().Length > TextMaxLength)
        {
            throw new DomainException(ErrorCodes.Invalid, $"Keep a note to {TextMaxLength} characters.", "note");
        }

        Id = Guid.CreateVersion7();
        ServiceRequestId = serviceRequestId;
        WorkOrderId = workOrderId;
        Text = text.Trim();
        Author = author.Length > 120 ? author[..120] : author;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid? ServiceRequestId { get; private set; }

    public Guid? WorkOrderId { get; private set; }

    public string Text { get; private set; }

    public string Author { get; private set; }

    public DateTimeOffset At { get; private set; }
}
