using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Data.Import;

/// <summary>
/// Writes imported organizations with PostgreSQL COPY (binary), inside the caller's transaction: new
/// ones straight into the table, existing ones (same name key) through a temporary table and one
/// set-based UPDATE. The values are those of the Domain (<see cref="Organization.Imported"/>) and the
/// column names those of the EF model, so the rows are exactly what EF would have written; the
/// search document is a generated column that PostgreSQL fills in.
/// </summary>
internal sealed class OrganizationBulkWriter
{
    private const string StagingTable = "organization_import";

    /// <summary>Bulk statements on 100,000 rows take longer than an ordinary command may.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly string _table;
    private readonly Columns _c;
    private readonly string _verified;

    public OrganizationBulkWriter(PortalDbContext db, NpgsqlTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(transaction);
        _transaction = transaction;
        _connection = transaction.Connection ?? throw new ArgumentException("The transaction is finished.", nameof(transaction));
        var entity = db.Model.FindEntityType(typeof(Organization)) ?? throw new InvalidOperationException("Organization is not mapped.");
        var tableName = entity.GetTableName() ?? throw new InvalidOperationException("Organization is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(tableName, entity.GetSchema());
        _table = entity.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(tableName)}" : Quote(tableName);
        _c = new Columns(property => Quote(
            (entity.FindProperty(property) ?? throw new InvalidOperationException($"Organization has no property {property}."))
                .GetColumnName(store) ?? throw new InvalidOperationException($"Organization.{property} is not mapped to a column.")));

        // The status is stored as EF's value converter writes it.
        var status = entity.FindProperty(nameof(Organization.Status))!;
        _verified = status.GetTypeMapping().Converter?.ConvertToProvider(VerificationStatus.Verified) as string
            ?? throw new InvalidOperationException("Organization.Status is expected to be stored as text.");
    }

    /// <summary>Which of the name keys are already in the directory.</summary>
    public async Task<HashSet<string>> ExistingKeysAsync(string[] keys, CancellationToken ct)
    {
        await using var command = Command($"SELECT {_c.NameKey} FROM {_table} WHERE {_c.NameKey} = ANY(@keys)");
        command.Parameters.Add(new NpgsqlParameter<string[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { TypedValue = keys });
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            existing.Add(reader.GetString(0));
        }

        return existing;
    }

