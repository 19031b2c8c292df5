namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// Reads the blocks of one kind of section, in the order of the text, into its part of the draft.
/// One reader serves every section of its kind (a report may have two agendas).
/// </summary>
internal abstract class SectionReader(ReportContext context)
{
    protected ReportContext Context { get; } = context;

    public abstract void Read(ReportBlock block);

    protected static string? Clip(string? text, int length) =>
        text is null || text.Length <= length ? text : text[..length].TrimEnd();
}
