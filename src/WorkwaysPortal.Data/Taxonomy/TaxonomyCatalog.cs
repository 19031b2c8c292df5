using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.Taxonomy;

/// <summary>
/// The taxonomy read from the database, kept in memory for a few minutes: every page shows sector,
/// country and capability names, and they change rarely.
/// </summary>
public sealed class TaxonomyCatalog(IServiceScopeFactory scopes, IMemoryCache cache)
{
    private static readonly object CacheKey = new();

    public async Task<TaxonomySnapshot> GetAsync(CancellationToken ct = default) =>
        (await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            return await LoadAsync(db, ct);
        }))!;

    /// <summary>Forget the cached taxonomy after staff change it.</summary>
    public void Invalidate() => cache.Remove(CacheKey);

    public static async Task<TaxonomySnapshot> LoadAsync(PortalDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new TaxonomySnapshot(
            await db.Sectors.AsNoTracking().ToListAsync(ct),
            await db.Capabilities.AsNoTracking().ToListAsync(ct),
            await db.SubRegions.AsNoTracking().ToListAsync(ct),
            await db.Countries.AsNoTracking().ToListAsync(ct),
            await db.CountryGroups.AsNoTracking().ToListAsync(ct),
            await db.Corridors.AsNoTracking().ToListAsync(ct),
            await db.WorkingLanguages.AsNoTracking().ToListAsync(ct),
            await db.GcmObjectives.AsNoTracking().ToListAsync(ct));
    }
}
