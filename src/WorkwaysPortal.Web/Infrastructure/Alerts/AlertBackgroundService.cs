using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Alerts;

namespace WorkwaysPortal.Web.Infrastructure.Alerts;

/// <summary>
/// Runs the alert job (<see cref="AlertRunner"/>) every <see cref="AlertOptions.IntervalSeconds"/> in each
/// portal instance; the runner's locks make it safe for several instances to run it at once. Off when
/// <c>Alerts:Enabled</c> is false (the Testing environment); <c>workways alerts run</c> runs it on demand.
/// </summary>
public sealed partial class AlertBackgroundService(
    IServiceScopeFactory scopes, IOptions<AlertOptions> options, TimeProvider clock, ILogger<AlertBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled();
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(5, options.Value.IntervalSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AlertRunner>().RunAsync(ignoreSchedule: false, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database is down, say: the next run tries again; nothing half-written stays behind.
                LogRunFailed(e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The alert job is off (Alerts:Enabled is false)")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Error, Message = "The alert run failed; it is tried again at the next interval")]
    private partial void LogRunFailed(Exception exception);
}
