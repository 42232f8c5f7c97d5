using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using UtilityPortal.TestSupport;

namespace UtilityPortal.Browser.Tests.Support;

/// <summary>
/// A site on real HTTP (Kestrel on 127.0.0.1, a port the OS picks, so parallel classes never collide) for a real
/// browser, with its own seeded database as every SiteFactory has.
/// </summary>
public class KestrelSiteFactory<TEntry> : SiteFactory<TEntry>
    where TEntry : class
{
    private readonly Lazy<Uri> _root;

    public KestrelSiteFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _root = new Lazy<Uri>(StartAndReadAddress);
    }

    /// <summary>The site's address, such as http://127.0.0.1:41234/; starts the server on first use.</summary>
    public Uri RootUri => _root.Value;

    private Uri StartAndReadAddress()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reports no address.");
        return new Uri(addresses.Addresses.Single().TrimEnd('/') + "/");
    }
}
