using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// The server side of the <c>workways.auth</c> cookie (ASVS 7.4.1, 7.4.2): the cookie handler keeps the
/// ticket here, in PostgreSQL (<see cref="UserSession"/>), and the cookie carries only the session's key.
/// A cookie whose row is gone (signed out, signed out everywhere, password reset, expired) is no sign-in,
/// on every instance, even if a copy of it is replayed. The ticket is protected with Data Protection at rest.
/// </summary>
public sealed class SignInSessionStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock) : ITicketStore
{
    /// <summary>The claim that carries the current session's key in <see cref="HttpContext.User"/> (never stored).</summary>
    public const string SessionClaim = "workways:session";

    /// <summary>"Last seen" is written at most this often per session, so a request rarely writes.</summary>
    public static readonly TimeSpan LastSeenPrecision = TimeSpan.FromMinutes(5);

    private readonly IDataProtector _protector = protection.CreateProtector("WorkwaysPortal.SignInSessions");

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, null!, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) => StoreAsync(ticket, null!, cancellationToken);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var key = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var userId = ticket.Principal.TryGetId() ?? throw new InvalidOperationException("A sign-in without a user id.");
        await WithDatabaseAsync(async db =>
        {
            // Expired sessions go when someone signs in: the table holds live sessions and a few stale ones.
            await db.UserSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
            db.UserSessions.Add(UserSession.Start(
                key, userId, Protect(ticket), now, ExpiresAt(ticket, now), httpContext?.Request.Headers.UserAgent.ToString()));
            await db.SaveChangesAsync(cancellationToken);
        });
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, null!, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken) => RenewAsync(key, ticket, null!, cancellationToken);

    /// <summary>Updates a session that still exists; never brings back one that was ended meanwhile.</summary>
    public Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var now = clock.GetUtcNow();
        var protectedTicket = Protect(ticket);
        var expiresAt = ExpiresAt(ticket, now);
        return WithDatabaseAsync(db => db.UserSessions.Where(s => s.Id == key).ExecuteUpdateAsync(
            set => set.SetProperty(s => s.Ticket, protectedTicket).SetProperty(s => s.ExpiresAt, expiresAt).SetProperty(s => s.LastSeenAt, now),
            cancellationToken));
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, null!, CancellationToken.None);

    public Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken) => RetrieveAsync(key, null!, cancellationToken);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var session = await WithDatabaseAsync(async db =>
        {
            var found = await db.UserSessions.AsNoTracking()
                .Where(s => s.Id == key && s.ExpiresAt > now)
                .Select(s => new { s.Ticket, s.LastSeenAt })
                .FirstOrDefaultAsync(cancellationToken);
            if (found is not null && now - found.LastSeenAt > LastSeenPrecision)
            {
                await db.UserSessions.Where(s => s.Id == key).ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, now), cancellationToken);
            }

            return found;
        });
        if (session is null)
        {
            return null;
        }

        AuthenticationTicket? ticket;
        try
        {
            ticket = TicketSerializer.Default.Deserialize(_protector.Unprotect(session.Ticket));
        }
        catch (CryptographicException)
        {
            // Protected with a key that is no longer in the ring: as good as signed out.
            return null;
        }

        if (ticket?.Principal.Identity is ClaimsIdentity identity)
        {
            foreach (var stale in identity.FindAll(SessionClaim).ToList())
            {
                identity.RemoveClaim(stale);
            }

            identity.AddClaim(new Claim(SessionClaim, key));
        }

        return ticket;
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, null!, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => RemoveAsync(key, null!, cancellationToken);

    public Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) =>
        WithDatabaseAsync(db => db.UserSessions.Where(s => s.Id == key).ExecuteDeleteAsync(cancellationToken));

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static DateTimeOffset ExpiresAt(AuthenticationTicket ticket, DateTimeOffset now) =>
        ticket.Properties.ExpiresUtc ?? now.Add(AccountFeature.SessionLifetime);

    private async Task WithDatabaseAsync(Func<PortalDbContext, Task> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private async Task<T> WithDatabaseAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}

/// <summary>What the account pages do with sign-in sessions besides the cookie handler's own work.</summary>
public static class SignInSessions
{
    /// <summary>The key of the session this request belongs to (null for a bearer token).</summary>
    public static string? CurrentId(ClaimsPrincipal user) => user?.FindFirstValue(SignInSessionStore.SessionClaim);

    /// <summary>Ends every session of the account: sign out everywhere, a password reset.</summary>
    public static Task<int> EndAllAsync(PortalDbContext db, Guid userId, CancellationToken ct) =>
        db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);

    /// <summary>Ends every session of the account but <paramref name="keep"/>: after a password change.</summary>
    public static Task<int> EndOthersAsync(PortalDbContext db, Guid userId, string? keep, CancellationToken ct) =>
        db.UserSessions.Where(s => s.UserId == userId && s.Id != keep).ExecuteDeleteAsync(ct);
}
