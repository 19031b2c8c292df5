namespace WorkwaysPortal.Data.Import;

/// <summary>
/// One problem with an import file. <see cref="Row"/> is the CSV record number (the header is row 1)
/// or the 1-based index in a JSON array; it and <see cref="Field"/> are null when the problem is not
/// tied to one row or field (a file that cannot be read at all).
/// </summary>
public sealed record ImportError(string File, int? Row, string? Field, string Message)
{
    /// <summary>The one-line form shown to users: <c>file: row n: field: message</c>.</summary>
    public string Format()
    {
        var parts = new List<string>(4) { File };
        if (Row is { } row)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"row {row}"));
        }

        if (!string.IsNullOrEmpty(Field))
        {
            parts.Add(Field);
        }

        parts.Add(Message);
        return string.Join(": ", parts);
    }
}
