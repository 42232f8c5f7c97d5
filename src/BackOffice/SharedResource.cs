namespace UtilityPortal.BackOffice;

/// <summary>
/// Names the site's one resource set (Resources/SharedResource.*.resx). Keys are the English text itself, so a
/// missing translation still shows readable English, and Domain messages are translated by looking them up here.
/// </summary>
public sealed class SharedResource;
