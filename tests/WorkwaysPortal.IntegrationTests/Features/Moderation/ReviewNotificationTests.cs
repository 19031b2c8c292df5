using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Moderation;

/// <summary>A moderator's decision on an organization reaches its delegates, in the same transaction.</summary>
public sealed class ReviewNotificationTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task Verifying_notifies_the_organizations_delegates_in_the_app_and_by_email()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.PendingAsync(TestData.Profile("Red Regional"), owner.Id);
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);
        var url = $"/Moderation/Organizations/Review/{organization.Id}";

        using var response = await moderator.SubmitAsync(url, [], $"{url}?handler=Verify");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var notification = await Data.QueryAsync(db => db.Notifications.SingleAsync());
        Assert.Equal(owner.Id, notification.UserId);
        Assert.Equal(NotificationKinds.OrganizationVerified, notification.Kind);
        Assert.Equal("Red Regional", notification.Subject);
        Assert.Equal(organization.Id, notification.OrganizationId);
        var email = await Data.QueryAsync(db => db.OutboxEmails.SingleAsync());
        Assert.Equal("owner@example.org", email.To);
        Assert.Equal("Organization verified / Organización verificada: Red Regional", email.Subject);
        Assert.Contains($"http://127.0.0.1:5080/Organizations/{organization.Id}", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejecting_tells_the_delegate_why_and_shows_in_their_notifications()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.PendingAsync(TestData.Profile("Red Regional"), owner.Id);
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);
        var url = $"/Moderation/Organizations/Review/{organization.Id}";

        using var response = await moderator.SubmitAsync(url, [new("Input.Reason", "Not working on migration.")], $"{url}?handler=Reject");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var notification = await Data.QueryAsync(db => db.Notifications.SingleAsync());
        Assert.Equal(NotificationKinds.OrganizationRejected, notification.Kind);
        Assert.Equal("Not working on migration.", notification.Reason);
        Assert.Contains("Not working on migration.", (await Data.QueryAsync(db => db.OutboxEmails.SingleAsync())).Body, StringComparison.Ordinal);

        var ownerClient = NewClient();
        await ownerClient.SignInAsync("owner@example.org", TestData.Password);
        var page = WebUtility.HtmlDecode(await ownerClient.GetPageAsync("/Notifications"));
        Assert.Contains("Your organization Red Regional was not verified.", page, StringComparison.Ordinal);
        Assert.Contains("Reason: Not working on migration.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_more_information_notifies_the_delegates_with_the_message_and_keeps_the_organization_pending()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.PendingAsync(TestData.Profile("Red Regional"), owner.Id);
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);
        var url = $"/Moderation/Organizations/Review/{organization.Id}";

        using var response = await moderator.SubmitAsync(url, [new("Information.Message", "Which countries do you work in?")], $"{url}?handler=AskForInformation");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(VerificationStatus.Pending, (await Data.QueryAsync(db => db.Organizations.SingleAsync())).Status);
        var notification = await Data.QueryAsync(db => db.Notifications.SingleAsync());
        Assert.Equal((owner.Id, NotificationKinds.OrganizationInformationRequested), (notification.UserId, notification.Kind));
        Assert.Equal("Which countries do you work in?", notification.Reason);
        var email = await Data.QueryAsync(db => db.OutboxEmails.SingleAsync());
        Assert.Equal("More information requested / Se solicita más información: Red Regional", email.Subject);
        Assert.Contains("Message: Which countries do you work in?", email.Body, StringComparison.Ordinal);
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync());
        Assert.Equal((AuditActions.OrganizationInformationRequested, "Which countries do you work in?"), (audit.Action, audit.Reason));

        var ownerClient = NewClient();
        await ownerClient.SignInAsync("owner@example.org", TestData.Password);
        var page = WebUtility.HtmlDecode(await ownerClient.GetPageAsync("/Notifications"));
        Assert.Contains("A moderator asks for more information about your organization Red Regional before verifying it.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_more_information_needs_a_message_and_sends_nothing_without_one()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.PendingAsync(TestData.Profile("Red Regional"), owner.Id);
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);
        var url = $"/Moderation/Organizations/Review/{organization.Id}";

        using var response = await moderator.SubmitAsync(url, [new("Information.Message", "  ")], $"{url}?handler=AskForInformation");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Write what the delegates should tell you.", Html.FieldError(await response.Content.ReadAsStringAsync(), "Information.Message"));
        Assert.Equal(0, await Data.QueryAsync(db => db.Notifications.CountAsync()));
        Assert.Equal(0, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync()));
    }

    [Fact]
    public async Task A_refused_second_decision_notifies_nobody_again()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.PendingAsync(TestData.Profile("Red Regional"), owner.Id);
        var first = await SignedInAsync("first@example.org", Roles.Moderator);
        var second = await SignedInAsync("second@example.org", Roles.Moderator);
        var url = $"/Moderation/Organizations/Review/{organization.Id}";
        var secondToken = PortalClient.AntiforgeryToken(await second.GetPageAsync(url));

        using var verified = await first.SubmitAsync(url, [], $"{url}?handler=Verify");
        using var late = await second.PostAsync($"{url}?handler=Reject", [new("Input.Reason", "Too late."), new("__RequestVerificationToken", secondToken)]);

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal(NotificationKinds.OrganizationVerified, (await Data.QueryAsync(db => db.Notifications.SingleAsync())).Kind);
        Assert.Equal(1, await Data.QueryAsync(db => db.OutboxEmails.CountAsync()));
    }
}
