using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.BrowserTests.Infrastructure;

/// <summary>
/// What every browser test shares: a throwaway PostgreSQL cluster, the portal on a real loopback
/// port, and one headless Chromium (Debian's, never a downloaded one).
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit ends a fixture through IAsyncLifetime.DisposeAsync, which disposes the portal.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private KestrelPortalFactory? _app;

    public PortalDatabaseFixture Database { get; } = new();
    public KestrelPortalFactory App => _app ?? throw new InvalidOperationException("The portal is not started.");
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Browser tests need Debian's Chromium at {ChromiumPath}, which is missing. The test command installs it "
                + "(apt-get install -y chromium); on your own machine run `sudo apt-get install -y chromium`. "
                + "Do not run `playwright install`: these tests use the system browser.");
        }

        // Waits for conditions, never fixed sleeps; a loaded two-core machine gets some slack.
        Assertions.SetDefaultExpectTimeout(10_000);

        // The cluster (initdb, migrations) and the browser start side by side.
        await Task.WhenAll(Database.InitializeAsync(), StartBrowserAsync());
        _app = new KestrelPortalFactory(Database.ConnectionString);
        _app.Start();
    }

    /// <summary>Empties the database and loads the demo data: demo organizations and the four demo accounts.</summary>
    public async Task ResetWithDemoDataAsync()
    {
        await Database.ResetAsync();
        await using var scope = App.Services.CreateAsyncScope();
        await DemoSeeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    private async Task StartBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }
}

/// <summary>Every browser test shares one <see cref="BrowserFixture"/> and runs one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
