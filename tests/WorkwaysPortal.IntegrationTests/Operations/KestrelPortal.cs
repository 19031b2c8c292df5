using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Operations;

/// <summary>
/// One portal instance served by Kestrel on its own loopback port, with its own host and services:
/// what a second container behind the proxy would be. Extra settings override the test defaults.
/// </summary>
public sealed class KestrelPortal : PortalFactory
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    private KestrelPortal(string connectionString, IReadOnlyDictionary<string, string> settings)
        : base(connectionString)
    {
        _settings = settings;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>Where the instance listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; private set; } = null!;

    public static KestrelPortal Start(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        var portal = new KestrelPortal(connectionString, settings ?? new Dictionary<string, string>());
        portal.StartServer();
        var addresses = portal.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        portal.Address = new Uri(addresses.First().TrimEnd('/') + "/");
        return portal;
    }

    /// <summary>An absolute address on this instance.</summary>
    public Uri At(string path) => new(Address, path.TrimStart('/'));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
