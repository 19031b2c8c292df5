using System.CommandLine;
using System.Net.Mail;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Cli.Commands;

/// <summary>
/// <c>workways users add &lt;email&gt; --role R [--password-stdin]</c>: creates an account with a role,
/// or grants the role to an existing account. Every account also has the delegate role.
/// </summary>
internal static class UsersAddCommand
{
    private const string AuditSubjectType = "user";

    public static Command Create(CliContext cli)
    {
        var email = new Argument<string>("email") { Description = "The account's email address, which is also its user name." };
        var role = new Option<string>("--role")
        {
            Description = "The role to grant: " + string.Join(", ", Roles.All) + ".",
            HelpName = string.Join('|', Roles.All),
            Required = true,
        };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "Read the new account's password from the first line of standard input instead of generating one.",
        };

        var add = new Command("add", "Create an account with a role, or grant the role to an existing account.") { email, role, passwordStdin };
        add.SetAction((parsed, ct) => cli.RunAsync(
            token => AddAsync(cli, parsed.GetRequiredValue(email), parsed.GetRequiredValue(role), parsed.GetValue(passwordStdin), token),
            ct));
        return add;
    }

    private static async Task<int> AddAsync(CliContext cli, string emailArgument, string roleArgument, bool passwordFromStdin, CancellationToken ct)
    {
        // Everything that can be refused without the database is checked before it is opened.
        var email = CheckEmail(emailArgument);
        var role = CheckRole(roleArgument);
        var password = passwordFromStdin ? await ReadPasswordAsync(cli.Stdin, ct) : null;

        return await cli.WithDatabaseAsync(SchemaUse.UpToDate, async (services, token) =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var strategy = db.Database.CreateExecutionStrategy();
            var outcome = await strategy.ExecuteAsync(
                t => AddOrGrantAsync(services, cli.Actor.Name, email, role, password, t), token);
            await ReportAsync(cli.Stdout, email, role, passwordFromStdin, outcome);
            return CliApp.Success;
        }, ct);
    }

    /// <summary>One transaction: the account, its roles and their audit events are written together or not at all.</summary>
    private static async Task<Outcome> AddOrGrantAsync(
        IServiceProvider services, string actorName, string email, string role, string? password, CancellationToken ct)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var user = await users.FindByEmailAsync(email);
        var created = user is null;
        string? generatedPassword = null;
        if (user is null)
        {
            generatedPassword = password is null ? PasswordGenerator.Create() : null;
            user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email, CreatedAt = now };
            Check(await users.CreateAsync(user, password ?? generatedPassword!), "create the account");
            db.AuditEvents.Add(AuditEvent.Record(
                now, null, actorName, AuditActions.AccountCreated, AuditSubjectType, user.Id.ToString(),
                details: JsonSerializer.Serialize(new { email })));
        }

        var current = await users.GetRolesAsync(user);
        var granted = new[] { Roles.Delegate, role }.Distinct(StringComparer.Ordinal).Where(r => !current.Contains(r)).ToList();
        if (granted.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, granted), "grant the role");
            db.AuditEvents.AddRange(granted.Select(r => AuditEvent.Record(
                now, null, actorName, AuditActions.RoleGranted, AuditSubjectType, user.Id.ToString(),
                details: JsonSerializer.Serialize(new { email, role = r }))));
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Outcome(created, granted.Contains(role, StringComparer.Ordinal), generatedPassword);
    }

    private static async Task ReportAsync(TextWriter stdout, string email, string role, bool passwordFromStdin, Outcome outcome)
    {
        if (outcome.Created)
        {
            await stdout.WriteLineAsync($"Created account {email} with the role {role}.");
            if (outcome.GeneratedPassword is { } password)
            {
                await stdout.WriteLineAsync($"Password (shown only now): {password}");
            }

            return;
        }

        await stdout.WriteLineAsync(outcome.RoleGranted
            ? $"Account {email} already exists; granted the role {role}."
            : $"Account {email} already exists and has the role {role}; nothing changed.");
        if (passwordFromStdin)
        {
            await stdout.WriteLineAsync("Its password was not changed.");
        }
    }

    private static string CheckEmail(string value)
    {
        var email = value.Trim();
        // MailAddress also accepts "Name <a@b.org>"; only a bare address is an account name.
        if (!MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            throw new CliException($"\"{value}\" is not a valid email address.");
        }

        return email;
    }

    private static string CheckRole(string value)
    {
        var role = value.Trim().ToLowerInvariant();
        if (!Roles.IsKnown(role))
        {
            throw new CliException($"\"{value}\" is not a role; use one of {string.Join(", ", Roles.All)}.");
        }

        return role;
    }

    private static async Task<string> ReadPasswordAsync(TextReader stdin, CancellationToken ct)
    {
        var line = await stdin.ReadLineAsync(ct);
        return string.IsNullOrEmpty(line)
            ? throw new CliException("--password-stdin: the first line of standard input is empty; it must hold the password.")
            : line;
    }

    private static void Check(IdentityResult result, string action)
    {
        if (!result.Succeeded)
        {
            throw new CliException($"Cannot {action}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    private sealed record Outcome(bool Created, bool RoleGranted, string? GeneratedPassword);
}
