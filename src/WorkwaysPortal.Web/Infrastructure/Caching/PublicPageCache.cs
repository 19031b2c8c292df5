using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using WorkwaysPortal.Data.Caching;

namespace WorkwaysPortal.Web.Infrastructure.Caching;

/// <summary>
/// Output caching of what anonymous visitors read most: the directory and organization pages, and the
/// suggested partners of the API.
/// Signed-in visitors, responses that set cookies and anything but 200 are never cached (the default
/// policy); entries vary by the full query string, the UI culture and Accept-Encoding, and carry the
/// content counters they depend on (<see cref="ContentVersionPolicy"/>), so a change anywhere is seen
/// by every instance at once. docs/architecture.md explains the design.
/// </summary>
public static class PublicPageCache
{
    /// <summary>Pages that show organizations only: the directory.</summary>
    public const string Directory = "public-directory";

    /// <summary>Pages that show an organization and its initiatives, gaps and partnerships.</summary>
    public const string Organization = "public-organization";

    /// <summary>The suggested partners of an organization or a gap (<c>GET /api/v1/…/matches</c>): organizations, their work and the taxonomy.</summary>
    public const string Matches = "public-matches";

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PublicPageCacheOptions.SectionName).Get<PublicPageCacheOptions>() ?? new PublicPageCacheOptions();
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = options.SizeLimitMegabytes * 1024L * 1024L;
            cache.AddPolicy(Directory, builder => Configure<DirectoryVersionPolicy>(builder, options, CacheVersion.Organizations, CacheVersion.Taxonomy));
            cache.AddPolicy(Organization, builder => Configure<OrganizationVersionPolicy>(builder, options, CacheVersion.Organizations, CacheVersion.Activity, CacheVersion.Taxonomy));

            // The same counters as an organization's page: matching reads profiles, gaps, partnerships and the taxonomy.
            cache.AddPolicy(Matches, builder => Configure<OrganizationVersionPolicy>(builder, options, CacheVersion.Organizations, CacheVersion.Activity, CacheVersion.Taxonomy));
        });
        services.AddOptions<PublicPageCacheOptions>().Bind(configuration.GetSection(PublicPageCacheOptions.SectionName));
        services.AddSingleton<ContentVersionTracker>();
        services.AddSingleton<DirectoryVersionPolicy>();
        services.AddSingleton<OrganizationVersionPolicy>();
        return services;
    }

    private static void Configure<TVersionPolicy>(OutputCachePolicyBuilder builder, PublicPageCacheOptions options, params string[] tags)
        where TVersionPolicy : ContentVersionPolicy
    {
        // The builder starts from the default policy: GET/HEAD, anonymous, 200, no Set-Cookie, every query key.
        builder
            .AddPolicy<TVersionPolicy>()
            .Tag(tags)
            .SetVaryByHeader("Accept-Encoding")
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
            .Expire(TimeSpan.FromSeconds(options.ExpirationSeconds));
    }
}

/// <summary>Settings of <see cref="PublicPageCache"/> (section <c>OutputCache</c>).</summary>
public sealed class PublicPageCacheOptions
{
    public const string SectionName = "OutputCache";

    /// <summary>Turns the cache of anonymous pages off (to measure the pages themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long an entry may live; changes invalidate earlier, this only bounds memory.</summary>
    public int ExpirationSeconds { get; set; } = 600;

    public int SizeLimitMegabytes { get; set; } = 100;
}
