using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkwaysPortal.Data;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Data;

public sealed class PortalConnectionStringTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task The_portals_sessions_plan_with_the_solid_state_page_cost()
    {
        var cost = await Data.QueryAsync(db => db.Database.SqlQuery<string>($"SELECT current_setting('random_page_cost') AS \"Value\"").SingleAsync());

        Assert.Equal(PortalConnectionString.RandomPageCost, cost);
    }

    [Fact]
    public void Options_already_in_the_connection_string_are_kept_and_an_explicit_page_cost_wins()
    {
        var added = new NpgsqlConnectionStringBuilder(PortalConnectionString.WithPlannerSettings("Host=db;Options=-c statement_timeout=5000"));
        var own = new NpgsqlConnectionStringBuilder(PortalConnectionString.WithPlannerSettings("Host=db;Options=-c random_page_cost=2"));

        Assert.Equal("-c statement_timeout=5000 -c random_page_cost=1.1", added.Options);
        Assert.Equal("db", added.Host);
        Assert.Equal("-c random_page_cost=2", own.Options);
    }
}
