namespace UtilityPortal.Domain.Attachments;

/// <summary>Uploaded file rules, section <c>Attachments</c>.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>The largest file accepted, in bytes (default 5 MB). Files sit in the database, so keep this modest.</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;
}
