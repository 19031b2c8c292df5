using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using WorkwaysPortal.Data.Telemetry;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>
/// Traces and metrics with OpenTelemetry: ASP.NET Core, HttpClient, Npgsql and the runtime, plus the
/// portal's own (<see cref="PortalMetrics"/>). They leave the process only through OTLP, configured by
/// the standard variables (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>,
/// <c>OTEL_SERVICE_NAME</c>...), and nothing is exported while no endpoint is set. Log events written
/// inside a request carry its trace and span ids (Serilog reads them from the current activity).
/// See docs/operations.md, "Traces and metrics".
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "workways-portal";

    public static IServiceCollection AddPortalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(PortalMetrics.ActivitySourceName)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddHttpClientInstrumentation()
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(PortalMetrics.MeterName)
                .AddMeter("Npgsql")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }
}
