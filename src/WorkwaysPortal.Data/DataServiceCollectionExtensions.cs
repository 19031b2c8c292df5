using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Taxonomy;

namespace WorkwaysPortal.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The database, the taxonomy catalog and a clock: what every host of the portal needs.</summary>
    /// <param name="readOnlyConnectionString">
    /// A streaming standby for the read-only paths (<see cref="PortalReads"/>, <c>ConnectionStrings:PortalReadOnly</c>);
    /// null or empty: every read goes to <paramref name="connectionString"/>.
    /// </param>
    public static IServiceCollection AddPortalData(this IServiceCollection services, string connectionString, string? readOnlyConnectionString = null)
    {
        if (!string.IsNullOrWhiteSpace(readOnlyConnectionString))
        {
            var primary = connectionString;
            services.AddSingleton(_ => new ReadReplica(readOnlyConnectionString, primary));
        }

        connectionString = PortalConnectionString.WithPlannerSettings(connectionString);
        services.AddDbContextPool<PortalDbContext>(options => Configure(options, connectionString));
        services.AddMemoryCache();

        // Raw Npgsql for the few hot reads that need no model: cache versions, the benchmark baseline.
        services.TryAddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.TryAddSingleton<Caching.CacheVersionReader>();
        services.AddSingleton<TaxonomyCatalog>();
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<Mail.MailOptions>();
        services.TryAddScoped<ICurrentUser, NoCurrentUser>();
        services.TryAddScoped<IReadYourWrites, NoRecentWrites>();
        services.AddScoped<PortalReads>();
        services.AddScoped<Notifications.NotificationOutbox>();
        services.AddScoped<Accounts.AccountDeletion>();
        services.AddScoped<Sessions.SessionSummaryQuery>();
        return services;
    }

    /// <summary>
    /// Transient failures (a dropped connection, a failover, a restart) are retried up to 3 times,
    /// waiting at most <see cref="MaxRetryDelay"/> between tries: a blip is hidden from the user, a
    /// real outage answers 503 within a few seconds (see docs/operations.md). Every write is one
    /// SaveChanges or an explicit transaction inside <c>CreateExecutionStrategy().ExecuteAsync</c>,
    /// so a retry replays the whole unit of work.
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(MaxRetryCount, MaxRetryDelay, null).CommandTimeout(60))
            .UseSnakeCaseNamingConvention();

    /// <summary>The same, over a data source (the read replica's multi-host one).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.EnableRetryOnFailure(MaxRetryCount, MaxRetryDelay, null).CommandTimeout(60))
            .UseSnakeCaseNamingConvention();

    public const int MaxRetryCount = 3;

    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>Identity's rules, shared by the web portal and the command-line tool.</summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.User.RequireUniqueEmail = true;
        // Version 3 adds the passkeys table (WebAuthn credentials, Identity's own passkey support).
        options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
        options.SignIn.RequireConfirmedAccount = false;
        // NIST SP 800-63B: length and the common password list (CommonPasswordValidator), no composition rules.
        options.Password.RequiredLength = PasswordPolicy.MinimumLength;
        options.Password.RequiredUniqueChars = 1;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    }

    /// <summary>The validators of <see cref="PasswordPolicy"/> beyond <see cref="ConfigureIdentity"/>'s length: the common password list.</summary>
    public static IdentityBuilder AddPortalPasswordPolicy(this IdentityBuilder identity) =>
        identity.AddPasswordValidator<CommonPasswordValidator>();

    /// <summary>Identity without cookies, for the command-line tool and seeding.</summary>
    public static IServiceCollection AddPortalIdentityCore(this IServiceCollection services)
    {
        services.AddIdentityCore<ApplicationUser>(ConfigureIdentity)
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddPortalPasswordPolicy()
            .AddErrorDescriber<PortalIdentityErrorDescriber>();
        return services;
    }

    /// <summary>Whether an exception means the database is unreachable rather than the request is wrong.</summary>
    public static bool IsDatabaseUnavailable(Exception exception) =>
        exception is NpgsqlException or TimeoutException
        || exception.InnerException is { } inner && IsDatabaseUnavailable(inner);
}
