using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Caching;

namespace WorkwaysPortal.Web.Infrastructure.Caching;

/// <summary>
/// Makes a cached page depend on the counters in <c>cache_versions</c>, which database triggers raise
/// in the same transaction as every change to the tables behind them. The counters are read before
/// each lookup (one primary-key query) and become part of the cache key: after a change committed by
/// any instance, every instance misses and renders anew. When an instance sees a counter move it also
/// evicts the entries tagged with it, so the old pages do not wait for their expiry to free memory.
/// </summary>
public abstract class ContentVersionPolicy(IOptions<PublicPageCacheOptions> options, ContentVersionTracker tracker, params string[] tags)
    : IOutputCachePolicy
{
    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Page handlers other than the page itself (exports, for one) are audited actions: never cached.
        if (!options.Value.Enabled || context.HttpContext.Request.Query.ContainsKey("handler"))
        {
            context.EnableOutputCaching = false;
            return;
        }

        if (!context.EnableOutputCaching)
        {
            return;
        }

        IReadOnlyDictionary<string, long> versions;
        try
        {
            // Where the page itself will be read: the standby's counters for the standby's content.
            var reads = context.HttpContext.RequestServices.GetRequiredService<PortalReads>();
            versions = await CacheVersionReader.ReadAsync(reads.DataSource, cancellation);
        }
        catch (Exception e) when (DataServiceCollectionExtensions.IsDatabaseUnavailable(e))
        {
            // Without the counters nothing can be known to be fresh: the page is rendered (or fails) as uncached.
            context.EnableOutputCaching = false;
            return;
        }

        foreach (var tag in tags)
        {
            var version = versions.GetValueOrDefault(tag);
            context.CacheVaryByRules.VaryByValues["v-" + tag] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (tracker.Moved(tag, version))
            {
                await context.HttpContext.RequestServices.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(tag, cancellation);
            }
        }
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}

/// <summary>For pages that show organizations only.</summary>
public sealed class DirectoryVersionPolicy(IOptions<PublicPageCacheOptions> options, ContentVersionTracker tracker)
    : ContentVersionPolicy(options, tracker, CacheVersion.Organizations, CacheVersion.Taxonomy);

/// <summary>For pages that show an organization with its initiatives, gaps and partnerships.</summary>
public sealed class OrganizationVersionPolicy(IOptions<PublicPageCacheOptions> options, ContentVersionTracker tracker)
    : ContentVersionPolicy(options, tracker, CacheVersion.Organizations, CacheVersion.Activity, CacheVersion.Taxonomy);

/// <summary>The counters this instance has seen, to evict a tag's entries once when its counter moves.</summary>
public sealed class ContentVersionTracker
{
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);
    private readonly Lock _seenLock = new();

    /// <summary>Whether this instance sees a newer counter than before (the first sighting counts as no move).</summary>
    public bool Moved(string tag, long version)
    {
        lock (_seenLock)
        {
            var known = _seen.TryGetValue(tag, out var seen);
            if (known && version <= seen)
            {
                return false;
            }

            _seen[tag] = version;
            return known;
        }
    }
}
