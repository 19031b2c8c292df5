namespace WorkwaysPortal.Domain.Sessions;

/// <summary>
/// The agreements and conclusions: each point or paragraph is one agreement; the first "The problem was
/// identified as "…"" (in any language of the labels) also gives the problem statement.
/// </summary>
internal sealed class AgreementsReader(ReportContext context) : SectionReader(context)
{
    private readonly List<string> _agreements = [];

    public IReadOnlyList<string> Agreements => _agreements;

    public string? Problem { get; private set; }

    public override void Read(ReportBlock block)
    {
        var text = block.Text;
        if (_agreements.Count >= ConsultationSession.MaxItems)
        {
            Context.Notes.Add(text);
            return;
        }

        _agreements.Add(text);
        if (Problem is null && Context.Labels.Problem.Match(Folding.Fold(text)) is { Success: true } match)
        {
            var problem = match.Groups["problem"];
            Problem = Clip(text.Substring(problem.Index, problem.Length).Trim(), ConsultationSession.ShortTextMaxLength);
        }
    }
}
