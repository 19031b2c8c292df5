using Microsoft.AspNetCore.Identity;

namespace WorkwaysPortal.Data.Accounts;

/// <summary>
/// A person who signs in to the portal. Identity's <see cref="IdentityUser{TKey}.EmailConfirmed"/> says
/// whether they proved that their address is theirs (a link sent to it): accounts from registration
/// start unconfirmed; demo accounts and those the command-line tool adds are confirmed.
/// </summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public const int PreferredLanguageMaxLength = 8;

    /// <summary>The name shown in the header and to others (not necessarily unique).</summary>
    public string DisplayName { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The language of the emails sent to this person (a two-letter code of <c>PortalLanguages</c>); null
    /// when they never chose one (accounts from before it existed): their notifications come in every language.
    /// </summary>
    public string? PreferredLanguage { get; set; }
}
