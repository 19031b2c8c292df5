using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Moderation;

public sealed class ReviewTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private async Task<Organization> PendingAsync(string name = "Pending Network")
    {
        var owner = await Data.UserAsync($"owner-{Guid.NewGuid():N}@example.org");
        return await Data.PendingAsync(TestData.Profile(name), owner.Id);
    }

    [Fact]
    public async Task Verifying_lists_the_organization_and_records_an_audit_event()
    {
        var organization = await PendingAsync();
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);

        using var response = await moderator.SubmitAsync(
            $"/Moderation/Organizations/Review/{organization.Id}", [], $"/Moderation/Organizations/Review/{organization.Id}?handler=Verify");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Pending Network", await NewClient().GetPageAsync("/Organizations"), StringComparison.Ordinal);
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync());
        Assert.Equal(AuditActions.OrganizationVerified, audit.Action);
        Assert.Equal(organization.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), audit.SubjectId);
        Assert.Equal("moderator@example.org", audit.ActorName);
    }

    [Fact]
    public async Task Rejecting_requires_a_reason()
    {
        var organization = await PendingAsync();
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);
        var url = $"/Moderation/Organizations/Review/{organization.Id}";

        using var response = await moderator.SubmitAsync(url, [new("Input.Reason", "  ")], $"{url}?handler=Reject");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A reason is required to reject an organization.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(VerificationStatus.Pending, (await Data.QueryAsync(db => db.Organizations.SingleAsync())).Status);
        Assert.Equal(0, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync()));
    }

    [Fact]
    public async Task A_rejection_with_a_reason_is_shown_to_the_delegate()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.PendingAsync(TestData.Profile("To Be Rejected"), owner.Id);
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);
        var url = $"/Moderation/Organizations/Review/{organization.Id}";

        using var response = await moderator.SubmitAsync(url, [new("Input.Reason", "Not working on migration.")], $"{url}?handler=Reject");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var delegateClient = NewClient();
        await delegateClient.SignInAsync("owner@example.org", TestData.Password);
        var mine = await delegateClient.GetPageAsync("/Organizations/Mine");
        Assert.Contains("Rejected", mine, StringComparison.Ordinal);
        Assert.Contains("Not working on migration.", mine, StringComparison.Ordinal);
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync());
        Assert.Equal(AuditActions.OrganizationRejected, audit.Action);
        Assert.Equal("Not working on migration.", audit.Reason);
    }

    [Fact]
    public async Task A_second_decision_on_the_same_organization_is_refused()
    {
        var organization = await PendingAsync();
        var first = await SignedInAsync("first@example.org", Roles.Moderator);
        var second = await SignedInAsync("second@example.org", Roles.Moderator);
        var url = $"/Moderation/Organizations/Review/{organization.Id}";
        var secondToken = PortalClient.AntiforgeryToken(await second.GetPageAsync(url));

        using var verified = await first.SubmitAsync(url, [], $"{url}?handler=Verify");
        using var late = await second.PostAsync($"{url}?handler=Reject", [new("Input.Reason", "Too late."), new("__RequestVerificationToken", secondToken)]);

        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("This organization has already been reviewed.", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(VerificationStatus.Verified, (await Data.QueryAsync(db => db.Organizations.SingleAsync())).Status);
        Assert.Equal(1, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync()));
    }

    [Theory]
    [InlineData("Verify", "")]
    [InlineData("Reject", "Input.Reason")]
    [InlineData("AskForInformation", "Information.Message")]
    public async Task A_moderator_who_is_a_delegate_of_the_organization_may_look_but_not_review_it(string handler, string field)
    {
        var moderatorUser = await Data.UserAsync("moderator@example.org", Roles.Moderator);
        var organization = await Data.PendingAsync(TestData.Profile("Own Network"), moderatorUser.Id);
        var moderator = NewClient();
        await moderator.SignInAsync("moderator@example.org", TestData.Password);
        var url = $"/Moderation/Organizations/Review/{organization.Id}";

        var page = await moderator.GetPageAsync(url);
        using var response = await moderator.SubmitAsync(url, field.Length == 0 ? [] : [new(field, "Looks fine to me.")], $"{url}?handler={handler}");

        Assert.Contains("data-testid=\"conflict-of-interest\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Verify", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("another moderator must review it", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(VerificationStatus.Pending, (await Data.QueryAsync(db => db.Organizations.SingleAsync())).Status);
        Assert.Equal(0, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync()));
        Assert.Equal(0, await Data.QueryAsync(db => db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task The_review_page_shows_who_registered_it_whether_their_email_is_confirmed_and_the_website_as_a_safe_link()
    {
        var owner = await Data.UserAsync("registrant@example.org");
        await Data.QueryAsync(db => db.Users.Where(u => u.Id == owner.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false)));
        var organization = await Data.PendingAsync(TestData.Profile("Pending Network"), owner.Id);
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);
        var url = $"/Moderation/Organizations/Review/{organization.Id}";

        var unconfirmed = await moderator.GetPageAsync(url);
        await Data.QueryAsync(db => db.Users.Where(u => u.Id == owner.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, true)));
        var confirmed = await moderator.GetPageAsync(url);

        var registrant = Html.Between(unconfirmed, "data-testid=\"registered-by\">", "</dd>");
        Assert.Contains("registrant", registrant, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:registrant@example.org\">registrant@example.org</a>", registrant, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"email-unconfirmed\"", unconfirmed, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"email-confirmed\"", confirmed, StringComparison.Ordinal);
        Assert.Contains(
            "<a href=\"https://example.org\" rel=\"noopener noreferrer nofollow\" target=\"_blank\" data-testid=\"website\">https://example.org</a>",
            unconfirmed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_imported_organization_has_no_known_registrant()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Imported Network"));
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);

        var page = WebUtility.HtmlDecode(await moderator.GetPageAsync($"/Moderation/Organizations/Review/{organization.Id}"));

        Assert.Contains("Unknown (imported, or the account was deleted)", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Delegate)]
    [InlineData(Roles.Staff)]
    public async Task Other_roles_cannot_moderate(string role)
    {
        var organization = await PendingAsync();
        var client = await SignedInAsync("someone@example.org", role);
        var token = PortalClient.AntiforgeryToken(await client.GetPageAsync("/Organizations/Register"));

        using var queue = await client.GetAsync("/Moderation");
        using var verify = await client.PostAsync(
            $"/Moderation/Organizations/Review/{organization.Id}?handler=Verify", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, verify.StatusCode);
        Assert.Equal(VerificationStatus.Pending, (await Data.QueryAsync(db => db.Organizations.SingleAsync())).Status);
    }
}
