namespace WorkwaysPortal.Data.Accounts;

/// <summary>
/// One signed-in browser: the server side of a <c>workways.auth</c> cookie, which holds only this
/// session's <see cref="Id"/>. Signing out deletes the row, and a cookie whose row is gone is no
/// longer a sign-in, wherever it was copied to; "sign out everywhere" and a password reset delete
/// every row of the account. Shared by every portal instance through the database.
/// </summary>
public sealed class UserSession
{
    public const int DeviceMaxLength = 256;

    private UserSession()
    {
    }

    /// <summary>256 random bits, base64url: the key the cookie carries (encrypted by Data Protection).</summary>
    public string Id { get; private set; } = "";

    public Guid UserId { get; private set; }

    /// <summary>The authentication ticket (who, which claims, until when), protected with Data Protection.</summary>
    public byte[] Ticket { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the session was last used, to within <c>SignInSessionStore.LastSeenPrecision</c>.</summary>
    public DateTimeOffset LastSeenAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The browser's User-Agent when it signed in, so its owner can tell their sessions apart.</summary>
    public string? Device { get; private set; }

    public static UserSession Start(string id, Guid userId, byte[] ticket, DateTimeOffset now, DateTimeOffset expiresAt, string? device) => new()
    {
        Id = id,
        UserId = userId,
        Ticket = ticket,
        CreatedAt = now,
        LastSeenAt = now,
        ExpiresAt = expiresAt,
        Device = string.IsNullOrWhiteSpace(device) ? null : device.Length > DeviceMaxLength ? device[..DeviceMaxLength] : device,
    };
}
