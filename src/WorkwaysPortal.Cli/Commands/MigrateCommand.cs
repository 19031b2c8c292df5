using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data;

namespace WorkwaysPortal.Cli.Commands;

/// <summary><c>workways migrate</c>: brings the database schema up to date.</summary>
internal static class MigrateCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("migrate", "Apply the pending database migrations (creates the schema of a new database).");
        command.SetAction((_, ct) => cli.RunAsync(token => cli.WithDatabaseAsync(SchemaUse.AsIs, (services, t) => MigrateAsync(cli, services, t), token), ct));
        return command;
    }

    private static async Task<int> MigrateAsync(CliContext cli, IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        await cli.Stdout.WriteLineAsync(pending.Count == 0
            ? "The database is up to date."
            : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}.");
        return CliApp.Success;
    }
}
