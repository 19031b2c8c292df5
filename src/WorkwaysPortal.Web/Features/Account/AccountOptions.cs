using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>Section <c>Account</c>: how long the links the account emails carry stay valid, who needs a second factor, and how failed sign-ins are held back.</summary>
public sealed class AccountOptions
{
    public const string Section = "Account";

    /// <summary>
    /// Moderators, staff and administrators must turn on two-factor authentication before they can use
    /// their role (ASVS 6.3.3). True unless configured otherwise; only the <c>Testing</c> environment turns it
    /// off, and the tests of the rule turn it back on.
    /// </summary>
    public bool RequireTwoFactorForRoles { get; set; } = true;

    /// <summary>A password reset link works once, within this time (at most a day).</summary>
    public TimeSpan PasswordResetLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A link that confirms an email address (new account, changed address) works within this time (at most a week).</summary>
    public TimeSpan EmailLinkLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Wrong passwords for one account from one address before that address has to wait between tries.</summary>
    public int FailedSignInsBeforeDelay { get; set; } = 5;

    /// <summary>The first wait; each further failure from the same address doubles it, up to <see cref="LongestSignInDelay"/>.</summary>
    public TimeSpan FirstSignInDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan LongestSignInDelay { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Checks <see cref="AccountOptions"/> at start-up, naming the bad key.</summary>
public sealed class AccountOptionsValidator : IValidateOptions<AccountOptions>
{
    public ValidateOptionsResult Validate(string? name, AccountOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.PasswordResetLinkLifetime <= TimeSpan.Zero || options.PasswordResetLinkLifetime > TimeSpan.FromDays(1))
        {
            failures.Add($"{AccountOptions.Section}:{nameof(AccountOptions.PasswordResetLinkLifetime)} must be more than 0 and at most 1.00:00:00.");
        }

        if (options.EmailLinkLifetime <= TimeSpan.Zero || options.EmailLinkLifetime > TimeSpan.FromDays(7))
        {
            failures.Add($"{AccountOptions.Section}:{nameof(AccountOptions.EmailLinkLifetime)} must be more than 0 and at most 7.00:00:00.");
        }

        if (options.FailedSignInsBeforeDelay is < 1 or > 100)
        {
            failures.Add($"{AccountOptions.Section}:{nameof(AccountOptions.FailedSignInsBeforeDelay)} must be from 1 to 100.");
        }

        if (options.FirstSignInDelay <= TimeSpan.Zero || options.LongestSignInDelay < options.FirstSignInDelay || options.LongestSignInDelay > TimeSpan.FromDays(1))
        {
            failures.Add($"{AccountOptions.Section}:{nameof(AccountOptions.FirstSignInDelay)} must be more than 0, and {nameof(AccountOptions.LongestSignInDelay)} at least as long and at most 1.00:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>
/// Password reset links: Identity's Data Protection tokens under a purpose of their own and with a
/// shorter life (<see cref="AccountOptions.PasswordResetLinkLifetime"/>). A token holds the account's
/// security stamp, which the reset changes, so a link works once.
/// </summary>
public sealed class PasswordResetTokenProvider(
    IDataProtectionProvider protection, IOptions<PasswordResetTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<ApplicationUser>> logger)
    : DataProtectorTokenProvider<ApplicationUser>(protection, options, logger)
{
    public const string ProviderName = "PasswordReset";
}

public sealed class PasswordResetTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public PasswordResetTokenProviderOptions() => Name = PasswordResetTokenProvider.ProviderName;
}
