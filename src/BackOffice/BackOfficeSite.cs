namespace UtilityPortal.BackOffice;

/// <summary>Names this site's assembly for WebApplicationFactory; tests cannot tell two top-level Program classes apart.</summary>
public sealed class BackOfficeSite;
