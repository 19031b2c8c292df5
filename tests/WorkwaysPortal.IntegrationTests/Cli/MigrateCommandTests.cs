using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Cli;

[Collection(PortalDatabaseCollection.Name)]
public sealed class MigrateCommandTests(PortalDatabaseFixture database) : CliTest(database)
{
    [Fact]
    public async Task Migrating_an_up_to_date_database_succeeds_and_changes_nothing()
    {
        var result = await RunAsync("migrate");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("The database is up to date.", result.Stdout.Trim());
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var result = await RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.NotEqual("", result.Stderr);
    }
}
