using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Gaps;

public sealed class NewTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private static List<KeyValuePair<string, string>> Form(string title = "Language training for nurses") =>
    [
        new("Input.Title", title),
        new("Input.Description", "Refugee nurses need English and French before placement."),
        new("Input.Requires", "language-training"),
        new("Input.Requires", "skills-assessment"),
        new("Input.Countries", "CA"),
        new("Input.Countries", "SY"),
        new("Input.GcmObjectives", "18"),
        new("Input.GcmObjectives", "5"),
        new("Input.Priority", "High"),
    ];

    private async Task<(PortalClient Client, int OrganizationId)> DelegateAsync(string email = "owner@example.org", string name = "Talent Beyond Boundaries")
    {
        var owner = await Data.UserAsync(email);
        var organization = await Data.PendingAsync(TestData.Profile(name, countries: ["CA"]), owner.Id);
        var client = NewClient();
        await client.SignInAsync(email, TestData.Password);
        return (client, organization.Id);
    }

    [Fact]
    public async Task A_delegate_raises_a_gap_for_their_organization_and_every_value_is_saved()
    {
        var (client, organizationId) = await DelegateAsync();

        using var response = await client.SubmitAsync($"/Organizations/{organizationId}/Gaps/New", Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var gap = await Data.QueryAsync(db => db.Gaps.SingleAsync());
        Assert.Equal($"/Gaps/{gap.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(organizationId, gap.RaisedByOrganizationId);
        Assert.Equal("Language training for nurses", gap.Title);
        Assert.Equal("Refugee nurses need English and French before placement.", gap.Description);
        Assert.Equal(["language-training", "skills-assessment"], gap.Requires);
        Assert.Equal(["CA", "SY"], gap.Countries);
        Assert.Equal([5, 18], gap.GcmObjectives);
        Assert.Equal(GapPriority.High, gap.Priority);
        Assert.Equal(GapStatus.Open, gap.Status);
        Assert.NotNull(gap.CreatedBy);
    }

    [Fact]
    public async Task The_form_starts_with_the_organizations_countries()
    {
        var (client, organizationId) = await DelegateAsync();

        var html = await client.GetPageAsync($"/Organizations/{organizationId}/Gaps/New");

        Assert.Contains("<option value=\"CA\" selected=\"selected\">Canada</option>", html, StringComparison.Ordinal);
        Assert.Contains("<legend class=\"h5\">What it requires</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<legend class=\"h5\">GCM objectives</legend>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Input.Title", "", "Input.Title", "A title is required.")]
    [InlineData("Input.Countries", "ZZ", "Input.Countries", "\"ZZ\" is not a known country code.")]
    [InlineData("Input.GcmObjectives", "99", "Input.GcmObjectives", "99 is not a GCM objective (1 to 23).")]
    [InlineData("Input.Requires", "flying", "Input.Requires", "\"flying\" is not a known capability.")]
    [InlineData("Input.Priority", "urgent", "Input.Priority", "The value \"urgent\" is not valid for Priority.")]
    [InlineData("Input.Priority", "77", "Input.Priority", "The value \"77\" is not valid.")]
    public async Task Bad_values_get_a_field_error_next_to_the_field_and_nothing_is_saved(string field, string value, string errorFor, string message)
    {
        var (client, organizationId) = await DelegateAsync();
        var form = Form().Where(f => f.Key != field).Append(new(field, value)).ToList();

        using var response = await client.SubmitAsync($"/Organizations/{organizationId}/Gaps/New", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, Html.FieldError(await response.Content.ReadAsStringAsync(), errorFor));
        Assert.Equal(0, await Data.QueryAsync(db => db.Gaps.CountAsync()));
    }

    [Fact]
    public async Task Required_fields_left_empty_each_get_their_own_error()
    {
        var (client, organizationId) = await DelegateAsync();

        using var response = await client.SubmitAsync($"/Organizations/{organizationId}/Gaps/New", [new("Input.Title", " ")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("A title is required.", Html.FieldError(html, "Input.Title"));
        Assert.Equal("A description is required.", Html.FieldError(html, "Input.Description"));
        Assert.Equal("Choose at least one capability.", Html.FieldError(html, "Input.Requires"));
        Assert.Equal("Choose at least one country.", Html.FieldError(html, "Input.Countries"));
    }

    [Fact]
    public async Task Field_errors_are_in_Spanish_on_the_Spanish_page()
    {
        var (client, organizationId) = await DelegateAsync();

        using var response = await client.SubmitAsync(
            $"/Organizations/{organizationId}/Gaps/New?culture=es", Form().Where(f => f.Key != "Input.Title").Append(new("Input.Title", "")));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("El título es obligatorio.", Html.FieldError(html, "Input.Title"));
        Assert.Contains("Qué requiere", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_delegate_gets_404_for_an_organization_they_may_not_see_and_nothing_is_written()
    {
        // The organization is still pending: to anyone but its delegates it does not exist.
        var (_, organizationId) = await DelegateAsync();
        var (intruder, ownOrganizationId) = await DelegateAsync("intruder@example.org", "Intruder Org");
        var token = PortalClient.AntiforgeryToken(await intruder.GetPageAsync($"/Organizations/{ownOrganizationId}/Gaps/New"));

        using var get = await intruder.GetAsync($"/Organizations/{organizationId}/Gaps/New");
        using var post = await intruder.PostAsync($"/Organizations/{organizationId}/Gaps/New", [.. Form(), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await Data.QueryAsync(db => db.Gaps.CountAsync()));
    }

    [Fact]
    public async Task A_forged_organization_id_in_the_form_cannot_move_the_gap_to_another_organization()
    {
        var (_, victimId) = await DelegateAsync();
        var (intruder, ownOrganizationId) = await DelegateAsync("intruder@example.org", "Intruder Org");
        var forged = victimId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var response = await intruder.SubmitAsync(
            $"/Organizations/{ownOrganizationId}/Gaps/New",
            [.. Form(), new("organizationId", forged), new("id", forged), new("Input.RaisedByOrganizationId", forged), new("Input.OrganizationId", forged)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var gap = await Data.QueryAsync(db => db.Gaps.SingleAsync());
        Assert.Equal(ownOrganizationId, gap.RaisedByOrganizationId);
    }

    [Fact]
    public async Task An_administrator_may_raise_a_gap_for_any_organization()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Any Organization"));
        var admin = await SignedInAsync("admin@example.org", Roles.Admin);

        using var response = await admin.SubmitAsync($"/Organizations/{organization.Id}/Gaps/New", Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(organization.Id, (await Data.QueryAsync(db => db.Gaps.SingleAsync())).RaisedByOrganizationId);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Any Organization"));

        using var response = await NewClient().GetAsync($"/Organizations/{organization.Id}/Gaps/New");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_organization_is_404()
    {
        var client = await SignedInAsync("owner@example.org");

        using var response = await client.GetAsync("/Organizations/424242/Gaps/New");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
