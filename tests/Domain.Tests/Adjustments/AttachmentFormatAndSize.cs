using Microsoft.Extensions.Options;
using UtilityPortal.Domain.Attachments;
using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain.Tests.Adjustments;

/// <summary>Uploads are recognised by their first bytes, and kept within the size limit.</summary>
public sealed class AttachmentFormatAndSize(AdjustmentsFixture fixture) : IClassFixture<AdjustmentsFixture>
{
    private static readonly Actor Uploader = AdjustmentsHarness.Resident;

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "application/pdf")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 }, "image/png")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, null)]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 }, null)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44 }, null)]
    public void TheFirstBytesSayWhatAFileIs(byte[] content, string? type) => AttachmentFormat.Detect(content).ShouldBe(type);

    [Fact]
    public async Task AStoredFileKeepsItsNameWithoutFoldersAndItsDetectedType()
    {
        var info = await StoreAsync(AdjustmentsHarness.Upload(AdjustmentsHarness.Pdf, @"C:\Users\rita\Invoice 123.pdf", "application/octet-stream"));

        info.FileName.ShouldBe("Invoice 123.pdf");
        info.ContentType.ShouldBe("application/pdf");
        info.Size.ShouldBe(AdjustmentsHarness.Pdf.Length);
        var file = await fixture.Harness.Database.WithDbAsync(db => new ReadAttachment(db, []).HandleAsync(Uploader, info.Id));
        file.Content.ShouldBe(AdjustmentsHarness.Pdf);
    }

    [Fact]
    public async Task AnUnclaimedFileIsReadOnlyByItsUploader()
    {
        var info = await StoreAsync(AdjustmentsHarness.Upload(AdjustmentsHarness.Pdf));

        var refused = await Should.ThrowAsync<DomainException>(() =>
            fixture.Harness.Database.WithDbAsync(db => new ReadAttachment(db, []).HandleAsync(AdjustmentsHarness.Stranger, info.Id)));

        refused.Code.ShouldBe(ErrorCodes.NotFound);
    }

    [Theory]
    [InlineData("image/png", "The file's content does not match its type; upload a PDF, JPEG or PNG file.")]
    [InlineData(null, "A file can be at most 0 MB.")]
    public async Task ContradictionsAndOversizedFilesAreRefused(string? declared, string message)
    {
        var limit = declared is null ? 10 : 5 * 1024 * 1024;
        var refused = await Should.ThrowAsync<DomainException>(() =>
            StoreAsync(AdjustmentsHarness.Upload(AdjustmentsHarness.Pdf, "invoice.pdf", declared!), limit));

        refused.Message.ShouldBe(message);
        refused.Errors[0].Field.ShouldBe("file");
    }

    [Fact]
    public async Task AnEmptyFileOrNoNameIsRefused()
    {
        (await Should.ThrowAsync<DomainException>(() => StoreAsync(AdjustmentsHarness.Upload([])))).Message.ShouldBe("The file is empty.");
        (await Should.ThrowAsync<DomainException>(() => StoreAsync(AdjustmentsHarness.Upload(AdjustmentsHarness.Pdf, " ")))).Message.ShouldBe("Choose a file to upload.");
    }

    private Task<AttachmentInfo> StoreAsync(StoreAttachmentInput input, long maxBytes = 5 * 1024 * 1024) =>
        fixture.Harness.Database.WithDbAsync(db =>
            new StoreAttachment(db, Options.Create(new AttachmentOptions { MaxBytes = maxBytes }), fixture.Harness.Database.Clock).HandleAsync(Uploader, input));
}
