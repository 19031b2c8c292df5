using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account.Manage;

/// <summary>
/// The account's passkeys: the list, renaming, removing after the password, the options for adding one and for
/// signing in with one, and that nobody reaches another account's passkeys (ASVS 6.5.x, 7.5.1, 8.2.2). Making and
/// using a real passkey needs a browser: <c>BrowserTests/Journeys/PasskeyJourneyTests</c>.
/// </summary>
public sealed class PasskeysTests(PortalDatabaseFixture database) : PortalTest(database), IDisposable
{
    private const string Email = "ana@example.org";
    private const string Page = "/Account/Manage/Passkeys";
    private readonly Mailbox _mailbox = new(database.App);

    [Fact]
    public async Task The_page_lists_the_accounts_own_passkeys_by_name_and_date()
    {
        var client = await SignedInAsync(Email);
        Assert.Contains("Your account has no passkey yet.", await client.GetPageAsync(Page), StringComparison.Ordinal);
        await Data.PasskeyAsync(Email, "Work laptop", new DateTimeOffset(2026, 11, 3, 9, 30, 0, TimeSpan.Zero));
        await Data.PasskeyAsync(Email, null);
        await Data.UserAsync("bruno@example.org");
        await Data.PasskeyAsync("bruno@example.org", "Bruno's phone");

        var page = await client.GetPageAsync(Page);

        Assert.Contains("<td data-label=\"Name\">Work laptop</td>", page, StringComparison.Ordinal);
        Assert.Contains("11/3/2026", page, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Name\">Unnamed passkey</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Bruno", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_changes_the_name_and_an_empty_name_is_refused_next_to_the_field()
    {
        var client = await SignedInAsync(Email);
        var id = await Data.PasskeyAsync(Email, "Phone");
        Assert.Contains("value=\"Phone\"", await client.GetPageAsync($"{Page}?rename={id}"), StringComparison.Ordinal);

        using var empty = await client.SubmitAsync($"{Page}?rename={id}", [new("Rename.Id", id), new("Rename.Name", " ")], $"{Page}?handler=Rename");
        using var renamed = await client.SubmitAsync($"{Page}?rename={id}", [new("Rename.Id", id), new("Rename.Name", "  Pixel 9 ")], $"{Page}?handler=Rename");

        Assert.Equal("Enter a name for the passkey.", Html.FieldError(await empty.Content.ReadAsStringAsync(), "Rename.Name"));
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Pixel 9", Assert.Single(await PasskeysOfAsync(Email)).Name);
    }

    [Fact]
    public async Task Removing_needs_the_password_then_removes_it_ends_other_sessions_and_mails_a_notice()
    {
        var client = await SignedInAsync(Email);
        using var elsewhere = NewClient();
        await elsewhere.SignInAsync(Email, TestData.Password);
        var id = await Data.PasskeyAsync(Email, "Old phone");
        var confirmation = await client.GetPageAsync($"{Page}?remove={id}");
        Assert.Contains("Remove the passkey Old phone?", confirmation, StringComparison.Ordinal);

        using var wrong = await client.SubmitAsync($"{Page}?remove={id}", [new("Remove.Id", id), new("Remove.CurrentPassword", "not my password")], $"{Page}?handler=Remove");
        Assert.Equal("The password is not correct.", Html.FieldError(await wrong.Content.ReadAsStringAsync(), "Remove.CurrentPassword"));
        Assert.Single(await PasskeysOfAsync(Email));

        using var removed = await client.SubmitAsync($"{Page}?remove={id}", [new("Remove.Id", id), new("Remove.CurrentPassword", TestData.Password)], $"{Page}?handler=Remove");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await PasskeysOfAsync(Email));
        Assert.Equal("The passkey was removed. It cannot sign in any more.", Html.StatusMessage(await client.GetPageAsync(Page)));
        using var ended = await elsewhere.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/Account/Login", ended.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("A passkey was removed from your Workways Portal account", Assert.Single(await _mailbox.ToAsync(Email)).Subject);
    }

    [Fact]
    public async Task Nobody_renames_removes_or_opens_another_accounts_passkey()
    {
        await Data.UserAsync("bruno@example.org");
        var theirs = await Data.PasskeyAsync("bruno@example.org", "Bruno's phone");
        var client = await SignedInAsync(Email);

        using var rename = await client.GetAsync($"{Page}?rename={theirs}");
        using var remove = await client.GetAsync($"{Page}?remove={theirs}");
        using var renamed = await client.SubmitAsync(Page, [new("Rename.Id", theirs), new("Rename.Name", "Mine now")], $"{Page}?handler=Rename");
        using var removed = await client.SubmitAsync(Page, [new("Remove.Id", theirs), new("Remove.CurrentPassword", TestData.Password)], $"{Page}?handler=Remove");
        using var garbage = await client.SubmitAsync(Page, [new("Remove.Id", "%%%"), new("Remove.CurrentPassword", TestData.Password)], $"{Page}?handler=Remove");

        Assert.All([rename, remove, renamed, removed, garbage], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal("Bruno's phone", Assert.Single(await PasskeysOfAsync("bruno@example.org")).Name);
    }

    [Fact]
    public async Task The_options_for_a_new_passkey_need_the_password_and_a_credential_the_portal_did_not_ask_for_is_refused()
    {
        var client = await SignedInAsync(Email);

        using var wrong = await client.SubmitAsync(Page, [new("Add.CurrentPassword", "not my password")], $"{Page}?handler=CreationOptions");
        using var options = await client.SubmitAsync(Page, [new("Add.CurrentPassword", TestData.Password)], $"{Page}?handler=CreationOptions");
        using var forged = await client.SubmitAsync(
            Page, [new("Add.CurrentPassword", TestData.Password), new("Add.Name", "Forged"), new("Add.CredentialJson", """{"id":"AAAA","type":"public-key"}""")],
            $"{Page}?handler=Add");

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("application/json", options.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await options.Content.ReadAsStringAsync());
        Assert.Equal(Email, json.RootElement.GetProperty("user").GetProperty("name").GetString());
        Assert.True(WebEncoders.Base64UrlDecode(json.RootElement.GetProperty("challenge").GetString()!).Length >= 16);
        Assert.Equal(
            "The passkey could not be added. Try again, or use another browser or device.",
            Html.FormError(await forged.Content.ReadAsStringAsync()));
        Assert.Empty(await PasskeysOfAsync(Email));
    }

    [Fact]
    public async Task Signing_in_with_a_passkey_offers_no_account_and_refuses_a_forged_credential()
    {
        await Data.UserAsync(Email);
        await Data.PasskeyAsync(Email, "Phone");
        using var client = NewClient();

        using var options = await client.SubmitAsync("/Account/Login", [], "/Account/Login?handler=PasskeyOptions");
        using var forged = await client.SubmitAsync("/Account/Login", [new("credentialJson", """{"id":"AAAA","type":"public-key"}""")], "/Account/Login?handler=Passkey");

        using var json = JsonDocument.Parse(await options.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.TryGetProperty("allowCredentials", out var allowed) && allowed.GetArrayLength() > 0);
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(
            "The passkey did not sign you in. Try again, or sign in with your email and password.",
            Html.FormError(await forged.Content.ReadAsStringAsync()));
        using var manage = await client.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, manage.StatusCode);
    }

    private async Task<IList<UserPasskeyInfo>> PasskeysOfAsync(string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetPasskeysAsync((await users.FindByEmailAsync(email))!);
    }

    public void Dispose() => _mailbox.Dispose();
}
