using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Sessions;

/// <summary>An organization of the directory as a session names it.</summary>
public sealed record DirectoryOrganization(int Id, string Name, string? Acronym);

/// <summary>
/// Finds the verified organizations that names written in a report or a form stand for: the same name
/// (case- and accent-insensitive), the acronym ("GMIES"), or one acronym inside the name ("Regional
/// Office FAO"). A name that matches nothing, or several organizations, stays a name.
/// </summary>
public static class SessionDirectory
{
    public static async Task<IReadOnlyDictionary<string, DirectoryOrganization>> ResolveAsync(
        PortalDbContext db, IEnumerable<string> names, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(names);
        var wanted = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, DirectoryOrganization>(StringComparer.Ordinal);
        }

        var keys = wanted.Select(NameKey.For).Distinct(StringComparer.Ordinal).ToList();
        var acronyms = wanted.SelectMany(Acronyms).Concat(keys).Distinct(StringComparer.Ordinal).ToList();
#pragma warning disable CA1304, CA1311 // Translated to PostgreSQL's lower(), not run in .NET.
        var found = await db.Organizations.AsNoTracking()
            .Where(o => o.Status == VerificationStatus.Verified
                        && (keys.Contains(o.NameKey) || o.Acronym != null && acronyms.Contains(o.Acronym.ToLower())))
            .Select(o => new { o.Id, o.Name, o.NameKey, o.Acronym })
            .Take(500)
            .ToListAsync(ct);
#pragma warning restore CA1304, CA1311

        var resolved = new Dictionary<string, DirectoryOrganization>(StringComparer.Ordinal);
        foreach (var name in wanted)
        {
            var key = NameKey.For(name);
            var exact = found.Where(o => o.NameKey == key).ToList();
            if (exact.Count == 0)
            {
                exact = found.Where(o => o.Acronym is not null && NameKey.For(o.Acronym) == key).ToList();
            }

            if (exact.Count == 0)
            {
                var tokens = Acronyms(name).ToHashSet(StringComparer.Ordinal);
                exact = found.Where(o => o.Acronym is not null && tokens.Contains(NameKey.For(o.Acronym))).ToList();
            }

            if (exact.Count == 1)
            {
                resolved[name] = new DirectoryOrganization(exact[0].Id, exact[0].Name, exact[0].Acronym);
            }
        }

        return resolved;
    }

    /// <summary>The words of a name written in capitals ("FAO", "RROCM"), folded like acronyms are compared.</summary>
    private static IEnumerable<string> Acronyms(string name) =>
        name.Split([' ', ',', '.', '(', ')', '/', '-', '—'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length is >= 2 and <= 12 && w.All(c => char.IsUpper(c) || char.IsDigit(c)))
            .Select(NameKey.For);
}
