namespace WorkwaysPortal.Web.Features.Sessions;

public static class SessionsFeature
{
    /// <summary>The session form's choices and checks (the exporter comes with the documents).</summary>
    public static IServiceCollection AddSessions(this IServiceCollection services) => services.AddScoped<SessionForm>();
}
