using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Import;

namespace WorkwaysPortal.Cli;

/// <summary>What every command needs: configuration, the three standard streams, a log, and a database on demand.</summary>
internal sealed class CliContext(IConfiguration configuration, TextReader stdin, TextWriter stdout, TextWriter stderr, Serilog.ILogger log)
{
    public IConfiguration Configuration { get; } = configuration;
    public TextReader Stdin { get; } = stdin;
    public TextWriter Stdout { get; } = stdout;
    public TextWriter Stderr { get; } = stderr;

    /// <summary>Details for operators (nothing is logged unless the configuration adds a sink).</summary>
    public Serilog.ILogger Log { get; } = log;

    /// <summary>The tool has no account: audit events name the operating-system user who ran it.</summary>
    public AuditActor Actor { get; } = new(null, "cli:" + Environment.UserName);

    /// <summary>
    /// Runs a command, turning every failure into one line on stderr and exit code 1: an operator
    /// needs the reason, not a stack trace (which goes to the log, when one is configured).
    /// </summary>
    public async Task<int> RunAsync(Func<CancellationToken, Task<int>> command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        try
        {
            return await command(ct);
        }
        catch (CliException e)
        {
            return await FailAsync(e.Message);
        }
        catch (OrganizationImportException e)
        {
            return await FailAsync(e.Message);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return await FailAsync("Cancelled.");
        }
        catch (Exception e) when (Find<PostgresException>(e) is { } refused)
        {
            Log.Error(e, "The database refused the command");
            return await FailAsync("The database refused the change: " + refused.MessageText);
        }
        catch (Exception e) when (DataServiceCollectionExtensions.IsDatabaseUnavailable(e))
        {
            Log.Error(e, "The database is unavailable");
            return await FailAsync("Cannot reach the database: " + Innermost(e).Message);
        }
        catch (Exception e)
        {
            Log.Error(e, "The command failed");
            return await FailAsync(e.Message);
        }
    }

    /// <summary>
    /// Opens the portal's services over the configured database (starting the local cluster when no
    /// connection string is set) for the duration of <paramref name="body"/>.
    /// </summary>
    /// <param name="schema">Whether the schema must be brought up to date first (every command but <c>migrate</c>).</param>
    public async Task<int> WithDatabaseAsync(SchemaUse schema, Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        await using var host = await CliHost.StartAsync(Configuration, Log, ct);
        if (schema == SchemaUse.UpToDate)
        {
            await EnsureSchemaAsync(host.Services.GetRequiredService<PortalDbContext>(), ct);
        }

        return await body(host.Services, ct);
    }

    /// <summary>
    /// Like the web portal, the tool applies pending migrations unless <c>Database:MigrateOnStartup</c>
    /// is false; then it refuses to work on an outdated schema.
    /// </summary>
    private async Task EnsureSchemaAsync(PortalDbContext db, CancellationToken ct)
    {
        if (Configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await db.Database.MigrateAsync(ct);
        }
        else if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
        {
            throw new CliException("The database schema is out of date: run 'workways migrate' first.");
        }
    }

    private async Task<int> FailAsync(string message)
    {
        await Stderr.WriteLineAsync(OneLine(message));
        return CliApp.Failure;
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static T? Find<T>(Exception? e)
        where T : Exception =>
        e switch
        {
            null => null,
            T found => found,
            _ => Find<T>(e.InnerException),
        };

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}

internal enum SchemaUse
{
    /// <summary>Use the database as it is (<c>migrate</c> itself).</summary>
    AsIs,

    /// <summary>Apply pending migrations first, or refuse when the configuration says not to.</summary>
    UpToDate,
}
