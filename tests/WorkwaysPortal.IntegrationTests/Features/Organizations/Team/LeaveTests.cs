using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations.Team;

/// <summary>A delegate leaves: confirmed and audited; the last delegate stays.</summary>
public sealed class LeaveTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    [Fact]
    public async Task Leaving_after_confirming_ends_the_membership_and_is_audited()
    {
        var ana = await PersonAsync("ana@example.org");
        var ben = await PersonAsync("ben@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id, ben.Id]);
        var url = $"/Organizations/{organization.Id}/Team/Leave";

        using var unconfirmed = await ben.Client.SubmitAsync(url, []);
        using var response = await ben.Client.SubmitAsync(url, [new("Input.Confirm", "true")]);

        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Organizations/Mine", response.Headers.Location?.OriginalString);
        Assert.Equal([ana.Id], await Data.QueryAsync(db => db.OrganizationMembers.Select(m => m.UserId).ToListAsync()));
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync());
        Assert.Equal((AuditActions.DelegateLeft, "ben@example.org", organization.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.Action, audit.ActorName, audit.SubjectId));
        using var again = await ben.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);
    }

    [Fact]
    public async Task The_last_delegate_cannot_leave()
    {
        var ana = await PersonAsync("ana@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id]);
        var url = $"/Organizations/{organization.Id}/Team/Leave";

        var page = await ana.Client.GetPageAsync(url);
        using var response = await ana.Client.PostAsync(url, [new("Input.Confirm", "true"), new("__RequestVerificationToken", PortalClient.AntiforgeryToken(page))]);

        Assert.Contains("data-testid=\"last-delegate\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Confirm", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "An organization always keeps at least one delegate: the last one can neither leave nor be removed.",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await Data.QueryAsync(db => db.OrganizationMembers.CountAsync()));
        Assert.Equal(0, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync()));
    }

    [Fact]
    public async Task Only_a_delegate_can_leave_and_others_change_nothing()
    {
        var ana = await PersonAsync("ana@example.org");
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        var outsider = await PersonAsync("outsider@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id]);
        var url = $"/Organizations/{organization.Id}/Team/Leave";
        var token = PortalClient.AntiforgeryToken(await outsider.Client.GetPageAsync("/Organizations/Register"));

        using var byAdmin = await admin.Client.GetAsync(url);
        using var byOutsider = await outsider.Client.PostAsync(url, [new("Input.Confirm", "true"), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Forbidden, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOutsider.StatusCode);
        Assert.Equal(1, await Data.QueryAsync(db => db.OrganizationMembers.CountAsync()));
    }
}
