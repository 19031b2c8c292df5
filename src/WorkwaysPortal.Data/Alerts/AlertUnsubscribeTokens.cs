using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace WorkwaysPortal.Data.Alerts;

/// <summary>
/// The signed, expiring token of an alert email's one-click unsubscribe link: it names one saved search
/// and needs no sign-in. ASP.NET Data Protection signs and encrypts it with the portal's shared key
/// ring (kept in PostgreSQL), so any instance, and the <c>workways</c> command, reads what another wrote.
/// </summary>
public sealed class AlertUnsubscribeTokens(IDataProtectionProvider provider, TimeProvider clock)
{
    private const string Purpose = "WorkwaysPortal.Alerts.Unsubscribe.v1";

    /// <summary>How long a link works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);

    private ITimeLimitedDataProtector Protector => provider.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public string For(int savedSearchId) =>
        Protector.Protect(savedSearchId.ToString(CultureInfo.InvariantCulture), clock.GetUtcNow() + Lifetime);

    /// <summary>The saved search the token names, or null when it is malformed, tampered with or expired.</summary>
    public int? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            var text = Protector.Unprotect(token, out var expiration);
            return expiration < clock.GetUtcNow() ? null
                : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
