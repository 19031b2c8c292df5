using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Initiatives;

/// <summary>
/// <c>POST /api/v1/initiatives/{id}/accept|decline</c> and the invitations in <c>GET /api/v1/initiatives/{id}</c>,
/// with the rules of the page (issue 13).
/// </summary>
public sealed class InvitationsApiTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private sealed record Cast(Person Lead, Person Invited, Person Outsider, int LeadId, int InvitedId, int OutsiderId);

    private async Task<Cast> CastAsync()
    {
        var lead = await PersonAsync("lead@example.org");
        var invited = await PersonAsync("invited@example.org");
        var outsider = await PersonAsync("outsider@example.org");
        var leadOrganization = await OrganizationAsync("Ministry of Labour", "government", null, lead.Id);
        var invitedOrganization = await OrganizationAsync("Employers Council", "civil-society", null, invited.Id);
        var outsiderOrganization = await OrganizationAsync("Outsider Union", "civil-society", null, outsider.Id);
        return new Cast(lead, invited, outsider, leadOrganization.Id, invitedOrganization.Id, outsiderOrganization.Id);
    }

    /// <summary>An API client that authenticates with a bearer token from <c>POST /api/v1/auth/token</c>.</summary>
    private async Task<HttpClient> BearerAsync(string email)
    {
        var client = NewClient().Http;
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = TestData.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (await JsonAsync(response)).GetProperty("status").GetInt32());
    }

    private Task<InitiativeParticipant> StoredAsync(int initiativeId, int organizationId) =>
        Data.QueryAsync(db => db.InitiativeParticipants.AsNoTracking().SingleAsync(p => p.InitiativeId == initiativeId && p.OrganizationId == organizationId));

    private static List<(int Id, string State)> Invitations(JsonElement json) =>
        [.. json.GetProperty("invitations").EnumerateArray().Select(i => (i.GetProperty("organizationId").GetInt32(), i.GetProperty("state").GetString()!))];

    [Fact]
    public async Task An_invited_delegate_accepts_without_naming_the_organization_and_the_answer_comes_back()
    {
        var cast = await CastAsync();
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId, cast.OutsiderId]));
        var api = await BearerAsync(cast.Invited.Email);

        using var response = await api.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/accept", new { message = "Glad to join." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal([cast.InvitedId], json.GetProperty("participants").EnumerateArray().Select(e => e.GetInt32()));
        var own = Assert.Single(json.GetProperty("invitations").EnumerateArray());
        Assert.Equal(
            (cast.InvitedId, "Employers Council", "accepted", "Glad to join."),
            (own.GetProperty("organizationId").GetInt32(), own.GetProperty("name").GetString(), own.GetProperty("state").GetString(), own.GetProperty("message").GetString()));
        Assert.Equal(ParticipationState.Accepted, (await StoredAsync(initiative.Id, cast.InvitedId)).State);
        Assert.Equal(
            [AuditActions.InitiativeInvitationAccepted],
            await Data.QueryAsync(db => db.AuditEventsBesideSignIns().Where(e => e.SubjectType == AuditSubjects.Initiative).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task A_decline_keeps_its_message_and_the_lead_sees_every_invitation_while_visitors_see_only_accepted_participants()
    {
        var cast = await CastAsync();
        var moderator = await PersonAsync("moderator@example.org", Roles.Moderator);
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId, cast.OutsiderId]));
        var api = await BearerAsync(cast.Invited.Email);

        using var declined = await api.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/decline", new { organizationId = cast.InvitedId, message = "No budget." });
        var lead = await (await BearerAsync(cast.Lead.Email)).GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{initiative.Id}");
        var moderation = await (await BearerAsync(moderator.Email)).GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{initiative.Id}");
        var outsider = await (await BearerAsync(cast.Outsider.Email)).GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{initiative.Id}");
        var anonymous = await NewClient().Http.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{initiative.Id}");

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal("No budget.", (await StoredAsync(initiative.Id, cast.InvitedId)).AnswerMessage);
        Assert.Equal([(cast.InvitedId, "declined"), (cast.OutsiderId, "invited")], Invitations(lead).OrderBy(i => i.Id));
        Assert.Equal([(cast.InvitedId, "declined"), (cast.OutsiderId, "invited")], Invitations(moderation).OrderBy(i => i.Id));
        Assert.Equal([(cast.OutsiderId, "invited")], Invitations(outsider));
        Assert.Empty(Invitations(anonymous));
        Assert.All(new[] { lead, moderation, outsider, anonymous }, json => Assert.Empty(json.GetProperty("participants").EnumerateArray()));
    }

    [Fact]
    public async Task Another_organizations_delegate_gets_404_whatever_organization_it_names_and_nothing_changes()
    {
        var cast = await CastAsync();
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId]));
        var outsider = await BearerAsync(cast.Outsider.Email);
        var lead = await BearerAsync(cast.Lead.Email);
        var administrator = await BearerAsync(admin.Email);

        using var named = await outsider.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/accept", new { organizationId = cast.InvitedId });
        using var own = await outsider.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/decline", new { organizationId = cast.OutsiderId });
        using var unnamed = await outsider.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/accept", new { });
        using var byLead = await lead.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/accept", new { organizationId = cast.InvitedId });
        using var byAdmin = await administrator.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/accept", new { organizationId = cast.InvitedId });
        using var unknown = await (await BearerAsync(cast.Invited.Email)).PostAsJsonAsync("/api/v1/initiatives/987654/accept", new { });

        foreach (var response in new[] { named, own, unnamed, byLead, byAdmin, unknown })
        {
            await AssertProblemAsync(response, HttpStatusCode.NotFound);
        }

        Assert.Equal(ParticipationState.Invited, (await StoredAsync(initiative.Id, cast.InvitedId)).State);
        Assert.Equal(0, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync(e => e.SubjectType == AuditSubjects.Initiative)));
    }

    [Fact]
    public async Task A_second_answer_is_409_a_bad_message_400_and_an_anonymous_caller_401()
    {
        var cast = await CastAsync();
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId]));
        var api = await BearerAsync(cast.Invited.Email);

        using var tooLong = await api.PostAsJsonAsync(
            $"/api/v1/initiatives/{initiative.Id}/decline", new { message = new string('x', InitiativeParticipant.AnswerMessageMaxLength + 1) });
        using var anonymous = await NewClient().Http.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/accept", new { });
        using var first = await api.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/accept", new { });
        using var second = await api.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/decline", new { });

        await AssertProblemAsync(tooLong, HttpStatusCode.BadRequest);
        Assert.True((await JsonAsync(tooLong)).GetProperty("errors").TryGetProperty("message", out _));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await AssertProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal(
            "This organization has already answered the invitation to this initiative.",
            (await JsonAsync(second)).GetProperty("detail").GetString());
        Assert.Equal(ParticipationState.Accepted, (await StoredAsync(initiative.Id, cast.InvitedId)).State);
    }

    [Fact]
    public async Task A_delegate_of_two_invited_organizations_says_which_one_answers()
    {
        var cast = await CastAsync();
        var second = await OrganizationAsync("Second Council", "civil-society", null, cast.Invited.Id);
        var initiative = await Data.InitiativeAsync(cast.LeadId, NewInitiative("Seasonal work visas", participants: [cast.InvitedId, second.Id]));
        var api = await BearerAsync(cast.Invited.Email);

        using var unnamed = await api.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/accept", new { });
        using var named = await api.PostAsJsonAsync($"/api/v1/initiatives/{initiative.Id}/accept", new { organizationId = second.Id });

        await AssertProblemAsync(unnamed, HttpStatusCode.BadRequest);
        Assert.True((await JsonAsync(unnamed)).GetProperty("errors").TryGetProperty("organizationId", out _));
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Equal(ParticipationState.Invited, (await StoredAsync(initiative.Id, cast.InvitedId)).State);
        Assert.Equal(ParticipationState.Accepted, (await StoredAsync(initiative.Id, second.Id)).State);
    }
}
