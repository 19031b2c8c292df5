using WorkwaysPortal.Data;

namespace WorkwaysPortal.Web.Infrastructure;

public static class PortalServices
{
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment, string connectionString)
    {
        services.AddPortalData(connectionString);
        services.AddRazorPages();
        return services;
    }

    public static WebApplication UsePortal(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
