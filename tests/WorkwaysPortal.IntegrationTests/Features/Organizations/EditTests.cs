using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations;

public sealed class EditTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private static List<KeyValuePair<string, string>> Form(string name, string description) =>
    [
        new("Input.Name", name),
        new("Input.Sector", "civil-society"),
        new("Input.Countries", "SV"),
        new("Input.Description", description),
    ];

    [Fact]
    public async Task A_delegate_edits_their_own_organization()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.PendingAsync(TestData.Profile("Own Organization"), owner.Id);
        var client = NewClient();
        await client.SignInAsync("owner@example.org", TestData.Password);

        using var response = await client.SubmitAsync($"/Organizations/{organization.Id}/Edit", Form("Own Organization", "Nueva descripción."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await Data.QueryAsync(db => db.Organizations.SingleAsync(o => o.Id == organization.Id));
        Assert.Equal("Nueva descripción.", saved.Description);
        Assert.Equal(["SV"], saved.Countries);
    }

    [Fact]
    public async Task A_delegate_cannot_open_or_post_another_delegates_organization_pending_ones_do_not_exist_for_them()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.PendingAsync(TestData.Profile("Someone Else's"), owner.Id);
        var verified = await Data.VerifiedAsync(TestData.Profile("Verified Other"));
        var intruder = await SignedInAsync("intruder@example.org");
        var token = PortalClient.AntiforgeryToken(await intruder.GetPageAsync("/Organizations/Register"));

        using var get = await intruder.GetAsync($"/Organizations/{organization.Id}/Edit");
        using var getVerified = await intruder.GetAsync($"/Organizations/{verified.Id}/Edit");
        using var post = await intruder.PostAsync(
            $"/Organizations/{organization.Id}/Edit",
            [.. Form("Hijacked", "Changed by someone else."), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, getVerified.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var unchanged = await Data.QueryAsync(db => db.Organizations.SingleAsync(o => o.Id == organization.Id));
        Assert.Equal("Someone Else's", unchanged.Name);
    }

    [Fact]
    public async Task An_administrator_may_edit_any_organization()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Any Organization"));
        var admin = await SignedInAsync("admin@example.org", Roles.Admin);

        using var response = await admin.SubmitAsync($"/Organizations/{organization.Id}/Edit", Form("Any Organization", "Corrected by an administrator."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Correcting_a_rejected_organization_sends_it_back_to_review()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.PendingAsync(TestData.Profile("Rejected One"), owner.Id);
        await Data.QueryAsync(async db =>
        {
            var o = await db.Organizations.SingleAsync(x => x.Id == organization.Id);
            o.Reject(Guid.NewGuid(), "Missing description of activities.", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var client = NewClient();
        await client.SignInAsync("owner@example.org", TestData.Password);
        Assert.Contains("Missing description of activities.", await client.GetPageAsync("/Organizations/Mine"), StringComparison.Ordinal);

        using var response = await client.SubmitAsync($"/Organizations/{organization.Id}/Edit", Form("Rejected One", "Now with a full description."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(VerificationStatus.Pending, (await Data.QueryAsync(db => db.Organizations.SingleAsync(o => o.Id == organization.Id))).Status);
    }

    [Fact]
    public async Task An_unknown_organization_is_404()
    {
        var client = await SignedInAsync("owner@example.org");

        using var response = await client.GetAsync("/Organizations/424242/Edit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
