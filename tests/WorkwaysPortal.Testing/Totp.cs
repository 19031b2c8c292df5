using System.Buffers.Binary;
using System.Security.Cryptography;

namespace WorkwaysPortal.Testing;

/// <summary>
/// What an authenticator app does with the shared key the portal shows (RFC 6238: HMAC-SHA1, 30-second
/// steps, 6 digits), so that tests can type the code a person would. The portal itself uses Identity's
/// <c>AuthenticatorTokenProvider</c>; this is the other side, written from the RFC.
/// </summary>
public static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The code for now, or <paramref name="steps"/> 30-second steps away (Identity accepts two either side).</summary>
    public static string Code(string key, int steps = 0)
    {
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + steps;
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238's HMAC-SHA1, which authenticator apps and Identity use.
        var hash = HMACSHA1.HashData(FromBase32(key), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff;
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A code the key does not give in any step Identity accepts (two either side of now).</summary>
    public static string WrongCode(string key)
    {
        var valid = Enumerable.Range(-2, 5).Select(step => Code(key, step)).ToHashSet();
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(code => !valid.Contains(code));
    }

    /// <summary>The key as shown ("abcd efgh …", any case) or as stored.</summary>
    public static byte[] FromBase32(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var clean = key.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = (buffer << 5) | Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
