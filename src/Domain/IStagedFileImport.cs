using UtilityPortal.Domain.Identity;

namespace UtilityPortal.Domain;

/// <summary>
/// An import file held after upload until its uploader confirms it (meter reads, lockbox): previewed, imported from the
/// stored copy with every check run again, or discarded. Only the uploader finds it by its token.
/// </summary>
public interface IStagedFileImport<TPreview, TSummary>
{
    Task<TPreview> PreviewAsync(Actor actor, Guid token, CancellationToken ct = default);

    Task<TSummary> ImportAsync(Actor actor, Guid token, CancellationToken ct = default);

    Task DiscardAsync(Actor actor, Guid token, CancellationToken ct = default);
}
