using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations.Team;

/// <summary>A delegate revokes a pending invitation: confirmed, audited; never another organization's.</summary>
public sealed class RevokeTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private async Task<(Person Ana, int OrganizationId, int InvitationId)> InvitationAsync()
    {
        var ana = await PersonAsync("ana@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id]);
        var team = $"/Organizations/{organization.Id}/Team";
        using var invited = await ana.Client.SubmitAsync(team, [new("Invite.Email", "ben@example.org")], $"{team}?handler=Invite");
        return (ana, organization.Id, await Data.QueryAsync(db => db.OrganizationInvitations.Select(i => i.Id).SingleAsync()));
    }

    [Fact]
    public async Task Revoking_after_confirming_stops_the_invitation_and_is_audited()
    {
        var (ana, organizationId, invitationId) = await InvitationAsync();
        var url = $"/Organizations/{organizationId}/Team/Revoke?invitation={invitationId}";

        using var unconfirmed = await ana.Client.SubmitAsync(url, []);
        using var response = await ana.Client.SubmitAsync(url, [new("Input.Confirm", "true")]);

        Assert.Equal("Tick the box to confirm.", Html.FieldError(await unconfirmed.Content.ReadAsStringAsync(), "Input.Confirm"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var invitation = await Data.QueryAsync(db => db.OrganizationInvitations.SingleAsync());
        Assert.Equal(ana.Id, invitation.RevokedBy);
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync(e => e.Action == AuditActions.InvitationRevoked));
        Assert.Contains($"\"invitationId\": {invitationId}", audit.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"invitation\"", await ana.Client.GetPageAsync($"/Organizations/{organizationId}/Team"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delegate_of_another_organization_cannot_revoke_its_invitation_by_either_address()
    {
        var (_, organizationId, invitationId) = await InvitationAsync();
        var outsider = await PersonAsync("outsider@example.org");
        var own = await OrganizationAsync("Outsider Network", delegates: [outsider.Id]);
        var token = PortalClient.AntiforgeryToken(await outsider.Client.GetPageAsync($"/Organizations/{own.Id}/Team"));
        KeyValuePair<string, string>[] form = [new("Input.Confirm", "true"), new("__RequestVerificationToken", token)];

        using var theirs = await outsider.Client.PostAsync($"/Organizations/{organizationId}/Team/Revoke?invitation={invitationId}", form);
        using var throughOwn = await outsider.Client.PostAsync($"/Organizations/{own.Id}/Team/Revoke?invitation={invitationId}", form);
        using var throughOwnGet = await outsider.Client.GetAsync($"/Organizations/{own.Id}/Team/Revoke?invitation={invitationId}");

        Assert.Equal(HttpStatusCode.Forbidden, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, throughOwn.StatusCode);
        Assert.Equal($"/Organizations/{own.Id}/Team", throughOwn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, throughOwnGet.StatusCode);
        Assert.Null((await Data.QueryAsync(db => db.OrganizationInvitations.SingleAsync())).RevokedAt);
        Assert.Equal(0, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync(e => e.Action == AuditActions.InvitationRevoked)));
    }
}
