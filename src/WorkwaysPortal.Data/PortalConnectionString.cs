using Npgsql;

namespace WorkwaysPortal.Data;

/// <summary>
/// What the portal adds to the connection string it is given: planner settings for its own sessions. On
/// the solid-state storage of any current server or managed service a random page costs about as much as
/// a sequential one, and PostgreSQL's default (<c>random_page_cost = 4</c>, from the days of spinning
/// disks) makes the planner scan the whole directory instead of using a full-text index as soon as
/// the table is small on disk: at 100,000 organizations a search for "training" took 800 ms by a
/// sequential scan (it reads every stored document) and 95 ms through the GIN index (docs/benchmarks.md).
/// A setting already in the connection string's <c>Options</c> is kept.
/// </summary>
public static class PortalConnectionString
{
    public const string RandomPageCost = "1.1";

    public static string WithPlannerSettings(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var options = builder.Options ?? "";
        if (!options.Contains("random_page_cost", StringComparison.OrdinalIgnoreCase))
        {
            builder.Options = $"{options} -c random_page_cost={RandomPageCost}".Trim();
        }

        return builder.ConnectionString;
    }
}
