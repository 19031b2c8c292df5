using Microsoft.Extensions.Configuration;

namespace WorkwaysPortal.Cli;

internal static class Program
{
    /// <summary>
    /// Reads the same configuration as the web portal (appsettings.json beside the tool, then
    /// environment variables such as <c>ConnectionStrings__Portal</c>) and runs one command.
    /// </summary>
    public static async Task<int> Main(string[] args)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? "Production";
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();

        // Ctrl+C cancels the command, so a local PostgreSQL server we started is still stopped.
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        return await CliApp.RunAsync(args, configuration, Console.In, Console.Out, Console.Error, cancellation.Token);
    }
}
