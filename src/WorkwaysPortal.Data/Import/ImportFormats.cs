namespace WorkwaysPortal.Data.Import;

internal enum ImportFormat
{
    Csv,
    Json,
}

/// <summary>The format of an import file, chosen by its extension.</summary>
internal static class ImportFormats
{
    /// <exception cref="OrganizationImportException">The name ends in neither .csv nor .json.</exception>
    public static ImportFormat Of(string file) =>
        Path.GetExtension(file).ToUpperInvariant() switch
        {
            ".CSV" => ImportFormat.Csv,
            ".JSON" => ImportFormat.Json,
            _ => throw new OrganizationImportException(new ImportError(
                file, null, null, "Unknown file type: the file name must end in .csv or .json.")),
        };
}
