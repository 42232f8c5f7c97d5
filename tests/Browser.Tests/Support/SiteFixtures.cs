using UtilityPortal.BackOffice;
using UtilityPortal.Portal;

namespace UtilityPortal.Browser.Tests.Support;

public sealed class PortalFixture : BrowserFixture<PortalSite>
{
    public const string ResidentEmail = "resident@example.com";
}

public sealed class BackOfficeFixture : BrowserFixture<BackOfficeSite>
{
    public const string SpecialistEmail = "specialist1@example.com";
    public const string AdministratorEmail = "admin@example.com";
}
