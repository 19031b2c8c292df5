using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account.Manage;

/// <summary>The account's sign-in sessions and "sign out everywhere" with the password (ASVS 7.5.2), checked by replaying copied cookies.</summary>
public sealed class SessionsTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task The_page_lists_the_sessions_of_the_account_and_marks_this_one()
    {
        await Data.UserAsync("ana@example.org");
        await Data.UserAsync("someone.else@example.org");
        await AuthCookie.SignInAsync(NewClient(), "ana@example.org");
        await AuthCookie.SignInAsync(NewClient(), "someone.else@example.org");
        var here = NewClient();
        await here.SignInAsync("ana@example.org", TestData.Password);

        var html = await here.GetPageAsync("/Account/Manage/Sessions");

        Assert.Equal(2, html.Split("<tr>").Length - 2);
        Assert.Single(html.Split("This browser").Skip(1));
    }

    [Fact]
    public async Task Signing_out_everywhere_with_the_password_ends_every_session_of_the_account_this_one_included()
    {
        await Data.UserAsync("ana@example.org");
        await Data.UserAsync("someone.else@example.org");
        var here = NewClient();
        var copiedHere = await AuthCookie.SignInAsync(here, "ana@example.org");
        var elsewhere = await AuthCookie.SignInAsync(NewClient(), "ana@example.org");
        var someoneElse = await AuthCookie.SignInAsync(NewClient(), "someone.else@example.org");
        var stamp = await Data.QueryAsync(db => db.Users.Where(u => u.Email == "ana@example.org").Select(u => u.SecurityStamp).SingleAsync());

        using var wrong = await here.SubmitAsync("/Account/Manage/Sessions", [new("Input.CurrentPassword", "not my password")], "/Account/Manage/Sessions?handler=SignOutEverywhere");
        Assert.Equal("The password is not correct.", Html.FieldError(await wrong.Content.ReadAsStringAsync(), "Input.CurrentPassword"));
        Assert.True(await AuthCookie.IsSignedInAsync(App, elsewhere));

        using var response = await here.SubmitAsync("/Account/Manage/Sessions", [new("Input.CurrentPassword", TestData.Password)], "/Account/Manage/Sessions?handler=SignOutEverywhere");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await AuthCookie.IsSignedInAsync(App, copiedHere));
        Assert.False(await AuthCookie.IsSignedInAsync(App, elsewhere));
        Assert.True(await AuthCookie.IsSignedInAsync(App, someoneElse));
        Assert.NotEqual(stamp, await Data.QueryAsync(db => db.Users.Where(u => u.Email == "ana@example.org").Select(u => u.SecurityStamp).SingleAsync()));
        await here.SignInAsync("ana@example.org", TestData.Password);
    }
}
