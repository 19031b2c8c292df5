using Microsoft.AspNetCore.Identity;
using WorkwaysPortal.Domain;

namespace WorkwaysPortal.Data.Accounts;

/// <summary>
/// The password rules of NIST SP 800-63B (ASVS 6.2.1–6.2.12): at least <see cref="MinimumLength"/>
/// characters, any characters, no composition rules, and not one of the common passwords shipped with
/// the portal (<c>common-passwords.txt</c>, see its README). The same for the web portal and the
/// command-line tool (<see cref="DataServiceCollectionExtensions.ConfigureIdentity"/>).
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;

    /// <summary>What a form accepts (NIST asks for at least 64); Identity's hash takes any length.</summary>
    public const int MaximumLength = 200;

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    /// <summary>How many common passwords the list holds.</summary>
    public static int CommonCount => Common.Value.Count;

    /// <summary>Whether <paramref name="password"/> is on the list, whatever its letters' case.</summary>
    public static bool IsCommon(string? password) => password is not null && Common.Value.Contains(password);

    private static HashSet<string> Load()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("WorkwaysPortal.Data.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded in WorkwaysPortal.Data.");
        using var reader = new StreamReader(stream);
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords;
    }
}

/// <summary>Refuses a password on the common password list (<see cref="PasswordPolicy.IsCommon"/>).</summary>
public sealed class CommonPasswordValidator(IdentityErrorDescriber? describer = null) : IPasswordValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password) =>
        Task.FromResult(PasswordPolicy.IsCommon(password)
            ? IdentityResult.Failed((describer as PortalIdentityErrorDescriber ?? PortalIdentityErrorDescriber.English).PasswordTooCommon())
            : IdentityResult.Success);
}

/// <summary>Identity's errors plus the portal's own, in English; the web portal's describer translates them.</summary>
public class PortalIdentityErrorDescriber : IdentityErrorDescriber
{
    public static PortalIdentityErrorDescriber English { get; } = new();

    public virtual IdentityError PasswordTooCommon() =>
        new() { Code = nameof(PasswordTooCommon), Description = UserMessages.PasswordTooCommon };
}
