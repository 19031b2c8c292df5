using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.IntegrationTests.Matching;
using WorkwaysPortal.IntegrationTests.Security;
using WorkwaysPortal.Testing;
using WorkwaysPortal.Web.Features.Account;

namespace WorkwaysPortal.IntegrationTests.Features.Account;

/// <summary>
/// Moderators, staff and administrators need a second factor to use their role (ASVS 6.3.3), on a
/// portal with <c>Account:RequireTwoFactorForRoles</c> on, as it is by default (the shared test portal
/// turns it off, see docs/security.md).
/// </summary>
public sealed class SecondFactorRequirementTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private const string Moderator = "marta@example.org";

    [Fact]
    public async Task A_moderator_without_two_factor_is_sent_to_set_it_up_and_cannot_use_the_role_until_then()
    {
        await using var app = RequiringTwoFactor();
        var data = new TestData(app);
        await data.UserAsync(Moderator, Roles.Moderator);
        using var client = new PortalClient(app);

        using var signIn = await client.SubmitAsync("/Account/Login?ReturnUrl=%2FModeration", [new("Input.Email", Moderator), new("Input.Password", TestData.Password)]);

        Assert.Equal("/Account/Manage/TwoFactor?ReturnUrl=%2FModeration", signIn.Headers.Location?.OriginalString);
        var page = await client.GetPageAsync(signIn.Headers.Location!.OriginalString);
        Assert.Contains("Your role (Moderator) needs two-factor authentication.", page, StringComparison.Ordinal);
        foreach (var url in new[] { "/Moderation", "/Moderation/Organizations", "/Proposals/Export?format=csv" })
        {
            using var refused = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/Account/Manage/TwoFactor?returnUrl=", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        var key = await TwoFactorSignIn.StartAsync(client);
        Assert.Equal(10, (await TwoFactorSignIn.EnableAsync(client, key)).Count);

        using var moderation = await client.GetAsync("/Moderation");
        Assert.Equal(HttpStatusCode.OK, moderation.StatusCode);
        using var again = new PortalClient(app);
        using (var password = await again.SubmitAsync("/Account/Login", [new("Input.Email", Moderator), new("Input.Password", TestData.Password)]))
        {
            Assert.StartsWith("/Account/LoginWith2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Through_the_api_a_privileged_account_without_two_factor_gets_a_403_that_says_why()
    {
        await using var app = RequiringTwoFactor();
        var data = new TestData(app);
        var moderator = await data.UserAsync(Moderator, Roles.Moderator);
        var proposer = await data.VerifiedAsync(TestData.Profile("Proposer Network"));
        var partner = await data.VerifiedAsync(TestData.Profile("Invited Agency"));
        await data.QueryAsync(async db =>
        {
            (await db.Organizations.FindAsync(partner.Id))!.AddMember(moderator.Id, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var proposal = await data.ProposalAsync(proposer.Id, [partner.Id], ProposalAction.Submit);
        using var client = new PortalClient(app);
        using var token = await client.Http.PostAsJsonAsync("/api/v1/auth/token", new { email = Moderator, password = TestData.Password });
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());

        using var approve = await client.Http.PostAsJsonAsync($"/api/v1/proposals/{proposal.Id}/approve", new { });

        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal("application/problem+json", approve.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            "Your role needs two-factor authentication. Turn it on at /Account/Manage/TwoFactor to use it.",
            (await approve.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_delegate_is_not_asked_for_a_second_factor_and_an_administrator_with_one_uses_the_role()
    {
        await using var app = RequiringTwoFactor();
        var data = new TestData(app);
        await data.UserAsync("ana@example.org");
        await data.UserAsync("root@example.org", Roles.Admin);
        var key = await data.TwoFactorAsync("root@example.org");
        using var delegateClient = new PortalClient(app);
        using var admin = new PortalClient(app);

        using var delegateSignIn = await delegateClient.SubmitAsync("/Account/Login", [new("Input.Email", "ana@example.org"), new("Input.Password", TestData.Password)]);
        using (await admin.SubmitAsync("/Account/Login", [new("Input.Email", "root@example.org"), new("Input.Password", TestData.Password)]))
        using (var code = await admin.SubmitAsync("/Account/LoginWith2fa", [new("Input.Code", Totp.Code(key))]))
        {
            Assert.Equal("/", code.Headers.Location?.OriginalString);
        }

        Assert.Equal("/", delegateSignIn.Headers.Location?.OriginalString);
        using var dashboard = await admin.GetAsync("/Staff/Dashboard");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task A_moderator_signed_in_with_a_passkey_uses_the_role_and_keeps_it_when_the_sign_in_is_refreshed()
    {
        await using var app = RequiringTwoFactor();
        await new TestData(app).UserAsync(Moderator, Roles.Moderator);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var user = (await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(Moderator))!;
        var http = new DefaultHttpContext { RequestServices = services };
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = http;
        var claims = services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();

        http.Items[SecondFactor.SignInMethodItem] = SecondFactor.PasskeyMethod;
        var passkey = await claims.CreateAsync(user);
        http.Items[SecondFactor.SignInMethodItem] = SecondFactor.PasswordMethod;
        var password = await claims.CreateAsync(user);
        // A refresh in a request of the passkey sign-in (a changed display name): no sign-in is being made.
        http.Items.Remove(SecondFactor.SignInMethodItem);
        http.User = passkey;
        var refreshed = await claims.CreateAsync(user);
        // The security stamp's periodic check makes new claims before the request has a user.
        http.User = new ClaimsPrincipal(new ClaimsIdentity());
        var stamp = new SecurityStampRefreshingPrincipalContext { CurrentPrincipal = passkey, NewPrincipal = await claims.CreateAsync(user) };
        Assert.False(stamp.NewPrincipal.IsInRole(Roles.Moderator));
        await SecondFactor.KeepPasskeySignIn(stamp);

        Assert.True(passkey.IsInRole(Roles.Moderator));
        Assert.False(SecondFactor.MustEnrol(passkey));
        Assert.False(password.IsInRole(Roles.Moderator));
        Assert.True(SecondFactor.MustEnrol(password));
        Assert.True(refreshed.IsInRole(Roles.Moderator));
        Assert.True(stamp.NewPrincipal.IsInRole(Roles.Moderator));
        Assert.True(stamp.NewPrincipal.HasClaim(SecondFactor.PasskeyClaim, user.Id.ToString()));
    }

    [Fact]
    public async Task A_password_sign_in_of_another_account_in_a_browser_signed_in_with_a_passkey_is_not_a_passkey_sign_in()
    {
        await using var app = RequiringTwoFactor();
        var data = new TestData(app);
        await data.UserAsync(Moderator, Roles.Moderator);
        var other = await data.UserAsync("root@example.org", Roles.Admin);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var http = new DefaultHttpContext { RequestServices = services };
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = http;
        var claims = services.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        http.Items[SecondFactor.SignInMethodItem] = SecondFactor.PasskeyMethod;
        http.User = await claims.CreateAsync((await users.FindByEmailAsync(Moderator))!);
        http.Items.Remove(SecondFactor.SignInMethodItem);

        var refreshOfAnother = await claims.CreateAsync((await users.FindByIdAsync(other.Id.ToString()))!);

        Assert.False(refreshOfAnother.IsInRole(Roles.Admin));
    }

    private ConfiguredPortal RequiringTwoFactor() =>
        new(Database.ConnectionString, new Dictionary<string, string?> { ["Account:RequireTwoFactorForRoles"] = "true" });
}
