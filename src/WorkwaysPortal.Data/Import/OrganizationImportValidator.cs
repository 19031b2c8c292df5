using System.Globalization;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Import;

/// <summary>
/// Checks every row of an import file against the profile rules, and that no two rows name the same
/// organization (which would otherwise import one and silently overwrite it with the other).
/// </summary>
public static class OrganizationImportValidator
{
    /// <returns>Every problem, in file order; empty when the file can be imported.</returns>
    public static IReadOnlyList<ImportError> Validate(string file, IReadOnlyList<OrganizationImportRow> rows, TaxonomySnapshot taxonomy)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new List<ImportError>();
        var firstRowByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var error in OrganizationProfileRules.Check(row.Profile, taxonomy))
            {
                errors.Add(new ImportError(file, row.Row, ImportFields.FieldOf(error.Field), error.Format(CultureInfo.InvariantCulture)));
            }

            if (string.IsNullOrWhiteSpace(row.Profile.Name))
            {
                continue;
            }

            var key = NameKey.For(row.Profile.Name);
            if (!firstRowByKey.TryAdd(key, row.Row))
            {
                errors.Add(new ImportError(
                    file, row.Row, ImportFields.Name,
                    string.Create(CultureInfo.InvariantCulture, $"\"{row.Profile.Name}\" is the same organization as row {firstRowByKey[key]}.")));
            }
        }

        return errors;
    }
}
