using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Testing;

/// <summary>Builds the data a test needs directly in the database, through the app's own services.</summary>
public sealed class TestData(PortalFactory app)
{
    public const string Password = "correct horse battery";

    public async Task<ApplicationUser> UserAsync(string email, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        // Confirmed, as accounts made by the command-line tool are: tests of unconfirmed accounts say so.
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = email.Split('@')[0],
            CreatedAt = DateTimeOffset.UtcNow,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRolesAsync(user, [Roles.Delegate, .. roles.Where(r => r != Roles.Delegate)]));
        return user;
    }

    /// <summary>Turns on two-factor authentication for the account, with a new authenticator key, which it returns (<see cref="Totp"/> makes its codes).</summary>
    public async Task<string> TwoFactorAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        Check(await users.ResetAuthenticatorKeyAsync(user));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>
    /// A passkey of the account as Identity stores one (a random credential id, no real key: it cannot sign
    /// in, which the browser tests do with a virtual authenticator); returns its id as the pages write it (base64url).
    /// </summary>
    public async Task<string> PasskeyAsync(string email, string? name, DateTimeOffset? createdAt = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        var id = RandomNumberGenerator.GetBytes(32);
        var passkey = new UserPasskeyInfo(
            id, RandomNumberGenerator.GetBytes(77), createdAt ?? DateTimeOffset.UtcNow, 0, ["internal"],
            isUserVerified: true, isBackupEligible: false, isBackedUp: false, attestationObject: [], clientDataJson: [])
        {
            Name = name,
        };
        Check(await users.AddOrUpdatePasskeyAsync(user, passkey));
        return WebEncoders.Base64UrlEncode(id);
    }

    /// <summary>New recovery codes for an account with two-factor authentication.</summary>
    public async Task<IReadOnlyList<string>> RecoveryCodesAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        return [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
    }

    public static OrganizationProfile Profile(
        string name, string sector = "civil-society", string[]? countries = null, string[]? offers = null,
        string[]? seeks = null, string description = "Works with migrants.", string? acronym = null) =>
        new(name, acronym, sector, countries ?? ["GT"], offers ?? [], seeks ?? [], ["es"], "https://example.org",
            description, new OrganizationContact("Ana Pérez", "ana@example.org", "+502 5555 0000"));

    /// <summary>A verified organization, with <paramref name="delegates"/> (user ids) as its delegates.</summary>
    public async Task<Organization> VerifiedAsync(OrganizationProfile profile, params Guid[] delegates)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organization = Organization.Imported(profile, DateTimeOffset.UtcNow);
        foreach (var id in delegates)
        {
            organization.AddMember(id, DateTimeOffset.UtcNow);
        }

        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization;
    }

    public async Task<Organization> PendingAsync(OrganizationProfile profile, Guid delegateId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organization = Organization.Register(profile, delegateId, DateTimeOffset.UtcNow);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization;
    }

    public async Task<T> QueryAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
