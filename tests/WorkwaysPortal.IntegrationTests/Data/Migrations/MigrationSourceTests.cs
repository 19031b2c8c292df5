using System.Text;
using System.Text.RegularExpressions;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.IntegrationTests.Data.Migrations;

/// <summary>
/// A migration is history: it must keep the SQL it ran as text in its own file, never read it from the
/// portal's code (a constant that a later change edits would rewrite what the migration did on a fresh
/// database). The rule, checked on the source because constants are copied into the compiled code: outside
/// comments and string literals, a migration names no type or namespace of the portal's own assemblies, and
/// its strings are plain literals (no interpolation). The model snapshot and the Designer files, which EF
/// Core writes with the context's types, are not migrations' code and are not read.
/// </summary>
public sealed partial class MigrationSourceTests
{
    private static readonly string MigrationsNamespace = typeof(PortalDbContext).Namespace + ".Migrations";

    [Fact]
    public void No_migration_names_the_portals_own_code()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "WorkwaysPortal.Data", "Migrations");
        var files = Directory.GetFiles(folder, "*.cs")
            .Where(f => !f.EndsWith(".Designer.cs", StringComparison.Ordinal) && Path.GetFileName(f) != "PortalDbContextModelSnapshot.cs")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(files);
        var problems = files.SelectMany(f => Problems(File.ReadAllText(f)).Select(p => $"{Path.GetFileName(f)}: {p}")).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_rule_finds_a_constant_of_the_portal_however_it_is_named_but_not_in_comments_or_sql()
    {
        const string migration = """"
            namespace WorkwaysPortal.Data.Migrations
            {
                // Replaces what PortalSearch.CreateFunctionsSql held.
                public partial class MatchReach : Migration
                {
                    private const string Sql = """
                        SELECT 'PortalSearch', 'MatchReach';
                        """;

                    protected override void Up(MigrationBuilder migrationBuilder)
                    {
                        migrationBuilder.Sql(Sql);
                        migrationBuilder.Sql(Search.PortalSearch.CreateFunctionsSql);
                        migrationBuilder.Sql($"DROP FUNCTION {Name}");
                    }
                }
            }
            """";

        Assert.Equal(
            ["names Search (line 13)", "names PortalSearch (line 13)", "interpolates a string (line 14)"],
            Problems(migration));
    }

    /// <summary>What is wrong with one migration's source, in order of lines; empty when it keeps its SQL to itself.</summary>
    private static List<string> Problems(string source)
    {
        var code = CodeOnly(source);
        var problems = Interpolation().Matches(code).Select(m => (m.Index, Problem: "interpolates a string")).ToList();
        var names = Declaration().Replace(Namespace().Replace(code, Blank), Blank);
        problems.AddRange(Identifier().Matches(names).Where(m => PortalNames.Contains(m.Value)).Select(m => (m.Index, $"names {m.Value}")));
        return [.. problems.OrderBy(p => p.Index).Select(p => $"{p.Problem} (line {code.AsSpan(0, p.Index).Count('\n') + 1})")];
    }

    private static string Blank(Match match) => new(' ', match.Length);

    /// <summary>Every type name and namespace segment of the portal's Data and Domain assemblies, but the migrations'.</summary>
    private static HashSet<string> PortalNames { get; } =
    [
        .. new[] { typeof(PortalDbContext).Assembly, typeof(Organization).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace?.StartsWith("WorkwaysPortal", StringComparison.Ordinal) == true && t.Namespace != MigrationsNamespace && !t.Name.StartsWith('<'))
            .SelectMany(t => t.Namespace!.Split('.').Append(t.Name.Split('`')[0])),
    ];

    /// <summary>The source with comments and the insides of string and character literals blanked out; lines are kept.</summary>
    private static string CodeOnly(string source)
    {
        var code = new StringBuilder(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var end = LiteralOrCommentEnd(source, i);
            if (end == i)
            {
                code.Append(source[i++]);
                continue;
            }

            // Keep the opening character (so that $" stays visible) and the line breaks.
            code.Append(source[i]);
            code.Append(string.Concat(source[(i + 1)..end].Select(c => c == '\n' ? '\n' : ' ')));
            i = end;
        }

        return code.ToString();
    }

    /// <summary>Where the comment or literal that starts at <paramref name="i"/> ends, or <paramref name="i"/> when none starts there.</summary>
    private static int LiteralOrCommentEnd(string s, int i)
    {
        if (s.AsSpan(i).StartsWith("//"))
        {
            var end = s.IndexOf('\n', i);
            return end < 0 ? s.Length : end;
        }

        if (s.AsSpan(i).StartsWith("/*"))
        {
            var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
            return end < 0 ? s.Length : end + 2;
        }

        if (s[i] == '\'')
        {
            var j = i + 1;
            while (j < s.Length && s[j] != '\'')
            {
                j += s[j] == '\\' ? 2 : 1;
            }

            return Math.Min(j + 1, s.Length);
        }

        if (s[i] != '"')
        {
            return i;
        }

        var quotes = 0;
        while (i + quotes < s.Length && s[i + quotes] == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            var fence = new string('"', quotes);
            var end = s.IndexOf(fence, i + quotes, StringComparison.Ordinal);
            return end < 0 ? s.Length : end + quotes;
        }

        var verbatim = i > 0 && s[i - 1] == '@';
        var k = i + 1;
        while (k < s.Length)
        {
            if (verbatim && s[k] == '"' && k + 1 < s.Length && s[k + 1] == '"')
            {
                k += 2;
            }
            else if (s[k] == '"')
            {
                return k + 1;
            }
            else
            {
                k += !verbatim && s[k] == '\\' ? 2 : 1;
            }
        }

        return s.Length;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "WorkwaysPortal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("WorkwaysPortal.sln not found above the test binaries.");
    }

    [GeneratedRegex(@"\$+@?""|@\$+""")]
    private static partial Regex Interpolation();

    [GeneratedRegex(@"^\s*namespace\s+[\w.]+", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    // The migration's own class may share its name with the code it was written for (MatchReach).
    [GeneratedRegex(@"\bclass\s+\w+")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b[A-Za-z_]\w*\b")]
    private static partial Regex Identifier();
}
