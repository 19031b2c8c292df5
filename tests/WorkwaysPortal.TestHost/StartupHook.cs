using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Hosting;
using WorkwaysPortal.TestHost;

/// <summary>
/// Run by the .NET runtime before the portal's own <c>Main</c> when <c>DOTNET_STARTUP_HOOKS</c> names
/// this assembly (the SIGTERM drill's <c>PortalProcess</c>, scripts/load-test.sh): it adds
/// <see cref="TestEndpoints"/> to the portal's host as the host is built, the way WebApplicationFactory
/// reaches a host it did not create (the <c>HostBuilding</c> event of Microsoft.Extensions.Hosting).
/// The portal itself (<c>dotnet WorkwaysPortal.Web.dll</c>, as built and published) is unchanged.
/// </summary>
[SuppressMessage("Design", "CA1050:Declare types in namespaces", Justification = "The runtime looks for a StartupHook class outside any namespace.")]
internal static class StartupHook
{
    public static void Initialize() =>
        DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
        {
            if (listener.Name == "Microsoft.Extensions.Hosting")
            {
                listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
                {
                    if (e is { Key: "HostBuilding", Value: IHostBuilder host })
                    {
                        host.ConfigureServices(services => services.AddTestEndpoints());
                    }
                }));
            }
        }));

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
