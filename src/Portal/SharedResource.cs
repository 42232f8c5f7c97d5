namespace UtilityPortal.Portal;

/// <summary>
/// Names the Portal's string resources. The English text is the key (SharedResource.resx stays empty on purpose), and
/// SharedResource.es.resx holds the Spanish. Domain messages are translated the same way, by their English text.
/// </summary>
public sealed class SharedResource;
