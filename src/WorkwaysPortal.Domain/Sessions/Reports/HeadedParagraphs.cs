namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// Paragraphs gathered under the heading above them: a participant and their points, a theme and its
/// paragraphs. At most <see cref="ConsultationSession.MaxItems"/> headings; a paragraph above the first
/// heading, or past <paramref name="maxParagraphs"/> under one, goes to the notes.
/// </summary>
internal sealed class HeadedParagraphs<THead>(List<string> notes, int maxParagraphs)
{
    private readonly List<Headed<THead>> _items = [];

    public IReadOnlyList<Headed<THead>> Items => _items;

    /// <summary>Whether another heading may start.</summary>
    public bool HasRoom => _items.Count < ConsultationSession.MaxItems;

    public void Start(THead head) => _items.Add(new(head, []));

    public void Add(string paragraph)
    {
        if (_items.Count > 0 && _items[^1].Paragraphs.Count < maxParagraphs)
        {
            _items[^1].Paragraphs.Add(paragraph);
        }
        else
        {
            notes.Add(paragraph);
        }
    }
}

/// <summary>A heading and the paragraphs under it.</summary>
internal sealed record Headed<THead>(THead Head, List<string> Paragraphs);
