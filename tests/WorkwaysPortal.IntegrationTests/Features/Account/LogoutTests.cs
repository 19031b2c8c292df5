using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account;

/// <summary>
/// Signing out ends the session on the server (ASVS 7.4.1): a copy of the cookie taken before is
/// refused afterwards, on this instance and on any other one over the same database.
/// </summary>
public sealed class LogoutTests(PortalDatabaseFixture database) : PortalTest(database), IDisposable
{
    private readonly PortalFactory _second = new(database.ConnectionString);

    [Fact]
    public async Task A_cookie_copied_before_signing_out_is_refused_after_it()
    {
        await Data.UserAsync("delegate@example.org");
        var browser = NewClient();
        var copied = await AuthCookie.SignInAsync(browser, "delegate@example.org");
        Assert.True(await AuthCookie.IsSignedInAsync(App, copied));

        using var _ = await browser.SubmitAsync("/", [], "/Account/Logout");

        Assert.False(await AuthCookie.IsSignedInAsync(App, copied));
        Assert.Equal(0, await Data.QueryAsync(db => db.UserSessions.CountAsync()));
    }

    [Fact]
    public async Task Signing_out_on_one_instance_ends_the_session_on_the_other()
    {
        await Data.UserAsync("delegate@example.org");
        var browser = NewClient();
        var copied = await AuthCookie.SignInAsync(browser, "delegate@example.org");
        Assert.True(await AuthCookie.IsSignedInAsync(_second, copied));

        await AuthCookie.SignOutAsync(_second, copied);

        Assert.False(await AuthCookie.IsSignedInAsync(App, copied));
        Assert.False(await AuthCookie.IsSignedInAsync(_second, copied));
    }

    public void Dispose() => _second.Dispose();
}
