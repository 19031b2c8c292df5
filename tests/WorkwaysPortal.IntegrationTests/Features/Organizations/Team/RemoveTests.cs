using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations.Team;

/// <summary>A delegate removes a fellow delegate: confirmed, audited, told; never the last one, never someone else's.</summary>
public sealed class RemoveTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    [Fact]
    public async Task Removing_a_fellow_delegate_after_confirming_is_audited_and_tells_them()
    {
        var ana = await PersonAsync("ana@example.org");
        var ben = await PersonAsync("ben@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id, ben.Id]);
        var url = $"/Organizations/{organization.Id}/Team/Remove?member={ben.Id}";

        var page = await ana.Client.GetPageAsync(url);
        using var response = await ana.Client.SubmitAsync(url, [new("Input.Confirm", "true")]);

        Assert.Contains("Remove ben from Red Regional", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Organizations/{organization.Id}/Team", response.Headers.Location?.OriginalString);
        Assert.Equal([ana.Id], await Data.QueryAsync(db => db.OrganizationMembers.Select(m => m.UserId).ToListAsync()));
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync());
        Assert.Equal((AuditActions.DelegateRemoved, "ana@example.org"), (audit.Action, audit.ActorName));
        Assert.Contains(ben.Id.ToString(), audit.Details, StringComparison.Ordinal);
        var notification = await Data.QueryAsync(db => db.Notifications.SingleAsync());
        Assert.Equal((ben.Id, NotificationKinds.DelegateRemoved), (notification.UserId, notification.Kind));
        var email = await Data.QueryAsync(db => db.OutboxEmails.SingleAsync());
        Assert.Equal(("ben@example.org", "You are no longer a delegate / Ya no es delegado: Red Regional"), (email.To, email.Subject));

        using var benTeam = await ben.Client.GetAsync($"/Organizations/{organization.Id}/Team");
        Assert.Equal(HttpStatusCode.Forbidden, benTeam.StatusCode);
    }

    [Fact]
    public async Task Without_the_confirmation_nothing_changes()
    {
        var ana = await PersonAsync("ana@example.org");
        var ben = await PersonAsync("ben@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id, ben.Id]);

        using var response = await ana.Client.SubmitAsync($"/Organizations/{organization.Id}/Team/Remove?member={ben.Id}", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tick the box to confirm.", Html.FieldError(await response.Content.ReadAsStringAsync(), "Input.Confirm"));
        Assert.Equal(2, await Data.QueryAsync(db => db.OrganizationMembers.CountAsync()));
        Assert.Equal(0, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync()));
    }

    [Fact]
    public async Task A_delegate_of_another_organization_cannot_remove_anyone_and_changes_nothing()
    {
        var ana = await PersonAsync("ana@example.org");
        var ben = await PersonAsync("ben@example.org");
        var outsider = await PersonAsync("outsider@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id, ben.Id]);
        var own = await OrganizationAsync("Outsider Network", delegates: [outsider.Id]);
        var token = PortalClient.AntiforgeryToken(await outsider.Client.GetPageAsync($"/Organizations/{own.Id}/Team"));

        using var get = await outsider.Client.GetAsync($"/Organizations/{organization.Id}/Team/Remove?member={ben.Id}");
        using var post = await outsider.Client.PostAsync(
            $"/Organizations/{organization.Id}/Team/Remove?member={ben.Id}", [new("Input.Confirm", "true"), new("__RequestVerificationToken", token)]);

        // Through their own organization's address, someone else's delegate is not a member there.
        using var sideways = await outsider.Client.PostAsync(
            $"/Organizations/{own.Id}/Team/Remove?member={ben.Id}", [new("Input.Confirm", "true"), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, sideways.StatusCode);
        Assert.Equal(3, await Data.QueryAsync(db => db.OrganizationMembers.CountAsync()));
        Assert.Equal(0, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync()));
    }

    [Fact]
    public async Task Removing_oneself_is_leaving()
    {
        var ana = await PersonAsync("ana@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id]);

        using var response = await ana.Client.GetAsync($"/Organizations/{organization.Id}/Team/Remove?member={ana.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Organizations/{organization.Id}/Team/Leave", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Of_two_delegates_removing_each_other_at_once_only_one_succeeds_and_a_delegate_remains()
    {
        var ana = await Data.UserAsync("ana@example.org");
        var ben = await Data.UserAsync("ben@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id, ben.Id]);
        await using var first = Database.CreateDbContext();
        await using var second = Database.CreateDbContext();
        var byAna = await first.Organizations.Include(o => o.Members).SingleAsync(o => o.Id == organization.Id);
        var byBen = await second.Organizations.Include(o => o.Members).SingleAsync(o => o.Id == organization.Id);

        byAna.RemoveMember(ben.Id, DateTimeOffset.UtcNow);
        byBen.RemoveMember(ana.Id, DateTimeOffset.UtcNow);
        await first.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal([ana.Id], await Data.QueryAsync(db => db.OrganizationMembers.Select(m => m.UserId).ToListAsync()));
    }
}
