using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Data.Telemetry;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Import;

/// <summary>
/// Imports organizations from a file: all or nothing. Every row is read and validated before anything
/// is written; then, in one transaction, organizations already in the directory (same name, ignoring
/// case and accents) are refreshed and the others are created verified, both with PostgreSQL COPY
/// (100,000 rows in seconds), and one audit event records the import.
/// </summary>
public sealed class OrganizationImporter(PortalDbContext db, TimeProvider clock, ILogger<OrganizationImporter> log)
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
        var started = clock.GetTimestamp();
        var taxonomy = await TaxonomyCatalog.LoadAsync(db, ct);
        var errors = OrganizationImportValidator.Validate(file, rows, taxonomy);
        if (errors.Count > 0)
        {
            throw new OrganizationImportException(errors);
        }

        log.LogInformation("Validated {Rows} rows of {File} in {Elapsed}", rows.Count, file, clock.GetElapsedTime(started));
        started = clock.GetTimestamp();

        // The retrying execution strategy replays the whole unit (reads included) if the connection drops.
        var strategy = db.Database.CreateExecutionStrategy();
        var result = await strategy.ExecuteAsync(token => WriteAsync(file, rows, actor, token), ct);
        log.LogInformation(
            "Wrote {File}: {Created} created, {Updated} updated in {Elapsed}", file, result.Created, result.Updated, clock.GetElapsedTime(started));
        PortalMetrics.ImportRows.Add(result.Created, new KeyValuePair<string, object?>("outcome", "created"));
        PortalMetrics.ImportRows.Add(result.Updated, new KeyValuePair<string, object?>("outcome", "updated"));
        return result;
    }

    /// <summary>
    /// One transaction: the existing organizations are refreshed and the new ones created with
    /// PostgreSQL COPY (<see cref="OrganizationBulkWriter"/>), then the audit event is saved; any error
    /// rolls everything back.
    /// </summary>
    private async Task<OrganizationImportResult> WriteAsync(
        string file, IReadOnlyList<OrganizationImportRow> rows, AuditActor actor, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var writer = new OrganizationBulkWriter(db, (NpgsqlTransaction)transaction.GetDbTransaction());

        var keys = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            keys[i] = NameKey.For(rows[i].Profile.Name);
        }

        var existing = await writer.ExistingKeysAsync(keys, ct);
        var now = clock.GetUtcNow();
        var updated = existing.Count == 0
            ? 0
            : await writer.UpdateAsync(Profiles(rows, keys, existing, wanted: true), now, ct);
        if (updated != existing.Count)
        {
            // Someone removed an organization since it was looked up: refuse rather than lose a row.
            throw new InvalidOperationException("The directory changed during the import; nothing was imported. Run the import again.");
        }

        var created = await writer.InsertAsync(Profiles(rows, keys, existing, wanted: false), now, ct);
        var result = new OrganizationImportResult(created, updated);
        db.AuditEvents.Add(AuditEvent.Record(
            now, actor.Id, actor.Name, AuditActions.OrganizationsImported, AuditSubjectType, SubjectId(file),
            details: JsonSerializer.Serialize(new { created = result.Created, updated = result.Updated })));

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>The profiles, in file order, of the rows whose name is (or is not) already in the directory.</summary>
    private static IEnumerable<OrganizationProfile> Profiles(
        IReadOnlyList<OrganizationImportRow> rows, string[] keys, HashSet<string> existing, bool wanted)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (existing.Contains(keys[i]) == wanted)
            {
                yield return rows[i].Profile;
            }
        }
    }

    /// <summary>The file name without its folder, cut to what the audit column holds.</summary>
    private static string SubjectId(string file)
    {
        var name = Path.GetFileName(file);
        return name.Length <= AuditSubjectIdMaxLength ? name : name[..AuditSubjectIdMaxLength];
    }
}
