namespace WorkwaysPortal.Domain.Exports;

/// <summary>
/// Text written into a spreadsheet cell (CSV or Excel). A cell that begins with <c>= + - @</c>, a tab,
/// a carriage return or a line feed may be read by a spreadsheet as a formula ("formula injection",
/// e.g. <c>=HYPERLINK(…)</c> typed into an organization's description); such text gets a leading
/// apostrophe, so it shows as the text it is and is never evaluated.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r', '\n'];

    /// <summary>The text, safe to put in a cell; null becomes the empty string.</summary>
    public static string Neutralize(string? value) =>
        string.IsNullOrEmpty(value) || Array.IndexOf(Triggers, value[0]) < 0 ? value ?? "" : "'" + value;
}