    /// <summary>Creates the organizations, verified, with one COPY.</summary>
    /// <returns>How many rows were written.</returns>
    public async Task<int> InsertAsync(IEnumerable<OrganizationProfile> profiles, DateTimeOffset now, CancellationToken ct)
    {
        await using var copy = await _connection.BeginBinaryImportAsync(
            $"COPY {_table} ({string.Join(", ", _c.Inserted)}) FROM STDIN (FORMAT BINARY)", ct);
        copy.Timeout = Timeout;
        foreach (var profile in profiles)
        {
            var o = Organization.Imported(profile, now);
            await copy.StartRowAsync(ct);
            await WriteProfileAsync(copy, o, o.Translations.ToJson(), ct);
            await WriteAsync(copy, o.ContactName, ct);
            await WriteAsync(copy, o.ContactEmail, ct);
            await WriteAsync(copy, o.ContactPhone, ct);
            await copy.WriteAsync(_verified, NpgsqlDbType.Varchar, ct);
            await copy.WriteAsync(o.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await copy.WriteAsync(o.UpdatedAt, NpgsqlDbType.TimestampTz, ct);
            await WriteAsync(copy, o.DecidedAt, ct);
        }

        return checked((int)await copy.CompleteAsync(ct));
    }

    /// <summary>
    /// Refreshes existing organizations from their rows, as <see cref="Organization.RefreshFromImport"/>
    /// does: the profile is replaced, the contact is kept when the row has none, the status and the
    /// moderation decision are left alone. A row that would change nothing is not rewritten (its
    /// <c>updated_at</c> stays): rewriting recomputes the search document and every index entry,
    /// which would make re-importing the same 100,000 rows take minutes.
    /// </summary>
    /// <returns>How many organizations of the directory the rows matched.</returns>
    public async Task<int> UpdateAsync(IEnumerable<OrganizationProfile> profiles, DateTimeOffset now, CancellationToken ct)
    {
        await using (var create = Command($"""
            CREATE TEMPORARY TABLE {StagingTable} (
                name text NOT NULL, name_key text NOT NULL, acronym text, sector text NOT NULL,
                countries text[] NOT NULL, offers text[] NOT NULL, seeks text[] NOT NULL, languages text[] NOT NULL,
                website text, description text NOT NULL, text_language text NOT NULL, translations jsonb,
                has_contact boolean NOT NULL, contact_name text, contact_email text, contact_phone text
            ) ON COMMIT DROP
            """))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        await using (var copy = await _connection.BeginBinaryImportAsync(
            $"COPY {StagingTable} (name, name_key, acronym, sector, countries, offers, seeks, languages, website, description, text_language, translations, has_contact, contact_name, contact_email, contact_phone) FROM STDIN (FORMAT BINARY)",
            ct))
        {
            copy.Timeout = Timeout;
            foreach (var profile in profiles)
            {
                // Imported(…) normalizes the values exactly as RefreshFromImport would.
                var o = Organization.Imported(profile, now);
                await copy.StartRowAsync(ct);
                // No translation in the row: the organization keeps those it has (NULL, coalesced in the UPDATE).
                await WriteProfileAsync(copy, o, profile.Translations is null ? null : o.Translations.ToJson(), ct);
                await copy.WriteAsync(profile.Contact != OrganizationContact.None, NpgsqlDbType.Boolean, ct);
                await WriteAsync(copy, o.ContactName, ct);
                await WriteAsync(copy, o.ContactEmail, ct);
                await WriteAsync(copy, o.ContactPhone, ct);
            }

            await copy.CompleteAsync(ct);
        }

        await using (var analyze = Command($"ANALYZE {StagingTable}"))
        {
            await analyze.ExecuteNonQueryAsync(ct);
        }

        await using (var update = Command($"""
            UPDATE {_table} AS o SET
                {_c.Name} = i.name, {_c.Acronym} = i.acronym, {_c.Sector} = i.sector,
                {_c.Countries} = i.countries, {_c.Offers} = i.offers, {_c.Seeks} = i.seeks, {_c.Languages} = i.languages,
                {_c.Website} = i.website, {_c.Description} = i.description, {_c.TextLanguage} = i.text_language,
                {_c.Translations} = coalesce(i.translations, o.{_c.Translations}),
                {_c.ContactName} = CASE WHEN i.has_contact THEN i.contact_name ELSE o.{_c.ContactName} END,
                {_c.ContactEmail} = CASE WHEN i.has_contact THEN i.contact_email ELSE o.{_c.ContactEmail} END,
                {_c.ContactPhone} = CASE WHEN i.has_contact THEN i.contact_phone ELSE o.{_c.ContactPhone} END,
                {_c.UpdatedAt} = @now
            FROM {StagingTable} AS i
            WHERE o.{_c.NameKey} = i.name_key
              AND (
                (o.{_c.Name}, o.{_c.Acronym}, o.{_c.Sector}, o.{_c.Countries}, o.{_c.Offers}, o.{_c.Seeks}, o.{_c.Languages}, o.{_c.Website}, o.{_c.Description}, o.{_c.TextLanguage}, o.{_c.Translations})
                    IS DISTINCT FROM (i.name, i.acronym, i.sector, i.countries, i.offers, i.seeks, i.languages, i.website, i.description, i.text_language,
                        coalesce(i.translations, o.{_c.Translations}))
                OR i.has_contact AND (o.{_c.ContactName}, o.{_c.ContactEmail}, o.{_c.ContactPhone})
                    IS DISTINCT FROM (i.contact_name, i.contact_email, i.contact_phone))
            """))
        {
            update.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", NpgsqlDbType.TimestampTz) { TypedValue = now });
            await update.ExecuteNonQueryAsync(ct);
        }

        await using var matched = Command($"SELECT count(*) FROM {StagingTable} AS i JOIN {_table} AS o ON o.{_c.NameKey} = i.name_key");
        return checked((int)(long)(await matched.ExecuteScalarAsync(ct))!);
    }

    /// <summary>The profile columns, name to the translations, in the order both COPY statements list them.</summary>
    private static async Task WriteProfileAsync(NpgsqlBinaryImporter copy, Organization o, string? translations, CancellationToken ct)
    {
        await copy.WriteAsync(o.Name, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(o.NameKey, NpgsqlDbType.Varchar, ct);
        await WriteAsync(copy, o.Acronym, ct);
        await copy.WriteAsync(o.Sector, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(o.Countries, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        await copy.WriteAsync(o.Offers, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        await copy.WriteAsync(o.Seeks, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        await copy.WriteAsync(o.Languages, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        await WriteAsync(copy, o.Website, ct);
        await copy.WriteAsync(o.Description, NpgsqlDbType.Varchar, ct);
        await copy.WriteAsync(o.TextLanguage, NpgsqlDbType.Varchar, ct);
        if (translations is null)
        {
            await copy.WriteNullAsync(ct);
        }
        else
        {
            await copy.WriteAsync(translations, NpgsqlDbType.Jsonb, ct);
        }
    }

    /// <summary>A nullable text column (COPY needs an explicit NULL).</summary>
    private static Task WriteAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, NpgsqlDbType.Varchar, ct);

    private static Task WriteAsync(NpgsqlBinaryImporter copy, DateTimeOffset? value, CancellationToken ct) =>
        value is { } time ? copy.WriteAsync(time, NpgsqlDbType.TimestampTz, ct) : copy.WriteNullAsync(ct);

    private NpgsqlCommand Command(string sql) =>
        new(sql, _connection, _transaction) { CommandTimeout = (int)Timeout.TotalSeconds };

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>The quoted column name of each property the import writes.</summary>
    private sealed class Columns(Func<string, string> column)
    {
        public string Name { get; } = column(nameof(Organization.Name));
        public string NameKey { get; } = column(nameof(Organization.NameKey));
        public string Acronym { get; } = column(nameof(Organization.Acronym));
        public string Sector { get; } = column(nameof(Organization.Sector));
        public string Countries { get; } = column(nameof(Organization.Countries));
        public string Offers { get; } = column(nameof(Organization.Offers));
        public string Seeks { get; } = column(nameof(Organization.Seeks));
        public string Languages { get; } = column(nameof(Organization.Languages));
        public string Website { get; } = column(nameof(Organization.Website));
        public string Description { get; } = column(nameof(Organization.Description));
        public string TextLanguage { get; } = column(nameof(Organization.TextLanguage));
        public string Translations { get; } = column(nameof(Organization.Translations));
        public string ContactName { get; } = column(nameof(Organization.ContactName));
        public string ContactEmail { get; } = column(nameof(Organization.ContactEmail));
        public string ContactPhone { get; } = column(nameof(Organization.ContactPhone));
        public string Status { get; } = column(nameof(Organization.Status));
        public string CreatedAt { get; } = column(nameof(Organization.CreatedAt));
        public string UpdatedAt { get; } = column(nameof(Organization.UpdatedAt));
        public string DecidedAt { get; } = column(nameof(Organization.DecidedAt));

        /// <summary>The columns of a new organization, in the order <see cref="InsertAsync"/> writes them.</summary>
        public string[] Inserted =>
        [
            Name, NameKey, Acronym, Sector, Countries, Offers, Seeks, Languages, Website, Description, TextLanguage, Translations,
            ContactName, ContactEmail, ContactPhone, Status, CreatedAt, UpdatedAt, DecidedAt,
        ];
    }
}
