using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.BrowserTests.Infrastructure;

/// <summary>
/// The portal over the test database, served by Kestrel on a free loopback port so a real browser can
/// reach it (the in-memory TestServer cannot be).
/// </summary>
public sealed class KestrelPortalFactory : PortalFactory
{
    public KestrelPortalFactory(string connectionString)
        : base(connectionString)
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Outside Development the host does not read the build's static web assets manifest, so
        // MapStaticAssets finds no precompressed (.gz/.br) files and answers a browser, which accepts
        // them, "200 OK" with an empty body and no Content-Type. Published builds have the files in
        // wwwroot; a test run from bin/ needs the manifest, as `dotnet run` in Development does.
        builder.UseStaticWebAssets();
    }

    /// <summary>Where the portal listens, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>Starts Kestrel and reads the port it picked.</summary>
    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel started without a listening address.");
        Address = new Uri(address.TrimEnd('/'));
    }
}
