using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

public static class AccountFeature
{
    /// <summary>How long a sign-in lasts without a request (sliding: each request in its second half renews it).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// The server-side sign-in sessions behind the Identity cookie (<see cref="SignInSessionStore"/>), the
    /// lifetimes of the links account emails carry, the emails themselves, and signing in with a password or a passkey.
    /// </summary>
    public static IServiceCollection AddAccount(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SignInSessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SignInSessionStore>((options, store) => options.SessionStore = store);

        services.AddOptions<AccountOptions>().Bind(configuration.GetSection(AccountOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccountOptions>, AccountOptionsValidator>();
        services.AddOptions<PasswordResetTokenProviderOptions>()
            .Configure<IOptions<AccountOptions>>((options, account) => options.TokenLifespan = account.Value.PasswordResetLinkLifetime);
        services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<IOptions<AccountOptions>>((options, account) => options.TokenLifespan = account.Value.EmailLinkLifetime);
        services.AddTransient<PasswordResetTokenProvider>();
        services.Configure<IdentityOptions>(options =>
        {
            options.Tokens.ProviderMap[PasswordResetTokenProvider.ProviderName] = new TokenProviderDescriptor(typeof(PasswordResetTokenProvider));
            options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
            // Each authenticator code works once (replacing the provider AddDefaultTokenProviders registered).
            options.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] = new TokenProviderDescriptor(typeof(OnceOnlyAuthenticatorTokenProvider));
            options.Tokens.AuthenticatorTokenProvider = TokenOptions.DefaultAuthenticatorProvider;
        });
        services.AddTransient<OnceOnlyAuthenticatorTokenProvider>();

        services.AddScoped<AccountEmails>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasskeySignIn>();
        // The security stamp's periodic check makes new claims: a passkey sign-in keeps its roles (SecondFactor).
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = SecondFactor.KeepPasskeySignIn);
        services.AddScoped<SignInAudit>();
        return services;
    }
}
