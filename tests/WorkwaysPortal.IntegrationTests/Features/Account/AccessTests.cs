using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account;

public sealed class AccessTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Theory]
    [InlineData("/Organizations/Register")]
    [InlineData("/Organizations/Mine")]
    [InlineData("/Organizations/1/Edit")]
    [InlineData("/Moderation/Organizations")]
    [InlineData("/Moderation/Organizations/Review/1")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        using var response = await NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_an_antiforgery_token_is_rejected_and_changes_nothing()
    {
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.PostAsync("/Organizations/Register",
        [
            new("Input.Name", "Forged Organization"),
            new("Input.Sector", "civil-society"),
            new("Input.Countries", "GT"),
            new("Input.Description", "Posted from another site."),
        ]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Data.QueryAsync(db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task Registration_errors_appear_next_to_the_fields()
    {
        await Data.UserAsync("taken@example.org");

        using var response = await NewClient().SubmitAsync("/Account/Register",
        [
            new("Input.DisplayName", "Someone"),
            new("Input.Email", "taken@example.org"),
            new("Input.Password", "short"),
            new("Input.ConfirmPassword", "different"),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The password must have between 12 and 200 characters.", html, StringComparison.Ordinal);
        Assert.Contains("The two passwords do not match.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_hold_back_the_right_one_and_the_answer_does_not_say_whether_the_account_exists()
    {
        await Data.UserAsync("target@example.org");
        var client = NewClient();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await client.SubmitAsync("/Account/Login", [new("Input.Email", "target@example.org"), new("Input.Password", "wrong password")]);
        }

        using var locked = await client.SubmitAsync("/Account/Login", [new("Input.Email", "target@example.org"), new("Input.Password", TestData.Password)]);
        using var unknown = await client.SubmitAsync("/Account/Login", [new("Input.Email", "nobody@example.org"), new("Input.Password", TestData.Password)]);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        var message = Html.FormError(await locked.Content.ReadAsStringAsync());
        Assert.Equal("The email or password is not correct. After 5 failed attempts, each new attempt from the same place has to wait, longer each time.", message);
        Assert.Equal(message, Html.FormError(await unknown.Content.ReadAsStringAsync()));
        // Held back is not locked: the account itself stays open to its owner elsewhere (SignInThrottleTests).
        Assert.Null(await Data.QueryAsync(db => db.Users.Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await SignedInAsync("delegate@example.org");

        using var _ = await client.SubmitAsync("/", [], "/Account/Logout");
        using var response = await client.GetAsync("/Organizations/Mine");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
