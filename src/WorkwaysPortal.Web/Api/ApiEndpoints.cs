namespace WorkwaysPortal.Web.Api;

/// <summary>What tells the JSON API (<c>/api/v1</c>, mapped by <see cref="Features.PortalFeatures.MapPortalApi"/>) from the pages.</summary>
public static class ApiEndpoints
{
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
