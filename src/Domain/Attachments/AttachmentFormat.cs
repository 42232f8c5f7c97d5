namespace UtilityPortal.Domain.Attachments;

/// <summary>
/// The file formats we accept, recognised by their first bytes: a name or a browser's declared type is only a claim,
/// and a renamed executable must not come back out of the staff site as a "PDF".
/// </summary>
public static class AttachmentFormat
{
    public const string Pdf = "application/pdf";
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";

    /// <summary>For an <c>accept</c> attribute on a file input.</summary>
    public const string Accept = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The content type the bytes really are, or null when they are none of PDF, JPEG or PNG.</summary>
    public static string? Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith(PdfMagic) ? Pdf
        : content.StartsWith(JpegMagic) ? Jpeg
        : content.StartsWith(PngMagic) ? Png
        : null;

    /// <summary>Whether a declared type is compatible with the detected one (browsers send image/jpg, octet-stream...).</summary>
    internal static bool Contradicts(string? declared, string detected)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return false;
        }

        var type = declared.Split(';')[0].Trim().ToLowerInvariant();
        return type switch
        {
            "application/octet-stream" or "binary/octet-stream" => false,
            "image/jpg" or "image/pjpeg" => detected != Jpeg,
            "application/x-pdf" => detected != Pdf,
            _ => type != detected,
        };
    }
}
