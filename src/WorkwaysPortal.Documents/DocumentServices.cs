using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Documents.Sessions;

namespace WorkwaysPortal.Documents;

public static class DocumentServices
{
    /// <summary>The session summaries' exporter, for the portal and the command-line tool alike.</summary>
    public static IServiceCollection AddPortalDocuments(this IServiceCollection services)
    {
        services.AddScoped<SessionExporter>();
        return services;
    }
}
