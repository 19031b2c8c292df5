using System.Globalization;
using Microsoft.AspNetCore.Identity;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// Identity's authenticator codes (TOTP, RFC 6238: 30-second steps, accepted two steps either side of
/// now), each usable once (ASVS 6.5.1): a code Identity accepts is refused if the account used it within
/// the last <see cref="Remembered"/>, which is longer than any code's validity. The codes used recently
/// are kept among the account's tokens (a few entries, pruned on every use).
/// </summary>
public sealed class OnceOnlyAuthenticatorTokenProvider(TimeProvider clock) : AuthenticatorTokenProvider<ApplicationUser>
{
    /// <summary>Longer than the five 30-second steps Identity accepts a code in.</summary>
    public static readonly TimeSpan Remembered = TimeSpan.FromMinutes(3);

    private const string Store = "WorkwaysPortal";
    private const string TokenName = "UsedAuthenticatorCodes";

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (!await base.ValidateAsync(purpose, token, manager, user))
        {
            return false;
        }

        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var recent = (await manager.GetAuthenticationTokenAsync(user, Store, TokenName) ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split(':'))
            .Where(parts => parts.Length == 2 && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var at) && now - at < Remembered.TotalSeconds)
            .Select(parts => (Code: parts[0], At: parts[1]))
            .ToList();
        if (recent.Any(used => used.Code == token))
        {
            return false;
        }

        recent.Add((token, now.ToString(CultureInfo.InvariantCulture)));
        await manager.SetAuthenticationTokenAsync(user, Store, TokenName, string.Join(';', recent.Select(used => $"{used.Code}:{used.At}")));
        return true;
    }
}
