using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using WorkwaysPortal.Data.Telemetry;
using WorkwaysPortal.IntegrationTests.Security;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Infrastructure;

/// <summary>
/// OpenTelemetry as the portal configures it, read back through the in-memory exporter: a request is
/// a trace with its database spans, log events carry its ids, and the portal's own meter counts what
/// it does.
/// </summary>
public sealed class TelemetryTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private static readonly string[] LanguageTraining = ["language-training"];

    [Fact]
    public async Task A_request_is_a_trace_with_its_database_spans_and_its_log_events_carry_the_ids()
    {
        var spans = new List<Activity>();
        await using var configured = new ConfiguredPortal(Database.ConnectionString);
        await using var portal = configured.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(spans))));
        using var client = portal.CreateClient();

        using var response = await client.GetAsync(new Uri("/Gaps", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var provider = portal.Services.GetRequiredService<TracerProvider>();
        var request = await ServerSpanAsync(spans, provider);
        Assert.Equal("/Gaps", request.GetTagItem("url.path"));
        var database = spans.Where(s => s.Source.Name == "Npgsql" && s.TraceId == request.TraceId).ToList();
        Assert.NotEmpty(database);
        Assert.All(database, s => Assert.Equal(ActivityKind.Client, s.Kind));

        var logged = configured.Log.Events.Where(e => e.TraceId is not null).ToList();
        Assert.Contains(logged, e => e.TraceId!.Value.ToHexString() == request.TraceId.ToHexString());
    }

    [Fact]
    public async Task The_portal_counts_the_partner_lists_it_serves()
    {
        var served = new List<(long Value, string? Target)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == PortalMetrics.MeterName && instrument.Name == "workways.matches.served")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            served.Add((value, tags.ToArray().FirstOrDefault(t => t.Key == "target").Value as string)));
        listener.Start();

        using var response = await NewClient().Http.PostAsJsonAsync("/api/v1/matches/search", new { seeks = LanguageTraining });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(served, m => m is { Value: 1, Target: "search" });
    }

    // The server span ends after the response has reached the client, so it may be exported a moment later.
    private static async Task<Activity> ServerSpanAsync(List<Activity> spans, TracerProvider provider)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            provider.ForceFlush();
            lock (spans)
            {
                if (spans.FirstOrDefault(s => s.Kind == ActivityKind.Server) is { } found)
                {
                    return found;
                }
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException("No server span was exported.");
    }
}
