using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Import;

/// <summary>
/// Imports organizations from a file: all or nothing. Every row is read and validated before anything
/// is written; then, in one transaction, organizations already in the directory (same name, ignoring
/// case and accents) are refreshed and the others are created verified, and one audit event records
/// the import.
/// </summary>
public sealed class OrganizationImporter(PortalDbContext db, TimeProvider clock)
{
    public const string AuditSubjectType = "import";

    // The length of audit_events.subject_id (AuditEventConfiguration).
    private const int AuditSubjectIdMaxLength = 80;

    /// <summary>Reads, validates and writes the file at <paramref name="path"/>.</summary>
    /// <exception cref="OrganizationImportException">The file was refused; nothing was written.</exception>
    public async Task<OrganizationImportResult> ImportFileAsync(string path, AuditActor actor, CancellationToken ct = default)
    {
        var rows = await OrganizationFileReader.ReadFileAsync(path, ct);
        return await ImportAsync(path, rows, actor, ct);
    }

    /// <summary>Validates and writes rows already read from <paramref name="file"/>.</summary>
    /// <exception cref="OrganizationImportException">A row was refused; nothing was written.</exception>
    public async Task<OrganizationImportResult> ImportAsync(
        string file, IReadOnlyList<OrganizationImportRow> rows, AuditActor actor, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(actor);
        var taxonomy = await TaxonomyCatalog.LoadAsync(db, ct);
        var errors = OrganizationImportValidator.Validate(file, rows, taxonomy);
        if (errors.Count > 0)
        {
            throw new OrganizationImportException(errors);
        }

        // The retrying execution strategy replays the whole unit (reads included) if the connection drops.
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(token => WriteAsync(file, rows, actor, token), ct);
    }

    private async Task<OrganizationImportResult> WriteAsync(
        string file, IReadOnlyList<OrganizationImportRow> rows, AuditActor actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var keys = rows.Select(r => NameKey.For(r.Profile.Name)).ToArray();
        var existing = await db.Organizations
            .Where(o => keys.Contains(o.NameKey))
            .ToDictionaryAsync(o => o.NameKey, StringComparer.Ordinal, ct);

        var now = clock.GetUtcNow();
        var created = new List<Organization>(rows.Count - existing.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (existing.TryGetValue(keys[i], out var organization))
            {
                organization.RefreshFromImport(rows[i].Profile, now);
            }
            else
            {
                created.Add(Organization.Imported(rows[i].Profile, now));
            }
        }

        db.Organizations.AddRange(created);
        var result = new OrganizationImportResult(created.Count, existing.Count);
        db.AuditEvents.Add(AuditEvent.Record(
            now, actor.Id, actor.Name, AuditActions.OrganizationsImported, AuditSubjectType, SubjectId(file),
            details: JsonSerializer.Serialize(new { created = result.Created, updated = result.Updated })));

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>The file name without its folder, cut to what the audit column holds.</summary>
    private static string SubjectId(string file)
    {
        var name = Path.GetFileName(file);
        return name.Length <= AuditSubjectIdMaxLength ? name : name[..AuditSubjectIdMaxLength];
    }
}
