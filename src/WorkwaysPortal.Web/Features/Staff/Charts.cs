namespace WorkwaysPortal.Web.Features.Staff;

/// <summary>One coloured part of a bar: a value of one series (e.g. the open gaps of a capability), placed on the bar's track.</summary>
public sealed record BarSegment(string Series, string CssClass, int Value, int X, int Width);

/// <summary>One bar of a chart, with its label and total.</summary>
public sealed record BarRow(string Key, string Label, int Total, IReadOnlyList<BarSegment> Segments);

/// <summary>A series of a stacked chart, as the legend shows it.</summary>
public sealed record ChartSeries(string Name, string CssClass);

/// <summary>
/// A horizontal bar chart. The page (<c>_BarChart</c>) writes each label as text, so it keeps the page's font
/// size at any width and wraps when long, and draws each bar as an SVG track of <see cref="Track"/> whole
/// units stretched across the space left (so the markup never depends on the culture's number format, and
/// site.css colours it by class: the CSP allows no inline styles).
/// </summary>
public sealed record BarChart(
    string Id, string Title, string Description, IReadOnlyList<ChartSeries> Series, IReadOnlyList<BarRow> Rows, int MaxDrawn, string? Note)
{
    /// <summary>The length of the longest bar, in the track's units.</summary>
    public const int Track = 1000;

    /// <summary>The rows drawn (the first <see cref="MaxDrawn"/>); the table lists them all.</summary>
    public IEnumerable<BarRow> DrawnRows => Rows.Take(MaxDrawn);

    /// <summary>
    /// Lays out rows of values, one value per series; bars are scaled to the largest total.
    /// </summary>
    public static BarChart Build(
        string id, string title, string description, IReadOnlyList<ChartSeries> series,
        IEnumerable<(string Key, string Label, IReadOnlyList<int> Values)> rows, int maxDrawn = int.MaxValue, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(rows);
        var list = rows.ToList();
        var max = Math.Max(1, list.Select(r => r.Values.Sum()).DefaultIfEmpty(0).Max());
        var laidOut = new List<BarRow>(list.Count);
        foreach (var (key, label, values) in list)
        {
            var segments = new List<BarSegment>(values.Count);
            var x = 0;
            var sum = 0;
            for (var s = 0; s < values.Count && s < series.Count; s++)
            {
                sum += values[s];
                // Each segment ends where the running total ends, so rounding never adds up past the bar.
                var end = (int)Math.Round((double)sum * Track / max, MidpointRounding.AwayFromZero);
                if (values[s] > 0)
                {
                    segments.Add(new BarSegment(series[s].Name, series[s].CssClass, values[s], x, Math.Max(1, end - x)));
                }

                x = end;
            }

            laidOut.Add(new BarRow(key, label, values.Sum(), segments));
        }

        return new BarChart(id, title, description, series, laidOut, maxDrawn, note);
    }

    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
    }
}

public sealed record NetworkNode(int Id, string Name, string Label, int Partnerships, int X, int Y, int Radius, int LabelX, int LabelY, string Anchor);

public sealed record NetworkEdge(int ProposalId, int X1, int Y1, int X2, int Y2);

/// <summary>One approved partnership as the table under the network lists it.</summary>
public sealed record NetworkPartnership(int ProposalId, string Title, string Proposer, IReadOnlyList<string> Partners);

/// <summary>
/// The network of approved partnerships laid out on a circle (organizations in name order, the
/// more partnerships the bigger the dot), in whole SVG units.
/// </summary>
public sealed record NetworkChart(
    string Id, string Title, string Description, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges,
    IReadOnlyList<NetworkPartnership> Partnerships)
{
    public const int Width = 720;
    public const int Height = 600;
    private const int CenterX = Width / 2;
    private const int CenterY = Height / 2;
    private const int Radius = 210;

    public static NetworkChart Build(
        string id, string title, string description,
        IReadOnlyList<(int Id, string Name, string? Acronym, int Partnerships)> organizations,
        IReadOnlyList<(int ProposalId, string Title, int From, int To)> links)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(links);
        var nodes = new List<NetworkNode>(organizations.Count);
        for (var i = 0; i < organizations.Count; i++)
        {
            var (orgId, name, acronym, count) = organizations[i];
            var angle = 2 * Math.PI * i / organizations.Count - Math.PI / 2;
            var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
            var anchor = cos > 0.2 ? "start" : cos < -0.2 ? "end" : "middle";
            var labelRadius = Radius + 16;
            nodes.Add(new NetworkNode(
                orgId, name, BarChart.Shorten(string.IsNullOrWhiteSpace(acronym) ? name : acronym, 22), count,
                CenterX + (int)Math.Round(Radius * cos), CenterY + (int)Math.Round(Radius * sin),
                5 + 2 * Math.Min(count, 6),
                CenterX + (int)Math.Round(labelRadius * cos), CenterY + (int)Math.Round(labelRadius * sin) + (sin > 0.2 ? 10 : sin < -0.2 ? -4 : 4),
                anchor));
        }

        var at = nodes.ToDictionary(n => n.Id);
        var edges = links
            .Where(l => at.ContainsKey(l.From) && at.ContainsKey(l.To))
            .Select(l => new NetworkEdge(l.ProposalId, at[l.From].X, at[l.From].Y, at[l.To].X, at[l.To].Y))
            .ToList();
        var partnerships = links
            .GroupBy(l => (l.ProposalId, l.Title, l.From))
            .Select(g => new NetworkPartnership(
                g.Key.ProposalId, g.Key.Title, NameOf(at, g.Key.From),
                [.. g.Select(l => NameOf(at, l.To)).Order(StringComparer.CurrentCulture)]))
            .OrderBy(p => p.Title, StringComparer.CurrentCulture)
            .ToList();
        return new NetworkChart(id, title, description, nodes, edges, partnerships);
    }

    private static string NameOf(Dictionary<int, NetworkNode> nodes, int id) => nodes.TryGetValue(id, out var node) ? node.Name : "";
}
