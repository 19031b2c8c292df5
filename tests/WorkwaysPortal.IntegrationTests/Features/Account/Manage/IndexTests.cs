using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account.Manage;

/// <summary>Your account: the display name in the header, and the language of your emails.</summary>
public sealed class IndexTests(PortalDatabaseFixture database) : PortalTest(database), IDisposable
{
    private readonly Mailbox _mailbox = new(database.App);

    [Fact]
    public async Task The_header_shows_the_display_name_and_a_new_one_at_once()
    {
        var client = await SignedInAsync("ana@example.org");

        var before = await client.GetPageAsync("/Account/Manage");
        using var saved = await client.SubmitAsync("/Account/Manage", [new("Input.DisplayName", "Ana Pérez"), new("Input.PreferredLanguage", "en")]);
        var after = await client.GetPageAsync("/Account/Manage");

        Assert.Matches("data-testid=\"signed-in-as\"[^>]*>ana</a>", before);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Matches("data-testid=\"signed-in-as\" title=\"ana@example.org\"[^>]*>Ana Pérez</a>", after);
        Assert.Equal("Your account was saved.", Html.StatusMessage(after));
    }

    [Theory]
    [InlineData("es", "Elija una nueva contraseña para el Portal Workways", "Hola, Ana:")]
    [InlineData("fr", "Choisissez un nouveau mot de passe pour le Portail Workways", "Bonjour Ana,")]
    [InlineData("pt", "Escolha uma nova senha para o Portal Workways", "Olá, Ana,")]
    public async Task The_preferred_language_is_the_language_of_the_emails_whatever_the_language_of_the_request(string language, string subject, string greeting)
    {
        var client = await SignedInAsync("ana@example.org");
        using var saved = await client.SubmitAsync("/Account/Manage", [new("Input.DisplayName", "Ana"), new("Input.PreferredLanguage", language)]);

        using var forgot = await NewClient().SubmitAsync("/Account/ForgotPassword?culture=en", [new("Input.Email", "ana@example.org")]);

        Assert.Equal(language, await Data.QueryAsync(db => db.Users.Select(u => u.PreferredLanguage).SingleAsync()));
        var message = Assert.Single(await _mailbox.ToAsync("ana@example.org"));
        Assert.Equal(subject, message.Subject);
        Assert.StartsWith(greeting, message.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de", "Input.PreferredLanguage", "Choose a language.")]
    [InlineData("", "Input.PreferredLanguage", "Choose a language.")]
    public async Task A_language_the_portal_does_not_speak_is_refused_next_to_the_field(string language, string field, string message)
    {
        var client = await SignedInAsync("ana@example.org");

        using var response = await client.SubmitAsync("/Account/Manage", [new("Input.DisplayName", "Ana"), new("Input.PreferredLanguage", language)]);

        Assert.Equal(message, Html.FieldError(await response.Content.ReadAsStringAsync(), field));
        Assert.Null(await Data.QueryAsync(db => db.Users.Select(u => u.PreferredLanguage).SingleAsync()));
    }

    [Fact]
    public async Task The_page_says_whether_the_address_is_confirmed()
    {
        var client = await SignedInAsync("ana@example.org");

        var html = await client.GetPageAsync("/Account/Manage");

        Assert.Contains("data-testid=\"email-confirmed\">Confirmed</span>", html, StringComparison.Ordinal);
    }

    public void Dispose() => _mailbox.Dispose();
}
