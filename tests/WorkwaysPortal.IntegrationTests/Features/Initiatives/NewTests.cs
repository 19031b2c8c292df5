using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Initiatives;

public sealed class NewTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private static List<KeyValuePair<string, string>> Form(params int[] participants) =>
    [
        new("Input.Title", "Talent insertion alliance"),
        new("Input.Description", "Places refugees and migrants in formal jobs in Lima."),
        new("Input.Countries", "PE"),
        new("Input.Countries", "VE"),
        new("Input.Capabilities", "job-placement"),
        new("Input.Capabilities", "employer-engagement"),
        new("Input.GcmObjectives", "16"),
        new("Input.GcmObjectives", "6"),
        new("Input.Status", "Active"),
        new("Input.StartsOn", "2025-02-01"),
        new("Input.EndsOn", "2026-01-31"),
        .. participants.Select(id => new KeyValuePair<string, string>("Input.ParticipantOrganizationIds", id.ToString(CultureInfo.InvariantCulture))),
    ];

    private async Task<(PortalClient Client, int OrganizationId)> DelegateAsync(string email = "owner@example.org", string name = "HIAS Peru")
    {
        var owner = await Data.UserAsync(email);
        var organization = await Data.PendingAsync(TestData.Profile(name, countries: ["PE"]), owner.Id);
        var client = NewClient();
        await client.SignInAsync(email, TestData.Password);
        return (client, organization.Id);
    }

    [Fact]
    public async Task A_delegate_records_an_initiative_for_their_organization_and_every_value_is_saved()
    {
        var (client, organizationId) = await DelegateAsync();
        var partner = await Data.VerifiedAsync(TestData.Profile("Lima Employers"));

        var form = await client.GetPageAsync($"/Organizations/{organizationId}/Initiatives/New");
        using var response = await client.SubmitAsync($"/Organizations/{organizationId}/Initiatives/New", Form(partner.Id));

        Assert.Contains("Lima Employers</option>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("HIAS Peru</option>", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var initiative = await Data.QueryAsync(db => db.Initiatives.SingleAsync());
        Assert.Equal($"/Initiatives/{initiative.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(organizationId, initiative.LeadOrganizationId);
        Assert.Equal("Talent insertion alliance", initiative.Title);
        Assert.Equal("Places refugees and migrants in formal jobs in Lima.", initiative.Description);
        Assert.Equal(["PE", "VE"], initiative.Countries);
        Assert.Equal(["job-placement", "employer-engagement"], initiative.Capabilities);
        Assert.Equal([6, 16], initiative.GcmObjectives);
        Assert.Equal(InitiativeStatus.Active, initiative.Status);
        Assert.Equal(new DateOnly(2025, 2, 1), initiative.StartsOn);
        Assert.Equal(new DateOnly(2026, 1, 31), initiative.EndsOn);
        var invitation = await Data.QueryAsync(db => db.InitiativeParticipants.SingleAsync());
        Assert.Equal((initiative.Id, partner.Id, ParticipationState.Invited), (invitation.InitiativeId, invitation.OrganizationId, invitation.State));
    }

    [Fact]
    public async Task Dates_are_read_the_same_on_the_Spanish_page()
    {
        var (client, organizationId) = await DelegateAsync();

        using var response = await client.SubmitAsync($"/Organizations/{organizationId}/Initiatives/New?culture=es", Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var initiative = await Data.QueryAsync(db => db.Initiatives.SingleAsync());
        Assert.Equal(new DateOnly(2025, 2, 1), initiative.StartsOn);
        Assert.Equal(new DateOnly(2026, 1, 31), initiative.EndsOn);
    }

    [Theory]
    [InlineData("Input.Title", "", "Input.Title", "A title is required.")]
    [InlineData("Input.Countries", "ZZ", "Input.Countries", "\"ZZ\" is not a known country code.")]
    [InlineData("Input.EndsOn", "2024-01-01", "Input.EndsOn", "The end date cannot be before the start date.")]
    [InlineData("Input.GcmObjectives", "99", "Input.GcmObjectives", "99 is not a GCM objective (1 to 23).")]
    [InlineData("Input.Capabilities", "flying", "Input.Capabilities", "\"flying\" is not a known capability.")]
    [InlineData("Input.StartsOn", "not a date", "Input.StartsOn", "The value \"not a date\" is not valid for Starts on.")]
    public async Task Bad_values_get_a_field_error_next_to_the_field_and_nothing_is_saved(string field, string value, string errorFor, string message)
    {
        var (client, organizationId) = await DelegateAsync();
        var form = Form().Where(f => f.Key != field).Append(new(field, value)).ToList();

        using var response = await client.SubmitAsync($"/Organizations/{organizationId}/Initiatives/New", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, Html.FieldError(await response.Content.ReadAsStringAsync(), errorFor));
        Assert.Equal(0, await Data.QueryAsync(db => db.Initiatives.CountAsync()));
    }

    [Fact]
    public async Task Participants_must_be_verified_organizations()
    {
        var (client, organizationId) = await DelegateAsync();
        var someone = await Data.UserAsync("someone@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Pending Partner"), someone.Id);

        using var response = await client.SubmitAsync($"/Organizations/{organizationId}/Initiatives/New", Form(pending.Id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            $"Organization {pending.Id} is not a verified organization of the directory.",
            Html.FieldError(await response.Content.ReadAsStringAsync(), "Input.ParticipantOrganizationIds"));
        Assert.Equal(0, await Data.QueryAsync(db => db.Initiatives.CountAsync()));
    }

    [Fact]
    public async Task Field_errors_are_in_Spanish_on_the_Spanish_page()
    {
        var (client, organizationId) = await DelegateAsync();
        var form = Form().Where(f => f.Key != "Input.EndsOn").Append(new("Input.EndsOn", "2020-01-01")).ToList();

        using var response = await client.SubmitAsync($"/Organizations/{organizationId}/Initiatives/New?culture=es", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("La fecha de fin no puede ser anterior a la de inicio.", Html.FieldError(html, "Input.EndsOn"));
        Assert.Contains("Capacidades que moviliza", html, StringComparison.Ordinal);
        Assert.Contains("Organizaciones participantes", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_delegate_gets_404_for_a_pending_organizations_record_on_GET_and_POST_and_nothing_is_written()
    {
        // The victim organization is pending: to anyone but its delegates its records do not exist.
        var (_, organizationId) = await DelegateAsync();
        var (intruder, ownOrganizationId) = await DelegateAsync("intruder@example.org", "Intruder Org");
        var token = PortalClient.AntiforgeryToken(await intruder.GetPageAsync($"/Organizations/{ownOrganizationId}/Initiatives/New"));

        using var get = await intruder.GetAsync($"/Organizations/{organizationId}/Initiatives/New");
        using var post = await intruder.PostAsync($"/Organizations/{organizationId}/Initiatives/New", [.. Form(), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(0, await Data.QueryAsync(db => db.Initiatives.CountAsync()));
    }

    [Fact]
    public async Task A_forged_organization_id_in_the_form_cannot_make_another_organization_the_lead()
    {
        var (_, victimId) = await DelegateAsync();
        var (intruder, ownOrganizationId) = await DelegateAsync("intruder@example.org", "Intruder Org");
        var forged = victimId.ToString(CultureInfo.InvariantCulture);

        using var response = await intruder.SubmitAsync(
            $"/Organizations/{ownOrganizationId}/Initiatives/New",
            [.. Form(), new("organizationId", forged), new("Input.LeadOrganizationId", forged), new("LeadOrganizationId", forged)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ownOrganizationId, (await Data.QueryAsync(db => db.Initiatives.SingleAsync())).LeadOrganizationId);
    }

    [Fact]
    public async Task An_administrator_may_record_an_initiative_for_any_organization()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Any Organization"));
        var admin = await SignedInAsync("admin@example.org", Roles.Admin);

        using var response = await admin.SubmitAsync($"/Organizations/{organization.Id}/Initiatives/New", Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Any Organization"));

        using var response = await NewClient().GetAsync($"/Organizations/{organization.Id}/Initiatives/New");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_organization_is_404()
    {
        var client = await SignedInAsync("owner@example.org");

        using var response = await client.GetAsync("/Organizations/424242/Initiatives/New");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
