using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account;

/// <summary>
/// Creating an account: the password policy (NIST SP 800-63B, ASVS 6.2), the emailed link that confirms
/// the address before the account may register an organization or propose a partnership (ASVS 6.1.x),
/// and the same answer for a taken address as for a new one (ASVS 6.3.x, no enumeration).
/// </summary>
public sealed class RegisterTests(PortalDatabaseFixture database) : PortalTest(database), IDisposable
{
    private readonly Mailbox _mailbox = new(database.App);

    [Theory]
    [InlineData("en", "This password is on a list of common passwords that attackers try first. Choose another one.")]
    [InlineData("es", "Esta contraseña está en una lista de contraseñas comunes, las primeras que prueban los atacantes. Elija otra.")]
    [InlineData("fr", "Ce mot de passe figure sur une liste de mots de passe courants que les attaquants essaient en premier. Choisissez-en un autre.")]
    [InlineData("pt", "Esta senha está em uma lista de senhas comuns, as primeiras que os atacantes tentam. Escolha outra.")]
    public async Task A_common_password_is_refused_next_to_the_field_in_the_readers_language(string culture, string message)
    {
        var client = NewClient();
        await client.GetPageAsync($"/?culture={culture}");

        using var response = await RegisterAsync(client, "ana@example.org", "Qwerty123456");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, Html.FieldError(html, "Input.Password"));
        Assert.Equal(0, await Data.QueryAsync(db => db.Users.CountAsync()));
    }

    [Theory]
    [InlineData("ñandú y kiwi")]
    [InlineData("the moon at 9")]
    [InlineData("123 456 789 0")]
    public async Task Twelve_characters_of_any_kind_are_enough(string password)
    {
        using var response = await RegisterAsync(NewClient(), "ana@example.org", password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await Data.QueryAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Eleven_characters_are_too_few_and_the_form_says_how_many_are_needed()
    {
        using var response = await RegisterAsync(NewClient(), "ana@example.org", "eleven char");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("The password must have between 12 and 200 characters.", Html.FieldError(html, "Input.Password"));
        Assert.Contains("At least 12 characters, any characters you like.", html, StringComparison.Ordinal);
        Assert.Matches("<script src=\"/js/password-hint[^\"]*\\.js\"", html);
        Assert.Equal(0, await Data.QueryAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_new_account_is_an_unconfirmed_delegate_until_the_emailed_link_confirms_it()
    {
        var client = NewClient();
        await client.GetPageAsync("/?culture=es");

        using var registered = await RegisterAsync(client, "ana@example.org", Password);

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.StartsWith("/Account/Login", registered.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var user = await Data.QueryAsync(db => db.Users.AsNoTracking().SingleAsync());
        Assert.False(user.EmailConfirmed);
        Assert.Equal("es", user.PreferredLanguage);
        Assert.Equal(1, await Data.QueryAsync(db => db.UserRoles.CountAsync()));

        // Signed in but unconfirmed: registering an organization waits for the confirmation.
        await client.SignInAsync("ana@example.org", Password);
        using var blocked = await client.GetAsync("/Organizations/Register");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal("/Account/ConfirmationNeeded?returnUrl=%2FOrganizations%2FRegister", blocked.Headers.Location?.OriginalString);

        var message = Assert.Single(await _mailbox.ToAsync("ana@example.org"));
        Assert.Equal("Confirme su correo electrónico para el Portal Workways", message.Subject);
        await ConfirmAsync(client, Mailbox.LinkTo(message, "/Account/ConfirmEmail"));

        Assert.True(await Data.QueryAsync(db => db.Users.Select(u => u.EmailConfirmed).SingleAsync()));
        using var allowed = await client.GetAsync("/Organizations/Register");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Opening_the_link_confirms_nothing_until_its_button_is_pressed_and_a_wrong_code_is_refused()
    {
        await RegisterAsync(NewClient(), "ana@example.org", Password);
        var link = Mailbox.LinkTo(Assert.Single(await _mailbox.ToAsync("ana@example.org")), "/Account/ConfirmEmail");
        var client = NewClient();

        await client.GetPageAsync(link);
        Assert.False(await Data.QueryAsync(db => db.Users.Select(u => u.EmailConfirmed).SingleAsync()));
        var userId = await Data.QueryAsync(db => db.Users.Select(u => u.Id).SingleAsync());
        using var wrong = await client.SubmitAsync(link, [new("user", userId.ToString()), new("code", "bm90IGEgdG9rZW4")]);

        Assert.Contains("This link is no longer valid.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await Data.QueryAsync(db => db.Users.Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task An_unconfirmed_account_can_have_the_link_sent_again()
    {
        await RegisterAsync(NewClient(), "ana@example.org", Password);
        var client = NewClient();
        await client.SignInAsync("ana@example.org", Password);

        var page = await client.GetPageAsync("/Account/ConfirmationNeeded");
        using var resent = await client.SubmitAsync("/Account/ConfirmationNeeded", []);

        Assert.Contains("confirm that ana@example.org is yours", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        var messages = await _mailbox.ToAsync("ana@example.org");
        Assert.Equal(2, messages.Count);
        await ConfirmAsync(client, Mailbox.LinkTo(messages[^1], "/Account/ConfirmEmail"));
        Assert.True(await Data.QueryAsync(db => db.Users.Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task An_unconfirmed_account_cannot_propose_a_partnership_through_the_api()
    {
        await RegisterAsync(NewClient(), "ana@example.org", Password);
        var client = NewClient();
        await client.SignInAsync("ana@example.org", Password);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/proposals", UriKind.Relative))
        {
            Content = JsonContent.Create(new { proposerOrganizationId = 1, title = "Anything" }),
        };
        request.Headers.Add("RequestVerificationToken", PortalClient.AntiforgeryToken(await client.GetPageAsync("/Account/Login")));

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Confirm your email address first.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_address_gets_the_answer_a_new_one_gets_and_its_owner_an_email_instead_of_a_second_account()
    {
        await Data.UserAsync("taken@example.org");
        var first = NewClient();
        var second = NewClient();

        using var taken = await RegisterAsync(first, "taken@example.org", Password);
        using var fresh = await RegisterAsync(second, "fresh@example.org", Password);

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(fresh.StatusCode, taken.StatusCode);
        Assert.Equal(fresh.Headers.Location, taken.Headers.Location);
        Assert.Equal(
            "We have sent a link to taken@example.org to confirm the address. Open it, then sign in.",
            Html.StatusMessage(await first.GetPageAsync("/Account/Login")));
        Assert.Equal(
            "We have sent a link to fresh@example.org to confirm the address. Open it, then sign in.",
            Html.StatusMessage(await second.GetPageAsync("/Account/Login")));
        Assert.Equal(2, await Data.QueryAsync(db => db.Users.CountAsync()));
        var notice = Assert.Single(await _mailbox.ToAsync("taken@example.org"));
        Assert.Equal("Someone tried to create a Workways Portal account with your address", notice.Subject);
        Assert.Equal("/Account/ForgotPassword", new Uri("http://portal" + Mailbox.LinkTo(notice, "/Account/ForgotPassword")).AbsolutePath);
        await NewClient().SignInAsync("taken@example.org", TestData.Password);
    }

    [Fact]
    public async Task A_common_password_is_refused_for_a_taken_address_as_for_a_new_one()
    {
        await Data.UserAsync("taken@example.org");

        using var response = await RegisterAsync(NewClient(), "taken@example.org", "1qaz2wsx3edc");

        Assert.Equal(UserMessages.PasswordTooCommon, Html.FieldError(await response.Content.ReadAsStringAsync(), "Input.Password"));
        Assert.Empty(await _mailbox.DeliverAsync());
    }

    public void Dispose() => _mailbox.Dispose();

    private const string Password = "a long enough password";

    private static Task<HttpResponseMessage> RegisterAsync(PortalClient client, string email, string password) =>
        client.SubmitAsync("/Account/Register",
        [
            new("Input.DisplayName", "Ana"), new("Input.Email", email), new("Input.Password", password), new("Input.ConfirmPassword", password),
        ]);

    /// <summary>Opens the confirmation link and presses its button.</summary>
    private static async Task ConfirmAsync(PortalClient client, string link)
    {
        using var confirmed = await client.SubmitAsync(link, []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
    }
}
