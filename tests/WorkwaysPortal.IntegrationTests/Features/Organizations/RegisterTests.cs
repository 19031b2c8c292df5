using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations;

public sealed class RegisterTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private static List<KeyValuePair<string, string>> Form(string name = "Asociación de Retornados") =>
    [
        new("Input.Name", name),
        new("Input.Acronym", "AR"),
        new("Input.Sector", "migrant-organization"),
        new("Input.Countries", "GT"),
        new("Input.Countries", "HN"),
        new("Input.Offers", "reintegration"),
        new("Input.Seeks", "vocational-training"),
        new("Input.Languages", "es"),
        new("Input.Website", "https://retornados.example.org"),
        new("Input.Description", "Acompaña a personas migrantes retornadas en su reintegración."),
        new("Input.ContactEmail", "info@retornados.example.org"),
    ];

    [Fact]
    public async Task A_registered_organization_is_pending_visible_to_its_delegate_and_hidden_from_the_public()
    {
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.SubmitAsync("/Organizations/Register", Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var organization = await Data.QueryAsync(db => db.Organizations.Include(o => o.Members).SingleAsync());
        Assert.Equal(VerificationStatus.Pending, organization.Status);
        Assert.Equal(["GT", "HN"], organization.Countries);
        Assert.Single(organization.Members);
        Assert.Equal($"/Organizations/{organization.Id}", response.Headers.Location?.OriginalString);

        var ownPage = await client.GetPageAsync($"/Organizations/{organization.Id}");
        Assert.Contains("Pending review", ownPage, StringComparison.Ordinal);
        Assert.Contains("Pending review", await client.GetPageAsync("/Organizations/Mine"), StringComparison.Ordinal);

        var visitor = NewClient();
        using var publicPage = await visitor.GetAsync($"/Organizations/{organization.Id}");
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
        Assert.DoesNotContain("Asociación de Retornados", await visitor.GetPageAsync("/Organizations"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registering_is_audited_and_tells_every_moderator_in_the_app_and_by_email()
    {
        var moderator = await Data.UserAsync("moderator@example.org", Roles.Moderator);
        var admin = await Data.UserAsync("admin@example.org", Roles.Admin);
        await Data.UserAsync("bystander@example.org");
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.SubmitAsync("/Organizations/Register", Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var organization = await Data.QueryAsync(db => db.Organizations.SingleAsync());
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync());
        Assert.Equal((AuditActions.OrganizationRegistered, "delegate@example.org"), (audit.Action, audit.ActorName));
        Assert.Equal(organization.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), audit.SubjectId);
        var notified = await Data.QueryAsync(db => db.Notifications.OrderBy(n => n.UserId).Select(n => new { n.UserId, n.Kind, n.OrganizationId }).ToListAsync());
        Assert.Equal(
            new[] { moderator.Id, admin.Id }.Order(),
            notified.Select(n => n.UserId).Order());
        Assert.All(notified, n => Assert.Equal((NotificationKinds.OrganizationRegistered, organization.Id), (n.Kind, n.OrganizationId!.Value)));
        var emails = await Data.QueryAsync(db => db.OutboxEmails.OrderBy(e => e.To).ToListAsync());
        Assert.Equal(["admin@example.org", "moderator@example.org"], emails.Select(e => e.To));
        Assert.Equal("Organization to verify / Organización por verificar: Asociación de Retornados", emails[0].Subject);
        Assert.Contains($"http://127.0.0.1:5080/Moderation/Organizations/Review/{organization.Id}", emails[0].Body, StringComparison.Ordinal);

        // The moderator's notification leads to the review page.
        var moderatorClient = NewClient();
        await moderatorClient.SignInAsync("moderator@example.org", TestData.Password);
        var notifications = await moderatorClient.GetPageAsync("/Notifications");
        Assert.Contains("Asociación de Retornados was registered and is waiting for verification.", System.Net.WebUtility.HtmlDecode(notifications), StringComparison.Ordinal);
        var id = await Data.QueryAsync(db => db.Notifications.Where(n => n.UserId == moderator.Id).Select(n => n.Id).SingleAsync());
        using var open = await moderatorClient.PostAsync(
            $"/Notifications?handler=Open&id={id}", [new("__RequestVerificationToken", PortalClient.AntiforgeryToken(notifications))]);
        Assert.Equal($"/Moderation/Organizations/Review/{organization.Id}", open.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Missing_and_invalid_fields_are_reported_next_to_each_field_and_nothing_is_saved()
    {
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.SubmitAsync("/Organizations/Register",
        [
            new("Input.Name", ""),
            new("Input.Sector", "not-a-sector"),
            new("Input.Countries", "ZZ"),
            new("Input.Website", "javascript:alert(1)"),
            new("Input.Description", ""),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-valmsg-for=\"Input.Name\"", html, StringComparison.Ordinal);
        Assert.Contains("A name is required.", html, StringComparison.Ordinal);
        Assert.Contains("&quot;not-a-sector&quot; is not a known sector.", html, StringComparison.Ordinal);
        Assert.Contains("&quot;ZZ&quot; is not a known country code.", html, StringComparison.Ordinal);
        Assert.Contains("The website must be an http:// or https:// address.", html, StringComparison.Ordinal);
        Assert.Contains("A description is required.", html, StringComparison.Ordinal);
        Assert.Equal(0, await Data.QueryAsync(db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task A_name_already_in_the_directory_is_refused_whatever_its_accents_and_case()
    {
        await Data.VerifiedAsync(TestData.Profile("Asociacion de Retornados"));
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.SubmitAsync("/Organizations/Register", Form("ASOCIACIÓN DE RETORNADOS"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("An organization with this name is already registered.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Data.QueryAsync(db => db.Organizations.CountAsync()));
    }

    [Theory]
    [InlineData("El\u200B Salvador Retornados")]
    [InlineData("Retornados \u202Edetnruter")]
    [InlineData("Two\nlines")]
    public async Task A_name_with_invisible_characters_or_a_line_break_is_refused_next_to_the_field(string name)
    {
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.SubmitAsync("/Organizations/Register", Form(name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "This text must be one line, without invisible or direction-changing characters.",
            Html.FieldError(await response.Content.ReadAsStringAsync(), "Input.Name"));
        Assert.Equal(0, await Data.QueryAsync(db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task Markup_in_a_description_is_shown_as_text()
    {
        var client = await SignedInAsync("delegate@example.org");
        var form = Form();
        form.RemoveAll(f => f.Key == "Input.Description");
        form.Add(new("Input.Description", "<script>alert('x')</script><img src=x onerror=alert(1)>"));

        using var response = await client.SubmitAsync("/Organizations/Register", form);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", page, StringComparison.Ordinal);
    }
}
