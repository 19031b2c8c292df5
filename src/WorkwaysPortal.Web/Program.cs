using Serilog;
using WorkwaysPortal.Data.LocalDatabase;

var builder = WebApplication.CreateBuilder(args);

// Listen where the README says unless ASPNETCORE_URLS (or --urls) says otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

using var startupLog = new LoggerConfiguration().ReadFrom.Configuration(builder.Configuration).CreateLogger();
var startupLogger = new Serilog.Extensions.Logging.SerilogLoggerFactory(startupLog).CreateLogger("Startup");

var (connectionString, localCluster) = await PortalConnection.ResolveAsync(builder.Configuration, startupLogger);
builder.Services.AddPortal(builder.Configuration, builder.Environment, connectionString);

var app = builder.Build();
if (localCluster is not null)
{
    // The cluster stops with the portal (unless it was already running when we started).
    app.Lifetime.ApplicationStopped.Register(() => localCluster.DisposeAsync().AsTask().GetAwaiter().GetResult());
}

app.UsePortal();
await DatabaseStartup.InitializeAsync(app.Services, app.Configuration, app.Lifetime.ApplicationStopping);
await app.RunAsync();
