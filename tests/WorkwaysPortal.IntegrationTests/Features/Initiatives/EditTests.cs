using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Initiatives;

public sealed class EditTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private static List<KeyValuePair<string, string>> Form(string title) =>
    [
        new("Input.Title", title),
        new("Input.Description", "Now in its second year."),
        new("Input.Countries", "SV"),
        new("Input.Capabilities", "visa-processing"),
        new("Input.GcmObjectives", "5"),
        new("Input.Status", "Completed"),
        new("Input.StartsOn", "2024-01-15"),
        new("Input.EndsOn", ""),
    ];

    private async Task<(PortalClient Client, int OrganizationId)> DelegateAsync(string email, string name)
    {
        var owner = await Data.UserAsync(email);
        var organization = await Data.PendingAsync(TestData.Profile(name), owner.Id);
        var client = NewClient();
        await client.SignInAsync(email, TestData.Password);
        return (client, organization.Id);
    }

    [Fact]
    public async Task A_delegate_of_the_lead_edits_the_initiative_and_every_value_is_saved()
    {
        var (client, organizationId) = await DelegateAsync("owner@example.org", "Lead Organization");
        var initiative = await Data.InitiativeAsync(organizationId, NewInitiative("Work visas", endsOn: new DateOnly(2030, 1, 1)));

        var form = await client.GetPageAsync($"/Initiatives/{initiative.Id}/Edit");
        using var response = await client.SubmitAsync($"/Initiatives/{initiative.Id}/Edit", Form("Work visas, second phase"));

        Assert.Contains("value=\"2030-01-01\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await Data.QueryAsync(db => db.Initiatives.SingleAsync(i => i.Id == initiative.Id));
        Assert.Equal("Work visas, second phase", saved.Title);
        Assert.Equal("Now in its second year.", saved.Description);
        Assert.Equal(["SV"], saved.Countries);
        Assert.Equal(["visa-processing"], saved.Capabilities);
        Assert.Equal([5], saved.GcmObjectives);
        Assert.Equal(InitiativeStatus.Completed, saved.Status);
        Assert.Equal(new DateOnly(2024, 1, 15), saved.StartsOn);
        Assert.Null(saved.EndsOn);
    }

    [Fact]
    public async Task Another_delegate_gets_404_for_a_pending_organizations_record_on_GET_and_POST_even_with_forged_ids_and_nothing_is_written()
    {
        // The victim organization is pending: to anyone but its delegates its records do not exist.
        var (_, victimId) = await DelegateAsync("owner@example.org", "Victim Organization");
        var victims = await Data.InitiativeAsync(victimId, NewInitiative("Victim's initiative"));
        var (intruder, ownId) = await DelegateAsync("intruder@example.org", "Intruder Organization");
        var own = await Data.InitiativeAsync(ownId, NewInitiative("Intruder's initiative"));
        var token = PortalClient.AntiforgeryToken(await intruder.GetPageAsync($"/Initiatives/{own.Id}/Edit"));
        var forged = victims.Id.ToString(CultureInfo.InvariantCulture);

        using var get = await intruder.GetAsync($"/Initiatives/{victims.Id}/Edit");
        using var post = await intruder.PostAsync($"/Initiatives/{victims.Id}/Edit", [.. Form("Hijacked"), new("__RequestVerificationToken", token)]);
        using var forgedPost = await intruder.PostAsync(
            $"/Initiatives/{own.Id}/Edit", [.. Form("Edited own"), new("id", forged), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, forgedPost.StatusCode);
        Assert.Equal("Victim's initiative", (await Data.QueryAsync(db => db.Initiatives.SingleAsync(i => i.Id == victims.Id))).Title);
        Assert.Equal("Edited own", (await Data.QueryAsync(db => db.Initiatives.SingleAsync(i => i.Id == own.Id))).Title);
    }

    [Fact]
    public async Task A_delegate_of_a_participant_may_not_edit_the_initiative()
    {
        var lead = await Data.VerifiedAsync(TestData.Profile("Lead Organization"));
        var (participant, participantId) = await DelegateAsync("partner@example.org", "Partner Organization");
        var initiative = await Data.InitiativeAsync(lead.Id, NewInitiative("Shared work", participants: [participantId]));

        using var response = await participant.GetAsync($"/Initiatives/{initiative.Id}/Edit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Any Organization"));
        var initiative = await Data.InitiativeAsync(organization.Id, NewInitiative("Any initiative"));

        using var response = await NewClient().GetAsync($"/Initiatives/{initiative.Id}/Edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_initiative_is_404()
    {
        var client = await SignedInAsync("owner@example.org");

        using var response = await client.GetAsync("/Initiatives/424242/Edit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
