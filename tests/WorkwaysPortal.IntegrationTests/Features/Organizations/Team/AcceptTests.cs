using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.IntegrationTests.Infrastructure.Mail;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations.Team;

/// <summary>
/// The invitation's link, read from the email in the pickup folder: accepted once by a signed-in person,
/// or by someone who signs in or creates an account first and is brought back; never twice, never
/// after it expired or was revoked.
/// </summary>
public sealed partial class AcceptTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    /// <summary>The portal address of the invitation link in an email's text (path and query).</summary>
    public static string LinkIn(string? text)
    {
        var match = AcceptLink().Match(text ?? "");
        return match.Success ? match.Groups["path"].Value : throw new InvalidOperationException("No invitation link in:\n" + text);
    }

    /// <summary>Ana, delegate of Red Regional, invites <paramref name="email"/>; the link from the email that was delivered.</summary>
    private async Task<(Person Ana, Organization Organization, string Link)> InvitedAsync(string email)
    {
        var ana = await PersonAsync("ana@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id]);
        var team = $"/Organizations/{organization.Id}/Team";
        using var invited = await ana.Client.SubmitAsync(team, [new("Invite.Email", email)], $"{team}?handler=Invite");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var message = Assert.Single(await PickupMail.DeliverAsync(App));
        return (ana, organization, LinkIn(message.TextBody));
    }

    private Task<List<Guid>> DelegatesAsync() => Data.QueryAsync(db => db.OrganizationMembers.OrderBy(m => m.Since).Select(m => m.UserId).ToListAsync());

    [Fact]
    public async Task A_signed_in_colleague_accepts_once_joins_the_delegates_and_the_delegates_are_told()
    {
        var (ana, organization, link) = await InvitedAsync("ben@example.org");
        var ben = await PersonAsync("ben@example.org");

        var page = WebUtility.HtmlDecode(await ben.Client.GetPageAsync(link));
        using var accepted = await ben.Client.SubmitAsync(link, []);

        Assert.Contains("ana invited ben@example.org to join the delegates of Red Regional", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/Organizations/{organization.Id}/Team", accepted.Headers.Location?.OriginalString);
        Assert.Equal([ana.Id, ben.Id], await DelegatesAsync());
        var invitation = await Data.QueryAsync(db => db.OrganizationInvitations.SingleAsync());
        Assert.Equal(ben.Id, invitation.AcceptedBy);
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync(e => e.Action == AuditActions.InvitationAccepted));
        Assert.Equal(("ben@example.org", organization.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.ActorName, audit.SubjectId));
        var notification = await Data.QueryAsync(db => db.Notifications.SingleAsync());
        Assert.Equal((ana.Id, NotificationKinds.DelegateJoined), (notification.UserId, notification.Kind));
        var email = await Data.QueryAsync(db => db.OutboxEmails.SingleAsync(e => e.SentAt == null));
        Assert.Equal(("ana@example.org", "New delegate / Nuevo delegado: Red Regional"), (email.To, email.Subject));
        Assert.Contains($"/Organizations/{organization.Id}/Team", email.Body, StringComparison.Ordinal);

        // The link works once: opened again, by anyone, it says so and changes nothing.
        var carla = await PersonAsync("carla@example.org");
        var again = await carla.Client.GetPageAsync(link);
        using var second = await carla.Client.SubmitAsync(link, []);
        Assert.Contains("data-testid=\"invitation-not-valid\"", again, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal([ana.Id, ben.Id], await DelegatesAsync());
    }

    [Fact]
    public async Task An_anonymous_colleague_creates_an_account_through_the_link_and_comes_back_to_accept_it()
    {
        var (ana, organization, link) = await InvitedAsync("new@example.org");
        var visitor = NewClient();

        var page = await visitor.GetPageAsync(link);
        var register = Regex.Match(page, "href=\"(?<href>/Account/Register\\?returnUrl=[^\"]+)\"").Groups["href"].Value;
        Assert.NotEmpty(register);
        register = WebUtility.HtmlDecode(register);
        var form = await visitor.GetPageAsync(register);
        var returnUrl = WebUtility.HtmlDecode(Regex.Match(form, "name=\"ReturnUrl\" value=\"(?<value>[^\"]*)\"").Groups["value"].Value);
        using var registered = await visitor.PostAsync(register,
        [
            new("Input.DisplayName", "Nueva Colega"), new("Input.Email", "new@example.org"),
            new("Input.Password", "Orchid-Velvet-Harbor-2026"), new("Input.ConfirmPassword", "Orchid-Velvet-Harbor-2026"),
            new("ReturnUrl", returnUrl), new("__RequestVerificationToken", PortalClient.AntiforgeryToken(form)),
        ]);

        Assert.Equal(link, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var login = registered.Headers.Location!.OriginalString;
        Assert.Equal("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(link), login);
        using var signedIn = await visitor.SubmitAsync(login, [new("Input.Email", "new@example.org"), new("Input.Password", "Orchid-Velvet-Harbor-2026")]);
        Assert.Equal(link, signedIn.Headers.Location?.OriginalString);
        using var accepted = await visitor.SubmitAsync(link, []);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var newcomer = await Data.QueryAsync(db => db.Users.SingleAsync(u => u.Email == "new@example.org"));
        Assert.Equal([ana.Id, newcomer.Id], await DelegatesAsync());
        Assert.Contains("Red Regional", await visitor.GetPageAsync("/Organizations/Mine"), StringComparison.Ordinal);
        Assert.NotEqual(0, organization.Id);
    }

    [Fact]
    public async Task An_anonymous_colleague_with_an_account_signs_in_through_the_link_and_comes_back()
    {
        var (_, _, link) = await InvitedAsync("ben@example.org");
        await Data.UserAsync("ben@example.org");
        var visitor = NewClient();

        var page = await visitor.GetPageAsync(link);
        var login = WebUtility.HtmlDecode(Regex.Match(page, "href=\"(?<href>/Account/Login\\?returnUrl=[^\"]+)\"").Groups["href"].Value);
        using var anonymousPost = await visitor.PostAsync(link, [new("__RequestVerificationToken", PortalClient.AntiforgeryToken(await visitor.GetPageAsync("/Account/Login")))]);
        using var signedIn = await visitor.SubmitAsync(login, [new("Input.Email", "ben@example.org"), new("Input.Password", TestData.Password)]);

        Assert.Equal(HttpStatusCode.Redirect, anonymousPost.StatusCode);
        Assert.Contains("/Account/Login", anonymousPost.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(link, signedIn.Headers.Location?.OriginalString);
        Assert.Equal(1, await Data.QueryAsync(db => db.OrganizationMembers.CountAsync()));
        using var accepted = await visitor.SubmitAsync(link, []);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(2, await Data.QueryAsync(db => db.OrganizationMembers.CountAsync()));
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("revoked")]
    public async Task An_expired_or_revoked_invitation_no_longer_works(string how)
    {
        var (ana, _, link) = await InvitedAsync("ben@example.org");
        var ben = await PersonAsync("ben@example.org");
        var page = await ben.Client.GetPageAsync(link);
        if (how == "expired")
        {
            await Data.QueryAsync(db => db.OrganizationInvitations.ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));
        }
        else
        {
            var id = await Data.QueryAsync(db => db.OrganizationInvitations.Select(i => i.Id).SingleAsync());
            var organizationId = await Data.QueryAsync(db => db.OrganizationInvitations.Select(i => i.OrganizationId).SingleAsync());
            using var revoked = await ana.Client.SubmitAsync($"/Organizations/{organizationId}/Team/Revoke?invitation={id}", [new("Input.Confirm", "true")]);
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        }

        using var late = await ben.Client.PostAsync(link, [new("__RequestVerificationToken", PortalClient.AntiforgeryToken(page))]);

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("This invitation is no longer valid", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([ana.Id], await DelegatesAsync());
        Assert.Null((await Data.QueryAsync(db => db.OrganizationInvitations.SingleAsync())).AcceptedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?token=")]
    [InlineData("?token=not-a-token")]
    [InlineData("?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task A_link_that_is_not_an_invitation_is_not_found(string query)
    {
        await InvitedAsync("ben@example.org");
        var ben = await PersonAsync("ben@example.org");

        using var get = await ben.Client.GetAsync("/Organizations/Invitations/Accept" + query);
        using var post = await ben.Client.PostAsync(
            "/Organizations/Invitations/Accept" + query, [new("__RequestVerificationToken", PortalClient.AntiforgeryToken(await ben.Client.GetPageAsync("/Organizations/Mine")))]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(1, await Data.QueryAsync(db => db.OrganizationMembers.CountAsync()));
    }

    [Fact]
    public async Task A_delegate_who_opens_an_invitation_to_their_own_organization_is_told_so_and_it_stays_pending()
    {
        var (ana, _, link) = await InvitedAsync("ben@example.org");

        var page = await ana.Client.GetPageAsync(link);
        using var response = await ana.Client.SubmitAsync(link, []);

        Assert.Contains("data-testid=\"already-delegate\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(InvitationState.Pending, (await Data.QueryAsync(db => db.OrganizationInvitations.SingleAsync())).StateAt(DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task The_invitation_page_is_never_stored_and_its_link_does_not_leave_the_portal()
    {
        var (_, _, link) = await InvitedAsync("ben@example.org");

        using var response = await NewClient().GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
        Assert.Equal("strict-origin-when-cross-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/Organizations/Invitations/Accept\?token=[A-Za-z0-9_-]+)")]
    private static partial Regex AcceptLink();
}
