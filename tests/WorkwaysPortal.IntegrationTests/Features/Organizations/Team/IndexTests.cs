using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations.Team;

/// <summary>The team page: who sees it, what it shows, and a moderator giving an orphaned organization its first delegate.</summary>
public sealed class IndexTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    [Fact]
    public async Task A_delegate_sees_the_team_with_each_delegates_name_and_email()
    {
        var ana = await PersonAsync("ana@example.org");
        var ben = await PersonAsync("ben@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id, ben.Id]);

        var page = await ana.Client.GetPageAsync($"/Organizations/{organization.Id}/Team");

        Assert.Equal(2, page.Split("data-testid=\"delegate\"").Length - 1);
        Assert.Contains("<a href=\"mailto:ben@example.org\">ben@example.org</a>", page, StringComparison.Ordinal);
        Assert.Contains($"/Organizations/{organization.Id}/Team/Remove?member={ben.Id}", page, StringComparison.Ordinal);
        Assert.Contains($"/Organizations/{organization.Id}/Team/Leave", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Organizations/{organization.Id}/Team\"", await ana.Client.GetPageAsync($"/Organizations/{organization.Id}"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/Organizations/{organization.Id}/Team\"", await ana.Client.GetPageAsync("/Organizations/Mine"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delegate_of_another_organization_gets_403_on_a_verified_team_and_404_on_a_pending_one()
    {
        var owner = await PersonAsync("owner@example.org");
        var outsider = await PersonAsync("outsider@example.org");
        await OrganizationAsync("Outsider Network", delegates: [outsider.Id]);
        var verified = await OrganizationAsync("Red Regional", delegates: [owner.Id]);
        var pending = await Data.PendingAsync(TestData.Profile("Pending Network"), owner.Id);

        using var verifiedTeam = await outsider.Client.GetAsync($"/Organizations/{verified.Id}/Team");
        using var pendingTeam = await outsider.Client.GetAsync($"/Organizations/{pending.Id}/Team");
        using var anonymous = await NewClient().GetAsync($"/Organizations/{verified.Id}/Team");

        Assert.Equal(HttpStatusCode.Forbidden, verifiedTeam.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pendingTeam.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Organizations/{verified.Id}/Team\"", await outsider.Client.GetPageAsync($"/Organizations/{verified.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_moderator_sees_only_an_orphaned_team_and_assigns_it_a_first_delegate()
    {
        var owner = await PersonAsync("owner@example.org");
        var moderator = await PersonAsync("moderator@example.org", Roles.Moderator);
        var colleague = await Data.UserAsync("colleague@example.org");
        var staffed = await OrganizationAsync("Staffed Network", delegates: [owner.Id]);
        var orphaned = await OrganizationAsync("Orphaned Network");
        var url = $"/Organizations/{orphaned.Id}/Team";

        using var staffedTeam = await moderator.Client.GetAsync($"/Organizations/{staffed.Id}/Team");
        var page = await moderator.Client.GetPageAsync(url);
        using var response = await moderator.Client.SubmitAsync(url, [new("Assign.Email", " Colleague@Example.org ")], $"{url}?handler=Assign");

        Assert.Equal(HttpStatusCode.Forbidden, staffedTeam.StatusCode);
        Assert.Contains("data-testid=\"orphaned\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var members = await Data.QueryAsync(db => db.OrganizationMembers.Where(m => m.OrganizationId == orphaned.Id).Select(m => m.UserId).ToListAsync());
        Assert.Equal([colleague.Id], members);
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync());
        Assert.Equal((AuditActions.DelegateAssigned, "moderator@example.org"), (audit.Action, audit.ActorName));
        Assert.Contains(colleague.Id.ToString(), audit.Details, StringComparison.Ordinal);
        var notification = await Data.QueryAsync(db => db.Notifications.SingleAsync());
        Assert.Equal((colleague.Id, NotificationKinds.DelegateAssigned), (notification.UserId, notification.Kind));
        Assert.Equal("colleague@example.org", (await Data.QueryAsync(db => db.OutboxEmails.SingleAsync())).To);

        // Now that it has a delegate, the team is theirs: the moderator can no longer see it or assign again.
        using var again = await moderator.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
    }

    [Fact]
    public async Task Assigning_an_address_without_an_account_is_a_field_error_and_changes_nothing()
    {
        var moderator = await PersonAsync("moderator@example.org", Roles.Moderator);
        var orphaned = await OrganizationAsync("Orphaned Network");
        var url = $"/Organizations/{orphaned.Id}/Team";

        using var response = await moderator.Client.SubmitAsync(url, [new("Assign.Email", "nobody@example.org")], $"{url}?handler=Assign");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("No account has this email address.", Html.FieldError(await response.Content.ReadAsStringAsync(), "Assign.Email"));
        Assert.Equal(0, await Data.QueryAsync(db => db.OrganizationMembers.CountAsync()));
        Assert.Equal(0, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync()));
    }

    [Fact]
    public async Task No_one_assigns_a_delegate_to_an_organization_that_has_one_and_a_delegate_cannot_reach_an_orphan()
    {
        var owner = await PersonAsync("owner@example.org");
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        var organization = await OrganizationAsync("Red Regional", delegates: [owner.Id]);
        var orphaned = await OrganizationAsync("Orphaned Network");
        await Data.UserAsync("colleague@example.org");
        var url = $"/Organizations/{organization.Id}/Team";

        using var byDelegate = await owner.Client.SubmitAsync(url, [new("Assign.Email", "colleague@example.org")], $"{url}?handler=Assign");
        using var byAdmin = await admin.Client.SubmitAsync(url, [new("Assign.Email", "colleague@example.org")], $"{url}?handler=Assign");
        using var orphan = await owner.Client.GetAsync($"/Organizations/{orphaned.Id}/Team");

        Assert.Equal(HttpStatusCode.Forbidden, byDelegate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, orphan.StatusCode);
        Assert.Equal(1, await Data.QueryAsync(db => db.OrganizationMembers.CountAsync()));
    }
}
