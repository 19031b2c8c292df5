using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using Serilog;
using Serilog.Extensions.Logging;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Alerts;
using WorkwaysPortal.Data.Import;
using WorkwaysPortal.Data.LocalDatabase;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Data.Telemetry;
using WorkwaysPortal.Documents;

namespace WorkwaysPortal.Cli;

/// <summary>
/// The portal's data services for one command, over the configured database or the local cluster.
/// Disposing it stops the local PostgreSQL server, but only if this command started it.
/// </summary>
internal sealed class CliHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly AsyncServiceScope _scope;
    private readonly LocalPostgresCluster? _cluster;
    private readonly MeterProvider? _metrics;

    private CliHost(ServiceProvider provider, LocalPostgresCluster? cluster, MeterProvider? metrics)
    {
        _provider = provider;
        _scope = provider.CreateAsyncScope();
        _cluster = cluster;
        _metrics = metrics;
    }

    /// <summary>Scoped services (one DbContext, one UserManager) for the command.</summary>
    public IServiceProvider Services => _scope.ServiceProvider;

    public static async Task<CliHost> StartAsync(IConfiguration configuration, Serilog.ILogger log, CancellationToken ct)
    {
        using var loggerFactory = new SerilogLoggerFactory(log);
        var (connectionString, cluster) = await PortalConnection.ResolveAsync(
            configuration, loggerFactory.CreateLogger("WorkwaysPortal.Cli.Database"), ct);

        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging.AddSerilog(log));
        services.AddPortalData(connectionString);
        services.AddPortalDocuments();
        services.AddPortalIdentityCore();
        services.AddScoped<OrganizationImporter>();

        // Session summaries show each gap's suggested partners.
        services.AddPortalMatching(configuration);

        // The alert job: digests link to the portal and carry unsubscribe links signed with its key ring.
        services.AddPortalAlerts(configuration);
        services.AddPortalDataProtection(PortalApplication.Name);
        services.AddOptions<WorkwaysPortal.Data.Mail.MailOptions>().Bind(configuration.GetSection(WorkwaysPortal.Data.Mail.MailOptions.Section));
        return new CliHost(services.BuildServiceProvider(validateScopes: true), cluster, StartMetrics(configuration));
    }

    // The portal's meter (import rows, matches) goes to the same OTLP collector as the portal's when
    // OTEL_EXPORTER_OTLP_ENDPOINT is set; disposing the provider exports what the command counted.
    private static MeterProvider? StartMetrics(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])
            ? null
            : Sdk.CreateMeterProviderBuilder()
                .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "workways-cli"))
                .AddMeter(PortalMetrics.MeterName)
                .AddOtlpExporter()
                .Build();

    public async ValueTask DisposeAsync()
    {
        await _scope.DisposeAsync();
        await _provider.DisposeAsync();
        _metrics?.Dispose();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
