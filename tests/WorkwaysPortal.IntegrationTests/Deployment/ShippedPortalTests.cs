using System.Net;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using WorkwaysPortal.TestHost;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Deployment;

/// <summary>
/// Nothing that only tests and benchmarks use ships in the portal: the benchmark baseline and the
/// shutdown drill live in tests/WorkwaysPortal.TestHost, which tests and scripts/load-test.sh add.
/// </summary>
public sealed class ShippedPortalTests(PortalDatabaseFixture database) : PortalTest(database)
{
    /// <summary>What the test host's code and its former settings are called (Benchmarks:Enabled, Diagnostics:SlowRequestEndpoint).</summary>
    private static readonly string[] TestOnlyNames =
        ["Benchmark", nameof(DirectoryBaseline), nameof(ShutdownDrill), "SlowRequest", ShutdownDrill.Path, nameof(TestEndpoints)];

    [Fact]
    public void The_web_assembly_names_no_benchmark_or_drill_in_its_types_members_or_strings()
    {
        using var file = File.OpenRead(typeof(Program).Assembly.Location);
        using var pe = new PEReader(file);
        var metadata = pe.GetMetadataReader();

        var found = Names(metadata).Concat(Literals(metadata))
            .Where(text => TestOnlyNames.Any(name => text.Contains(name, StringComparison.OrdinalIgnoreCase)))
            .Distinct()
            .ToList();

        Assert.True(found.Count == 0, "Test-only code or settings in WorkwaysPortal.Web.dll:\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData(DirectoryBaseline.Path)]
    [InlineData(ShutdownDrill.Path + "?milliseconds=0")]
    public async Task The_portal_has_no_benchmark_or_drill_address(string address)
    {
        using var response = await NewClient().GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The names of the assembly's namespaces, types, members and parameters (the #Strings heap).</summary>
    private static IEnumerable<string> Names(MetadataReader metadata)
    {
        for (var handle = MetadataTokens.StringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
        {
            yield return metadata.GetString(handle);
        }
    }

    /// <summary>The string literals of the assembly's code, compiled views included (the #US heap).</summary>
    private static IEnumerable<string> Literals(MetadataReader metadata)
    {
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
        {
            yield return metadata.GetUserString(handle);
        }
    }
}
