using System.Globalization;
using System.Reflection;

namespace WorkwaysPortal.Web.Features.Staff;

/// <summary>One country as an outline map draws it: its SVG path (empty when too small to draw) and its marker point.</summary>
public sealed record MapShape(string Code, int X, int Y, string Path);

/// <summary>
/// A map's outlines, in whole SVG units: the Americas or the world, in the Equal Earth projection. They are
/// drawn once from Natural Earth's shapes (the world-atlas npm package) by scripts/world-map and embedded
/// as <c>Map/maps.tsv</c>; nothing is read from the internet.
/// </summary>
public sealed record MapOutline(string Name, int Width, int Height, IReadOnlyList<MapShape> Shapes)
{
    public const string Americas = "americas";
    public const string World = "world";

    private static readonly Lazy<IReadOnlyDictionary<string, MapOutline>> All = new(Load);

    public static IReadOnlyCollection<string> Names => [Americas, World];

    public static MapOutline Get(string name) => All.Value[name];

    private static Dictionary<string, MapOutline> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WorkwaysPortal.Web.Maps.maps.tsv")
            ?? throw new InvalidOperationException("The map outlines (Map/maps.tsv) are not embedded in the Web assembly.");
        using var reader = new StreamReader(stream);
        var maps = new Dictionary<string, MapOutline>(StringComparer.Ordinal);
        (string Name, int Width, int Height)? current = null;
        var shapes = new List<MapShape>();
        void Close()
        {
            if (current is { } map)
            {
                maps[map.Name] = new MapOutline(map.Name, map.Width, map.Height, [.. shapes]);
            }

            shapes.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (fields[0] == "# map")
            {
                Close();
                current = (fields[1], Number(fields[2]), Number(fields[3]));
            }
            else if (!line.StartsWith('#') && line.Length > 0)
            {
                shapes.Add(new MapShape(fields[0], Number(fields[1]), Number(fields[2]), fields[3]));
            }
        }

        Close();
        return maps;
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}

/// <summary>A country of the map with what it counts: its shade (0 for none, up to <see cref="CountryMap.Shades"/>) and the radius of its gap marker.</summary>
public sealed record MapArea(MapShape Shape, string Name, int Organizations, int OpenGaps, int Shade, int GapRadius);

/// <summary>One step of the legend: the organizations a shade stands for.</summary>
public sealed record MapShade(int Shade, int From, int To);

/// <summary>
/// Organizations and open gaps by country on an outline map: each country shaded by its organizations (on a
/// logarithmic scale, so one country with thousands does not wash out the rest), a circle over it that grows
/// with its open gaps, and every country with either in <see cref="Listed"/> for the table.
/// </summary>
public sealed record CountryMap(
    string Id, string Title, string Description, MapOutline Outline, IReadOnlyList<MapArea> Areas,
    IReadOnlyList<MapShade> Legend, IReadOnlyList<(string Code, string Name, int Organizations, int OpenGaps)> Listed, int ListedElsewhere)
{
    public const int Shades = 4;

    /// <summary>The largest gap marker, in the outline's units.</summary>
    public const int MaxGapRadius = 14;

    /// <summary>The countries with something to show, drawn over the outlines.</summary>
    public IEnumerable<MapArea> Counted => Areas.Where(a => a.Organizations > 0 || a.OpenGaps > 0);

    public static CountryMap Build(
        string id, string title, string description, MapOutline outline,
        IReadOnlyDictionary<string, int> organizations, IReadOnlyDictionary<string, int> openGaps, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(openGaps);
        ArgumentNullException.ThrowIfNull(nameOf);
        var mostOrganizations = organizations.Values.DefaultIfEmpty(0).Max();
        var mostGaps = openGaps.Values.DefaultIfEmpty(0).Max();
        var areas = outline.Shapes
            .Select(shape =>
            {
                var count = organizations.GetValueOrDefault(shape.Code);
                var gaps = openGaps.GetValueOrDefault(shape.Code);
                return new MapArea(shape, nameOf(shape.Code), count, gaps, Shade(count, mostOrganizations), GapRadius(gaps, mostGaps));
            })
            .ToList();
        var listed = organizations.Keys.Union(openGaps.Keys)
            .Select(code => (Code: code, Name: nameOf(code), Organizations: organizations.GetValueOrDefault(code), OpenGaps: openGaps.GetValueOrDefault(code)))
            .OrderByDescending(c => c.Organizations).ThenByDescending(c => c.OpenGaps).ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
        var drawn = outline.Shapes.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        return new CountryMap(
            id, title, description, outline, areas, StepsFor(mostOrganizations), listed, listed.Count(c => !drawn.Contains(c.Code)));
    }

    /// <summary>The shade of a count: 0 for none, otherwise 1 to <see cref="Shades"/> by where it falls between 1 and the largest, in logarithms.</summary>
    public static int Shade(int count, int most)
    {
        if (count <= 0 || most <= 0)
        {
            return 0;
        }

        var shade = (int)Math.Ceiling(Shades * Math.Log(count + 1) / Math.Log(most + 1) - 1e-9);
        return Math.Clamp(shade, 1, Shades);
    }

    /// <summary>The legend's steps: the counts each shade stands for, leaving out shades no count can take.</summary>
    public static IReadOnlyList<MapShade> StepsFor(int most)
    {
        var steps = new List<MapShade>(Shades);
        if (most <= 0)
        {
            return steps;
        }

        var from = 1;
        for (var shade = 1; shade <= Shades && from <= most; shade++)
        {
            var to = from;
            while (to < most && Shade(to + 1, most) == shade)
            {
                to++;
            }

            if (Shade(from, most) == shade)
            {
                steps.Add(new MapShade(shade, from, to));
                from = to + 1;
            }
        }

        return steps;
    }

    /// <summary>The radius of a gap marker: its area grows with the open gaps, the largest at <see cref="MaxGapRadius"/>.</summary>
    public static int GapRadius(int gaps, int most) =>
        gaps <= 0 || most <= 0 ? 0 : Math.Max(3, (int)Math.Round(MaxGapRadius * Math.Sqrt((double)gaps / most), MidpointRounding.AwayFromZero));
}
