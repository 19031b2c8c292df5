using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.IntegrationTests.Infrastructure.Mail;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations.Team;

/// <summary>A delegate invites a colleague from the team page: the invitation, its audit event and its email, in the language chosen.</summary>
public sealed class InviteTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private async Task<(Person Ana, Organization Organization, string Url)> TeamAsync()
    {
        var ana = await PersonAsync("ana@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id]);
        return (ana, organization, $"/Organizations/{organization.Id}/Team");
    }

    [Fact]
    public async Task An_invitation_is_stored_hashed_audited_and_mailed_with_a_link_that_opens_it()
    {
        var (ana, organization, url) = await TeamAsync();

        using var response = await ana.Client.SubmitAsync(url, [new("Invite.Email", " Colleague@Example.org "), new("Invite.Language", "en")], $"{url}?handler=Invite");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var invitation = await Data.QueryAsync(db => db.OrganizationInvitations.SingleAsync());
        Assert.Equal(("Colleague@Example.org", organization.Id, ana.Id, "en"), (invitation.Email, invitation.OrganizationId, invitation.InvitedBy!.Value, invitation.Language));
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync());
        Assert.Equal((AuditActions.InvitationSent, "ana@example.org"), (audit.Action, audit.ActorName));
        Assert.Contains($"\"invitationId\": {invitation.Id}", audit.Details, StringComparison.Ordinal);

        var message = Assert.Single(await PickupMail.DeliverAsync(App));
        Assert.Equal("Colleague@Example.org", message.To.ToString());
        Assert.Equal("Invitation to join Red Regional on Workways Portal", message.Subject);
        Assert.Contains("ana invites you to join the delegates of Red Regional", message.TextBody, StringComparison.Ordinal);
        var link = AcceptTests.LinkIn(message.TextBody);
        var token = link["/Organizations/Invitations/Accept?token=".Length..];

        // Only the token's hash is kept: the stored row gives no working link.
        Assert.Equal(64, invitation.TokenHash.Length);
        Assert.DoesNotContain(token, invitation.TokenHash, StringComparison.Ordinal);
        Assert.Equal(WorkwaysPortal.Web.Features.Organizations.Team.InvitationToken.Hash(token), invitation.TokenHash);

        var team = WebUtility.HtmlDecode(await ana.Client.GetPageAsync(url));
        Assert.Contains("data-testid=\"invitation\"", team, StringComparison.Ordinal);
        Assert.Contains("Colleague@Example.org", team, StringComparison.Ordinal);
        Assert.Contains("Red Regional", WebUtility.HtmlDecode(await NewClient().GetPageAsync(link)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_in_Spanish_is_written_in_Spanish()
    {
        var (ana, _, url) = await TeamAsync();

        using var response = await ana.Client.SubmitAsync(url, [new("Invite.Email", "colega@example.org"), new("Invite.Language", "es")], $"{url}?handler=Invite");

        var message = Assert.Single(await PickupMail.DeliverAsync(App));
        Assert.Equal("Invitación a unirse a Red Regional en el Portal Workways", message.Subject);
        Assert.Contains("ana lo invita a unirse a los delegados de Red Regional", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("/Organizations/Invitations/Accept?token=", message.TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not an address", "Enter a valid email address.")]
    [InlineData("ana@example.org", "This person is already a delegate of the organization.")]
    [InlineData("pending@example.org", "An invitation to this address is still pending. Revoke it to send a new one.")]
    public async Task A_refused_address_is_a_field_error_and_nothing_is_sent(string email, string error)
    {
        var (ana, _, url) = await TeamAsync();
        using var first = await ana.Client.SubmitAsync(url, [new("Invite.Email", "pending@example.org")], $"{url}?handler=Invite");
        await Data.QueryAsync(db => db.OutboxEmails.ExecuteDeleteAsync());

        using var response = await ana.Client.SubmitAsync(url, [new("Invite.Email", email)], $"{url}?handler=Invite");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(error, Html.FieldError(await response.Content.ReadAsStringAsync(), "Invite.Email"));
        Assert.Equal(1, await Data.QueryAsync(db => db.OrganizationInvitations.CountAsync()));
        Assert.Equal(0, await Data.QueryAsync(db => db.OutboxEmails.CountAsync()));
    }

    [Fact]
    public async Task An_organization_sends_at_most_twenty_invitations_a_day()
    {
        var (ana, _, url) = await TeamAsync();
        for (var i = 0; i < OrganizationInvitation.MaxPerDay; i++)
        {
            using var sent = await ana.Client.SubmitAsync(url, [new("Invite.Email", $"colleague{i}@example.org")], $"{url}?handler=Invite");
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        using var response = await ana.Client.SubmitAsync(url, [new("Invite.Email", "one-more@example.org")], $"{url}?handler=Invite");

        Assert.Equal(
            "An organization can send at most 20 invitations a day. Try again tomorrow.",
            Html.FieldError(await response.Content.ReadAsStringAsync(), "Invite.Email"));
        Assert.Equal(OrganizationInvitation.MaxPerDay, await Data.QueryAsync(db => db.OrganizationInvitations.CountAsync()));
    }

    [Fact]
    public async Task Only_those_who_act_for_the_organization_invite()
    {
        var (_, organization, url) = await TeamAsync();
        var outsider = await PersonAsync("outsider@example.org");
        var own = await OrganizationAsync("Outsider Network", delegates: [outsider.Id]);
        var moderator = await PersonAsync("moderator@example.org", Roles.Moderator);
        var orphaned = await OrganizationAsync("Orphaned Network");
        var token = PortalClient.AntiforgeryToken(await outsider.Client.GetPageAsync($"/Organizations/{own.Id}/Team"));
        var moderatorToken = PortalClient.AntiforgeryToken(await moderator.Client.GetPageAsync($"/Organizations/{orphaned.Id}/Team"));

        using var byOutsider = await outsider.Client.PostAsync($"{url}?handler=Invite", [new("Invite.Email", "friend@example.org"), new("__RequestVerificationToken", token)]);
        using var byModerator = await moderator.Client.PostAsync(
            $"/Organizations/{orphaned.Id}/Team?handler=Invite", [new("Invite.Email", "friend@example.org"), new("__RequestVerificationToken", moderatorToken)]);

        Assert.Equal(HttpStatusCode.Forbidden, byOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byModerator.StatusCode);
        Assert.Equal(0, await Data.QueryAsync(db => db.OrganizationInvitations.CountAsync()));
        Assert.Equal(0, await Data.QueryAsync(db => db.OutboxEmails.CountAsync()));
        Assert.NotEqual(organization.Id, own.Id);
    }
}
