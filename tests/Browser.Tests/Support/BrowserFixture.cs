namespace UtilityPortal.Browser.Tests.Support;

/// <summary>
/// One site on Kestrel and one headless Debian Chromium for a test class. Each test opens its own browser context
/// (fresh cookies, its own viewport), so tests never see each other's sign-ins or language choice.
/// </summary>
public class BrowserFixture<TEntry> : IAsyncLifetime
    where TEntry : class
{
    /// <summary>Debian's package: Playwright drives it as it is and never downloads a browser of its own.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public KestrelSiteFactory<TEntry> Site { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Chromium at {ChromiumPath}: apt-get install -y chromium (.ci/run does).");
        }

        _ = Site.RootUri;
        // Pages answer in well under a second, but CI runs two test projects at once on two cores.
        SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>A new browser context on this site: relative addresses resolve against it, English unless the UI is switched.</summary>
    public async Task<IBrowserContext> NewContextAsync(Viewport viewport)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.RootUri.ToString(),
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsPhone,
            HasTouch = viewport.IsPhone,
            Locale = "en-US",
            TimezoneId = "America/New_York",
        });
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Site.DisposeAsync();
    }
}

/// <summary>The screens the pages are checked on.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsPhone)
{
    public static readonly Viewport Phone = new("phone", 390, 844, IsPhone: true);

    public static readonly Viewport Desktop = new("desktop", 1280, 900, IsPhone: false);

    public static Viewport Named(string name) => name == Phone.Name ? Phone : name == Desktop.Name ? Desktop : throw new ArgumentOutOfRangeException(nameof(name), name, null);

    public override string ToString() => Name;
}
