using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data.Caching;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.Taxonomy;

/// <summary>
/// The taxonomy read from the database, kept in memory: every page shows sector, country and capability
/// names, and they change rarely. The copy is keyed by the <see cref="CacheVersion.Taxonomy"/> counter,
/// which triggers raise in the transaction of any change to the taxonomy's tables (staff's edits in
/// <c>/Admin/Taxonomy</c>, a migration, a hand-written UPDATE): each read asks for the counter (one
/// primary-key query), so every instance sees an edit on its next read, never a stale name.
/// </summary>
public sealed class TaxonomyCatalog(IServiceScopeFactory scopes, IMemoryCache cache, CacheVersionReader versions)
{
    public async Task<TaxonomySnapshot> GetAsync(CancellationToken ct = default)
    {
        var version = (await versions.ReadAsync(ct)).GetValueOrDefault(CacheVersion.Taxonomy);
        return (await cache.GetOrCreateAsync(new CacheKey(version), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            return await LoadAsync(db, ct);
        }))!;
    }

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
            await db.GcmObjectives.AsNoTracking().ToListAsync(ct),
            await db.Regions.AsNoTracking().ToListAsync(ct));
    }

    private sealed record CacheKey(long Version);
}
