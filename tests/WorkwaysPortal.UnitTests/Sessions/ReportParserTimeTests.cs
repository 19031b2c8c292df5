using System.Diagnostics;
using WorkwaysPortal.Domain.Sessions;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.UnitTests.Sessions;

/// <summary>
/// The parser reads the largest report it accepts in time linear in the text, whatever its shape
/// (<see cref="WorstCaseReports"/>). A paragraph join that was quadratic took over a minute on 240 KB.
/// Alone in its collection, so that no other test shares the processor while the clock runs.
/// </summary>
[Collection(nameof(ReportParserTimeTests))]
public sealed class ReportParserTimeTests
{
    public static TheoryData<string> Shapes => [.. WorstCaseReports.Shapes.Keys];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_largest_report_of_any_shape_is_read_within_a_second(string shape)
    {
        var text = WorstCaseReports.Shapes[shape];
        Assert.InRange(text.Length, ReportParser.MaxLength - 100, ReportParser.MaxLength);
        ReportParser.Parse(text[..(text.Length / 10)], TaxonomySnapshot.Seed);
        GC.Collect();

        var watch = Stopwatch.StartNew();
        var result = ReportParser.Parse(text, TaxonomySnapshot.Seed);
        watch.Stop();

        Assert.NotNull(result.Draft);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"\"{shape}\" took {watch.ElapsedMilliseconds} ms.");
    }
}

[CollectionDefinition(nameof(ReportParserTimeTests), DisableParallelization = true)]
public sealed class ReportParserTimeCollection;
