using System.Security.Cryptography;

namespace WorkwaysPortal.Cli.Commands;

/// <summary>Random passwords for accounts created without one: about 117 bits, no look-alike characters.</summary>
internal static class PasswordGenerator
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int Length = 20;

    public static string Create() => RandomNumberGenerator.GetString(Alphabet, Length);
}
