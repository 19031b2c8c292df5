using System.Globalization;
using WorkwaysPortal.Domain.Exports;

namespace WorkwaysPortal.Documents.Tables;

/// <summary>The two formats of the data exports.</summary>
public enum ExportFormat
{
    Csv = 0,
    Xlsx = 1,
}

/// <summary>One column of an export: its heading and how a row gives its value (text, a number, a date or nothing).</summary>
public sealed record ExportColumn<T>(string Header, Func<T, object?> Value);

/// <summary>How the values of an export become cell text, the same way in CSV and Excel.</summary>
public static class ExportCells
{
    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8",
        ExportFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string Extension(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "csv",
        ExportFormat.Xlsx => "xlsx",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>"csv" or "xlsx" (any case), or null for anything else.</summary>
    public static ExportFormat? Parse(string? format) => format?.Trim().ToUpperInvariant() switch
    {
        "CSV" => ExportFormat.Csv,
        "XLSX" => ExportFormat.Xlsx,
        _ => null,
    };

    /// <summary>A whole number, written as a number (never neutralised: "-3" is a number, not a formula).</summary>
    public static bool IsNumber(object? value) => value is int or long;

    /// <summary>
    /// The text of a cell: numbers and dates in an invariant form (dates as ISO 8601, times in UTC),
    /// any other text through <see cref="SpreadsheetText.Neutralize"/>.
    /// </summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        int n => n.ToString(CultureInfo.InvariantCulture),
        long n => n.ToString(CultureInfo.InvariantCulture),
        DateTimeOffset at => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string text => SpreadsheetText.Neutralize(text),
        _ => SpreadsheetText.Neutralize(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };
}
