namespace WorkwaysPortal.Data.Import;

/// <summary>
/// Reads an import file into rows, choosing the format by the file's extension. Reading only checks
/// the shape of the file; <see cref="OrganizationImportValidator"/> checks the values.
/// </summary>
public static class OrganizationFileReader
{
    public static async Task<IReadOnlyList<OrganizationImportRow>> ReadFileAsync(string path, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var format = ImportFormats.Of(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new OrganizationImportException(new ImportError(path, null, null, "The file does not exist."));
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new OrganizationImportException(new ImportError(path, null, null, "The file cannot be read: " + e.Message));
        }

        await using (stream)
        {
            return await ReadAsync(stream, path, format, ct);
        }
    }

    /// <param name="content">The file's bytes (UTF-8).</param>
    /// <param name="file">The file's name, for error messages and to choose the format.</param>
    public static Task<IReadOnlyList<OrganizationImportRow>> ReadAsync(Stream content, string file, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        return ReadAsync(content, file, ImportFormats.Of(file), ct);
    }

    private static async Task<IReadOnlyList<OrganizationImportRow>> ReadAsync(Stream content, string file, ImportFormat format, CancellationToken ct) =>
        format == ImportFormat.Csv
            ? await CsvOrganizationReader.ReadAsync(content, file, ct)
            : await JsonOrganizationReader.ReadAsync(content, file, ct);
}
