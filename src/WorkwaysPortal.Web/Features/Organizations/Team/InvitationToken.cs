using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>
/// The secret of an invitation link: 256 random bits, URL-safe. The database keeps only its SHA-256
/// hash, so reading the invitations table gives no working link; a link is found by its hash.
/// </summary>
public static class InvitationToken
{
    /// <summary>Longer values are not tokens of ours and are not even hashed.</summary>
    public const int MaxLength = 64;

    public static (string Token, string Hash) New()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
