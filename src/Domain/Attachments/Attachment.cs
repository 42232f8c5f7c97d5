namespace UtilityPortal.Domain.Attachments;

/// <summary>
/// A file someone uploaded (a plumber's invoice, a photo of a leak), kept in the database so every node of a site
/// sees it. It is stored first with no owner, then claimed by the record it belongs to (<see cref="AttachTo"/>),
/// in the same transaction that saves that record. Its format was checked by its first bytes, not by its name.
/// </summary>
public sealed class Attachment
{
    public const int FileNameMaxLength = 200;
    public const int OwnerKindMaxLength = 40;
    public const int NameMaxLength = 120;

    private Attachment()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Content = [];
        UploadedBy = string.Empty;
        UploadedByUserId = string.Empty;
    }

    internal Attachment(string fileName, string contentType, byte[] content, DateTimeOffset uploadedAt, string uploadedByUserId, string uploadedBy)
    {
        Id = Guid.CreateVersion7();
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Size = content.LongLength;
        UploadedAt = uploadedAt;
        UploadedByUserId = uploadedByUserId;
        UploadedBy = uploadedBy.Length > NameMaxLength ? uploadedBy[..NameMaxLength] : uploadedBy;
    }

    public Guid Id { get; private set; }

    /// <summary>What kind of record owns the file (e.g. "AdjustmentRequest"); null until claimed.</summary>
    public string? OwnerKind { get; private set; }

    public Guid? OwnerId { get; private set; }

    /// <summary>The uploader's file name, without any folder part.</summary>
    public string FileName { get; private set; }

    /// <summary>The type found from the content (application/pdf, image/jpeg or image/png).</summary>
    public string ContentType { get; private set; }

    public long Size { get; private set; }

    public byte[] Content { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>The uploader's user id: only they may claim an unowned file.</summary>
    public string UploadedByUserId { get; private set; }

    /// <summary>The uploader's name, as audit records show people.</summary>
    public string UploadedBy { get; private set; }

    /// <summary>Gives the file to its owner; a file belongs to one record for good.</summary>
    public void AttachTo(string ownerKind, Guid ownerId)
    {
        if (string.IsNullOrWhiteSpace(ownerKind) || ownerKind.Length > OwnerKindMaxLength)
        {
            throw new DomainException(ErrorCodes.Invalid, $"An owner kind is 1 to {OwnerKindMaxLength} characters.", nameof(ownerKind));
        }

        if (OwnerKind is not null && (OwnerKind != ownerKind || OwnerId != ownerId))
        {
            throw new DomainException(ErrorCodes.Conflict, $"The file {FileName} already belongs to another record.", "attachments");
        }

        OwnerKind = ownerKind;
        OwnerId = ownerId;
    }
}
