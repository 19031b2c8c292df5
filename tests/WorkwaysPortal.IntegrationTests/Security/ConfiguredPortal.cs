using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// A portal of its own over the test database, for the tests that need other settings than the shared
/// one (low rate limits, another environment) or that read what it logs.
/// </summary>
public sealed class ConfiguredPortal(string connectionString, IReadOnlyDictionary<string, string?>? settings = null, string? environment = null)
    : PortalFactory(connectionString)
{
    /// <summary>Every event the portal logged, through Serilog, as the production sinks would receive it.</summary>
    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        if (environment is not null)
        {
            builder.UseEnvironment(environment);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        // Serilog's ReadFrom.Services picks up every registered sink.
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
    }
}

/// <summary>A Serilog sink that keeps the events in memory.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The security events (property <c>SecurityEvent</c>) logged so far, oldest first.</summary>
    public IReadOnlyList<LogEvent> SecurityEvents(string? name = null) =>
    [
        .. Events.Where(e => e.Properties.TryGetValue("SecurityEvent", out var value)
                             && (name is null || value is ScalarValue { Value: string s } && s == name)),
    ];

    public void Clear() => _events.Clear();
}

public static class LogEventExtensions
{
    /// <summary>A scalar property's value as text, or null.</summary>
    public static string? Property(this LogEvent logEvent, string name)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        return logEvent.Properties.TryGetValue(name, out var value) && value is ScalarValue { Value: { } v }
            ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }
}
