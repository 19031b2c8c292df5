using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Gaps;

public sealed class EditTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private static List<KeyValuePair<string, string>> Form(string title) =>
    [
        new("Input.Title", title),
        new("Input.Description", "Now also in services."),
        new("Input.Requires", "employer-engagement"),
        new("Input.Countries", "HN"),
        new("Input.GcmObjectives", "6"),
        new("Input.Priority", "Low"),
    ];

    private async Task<(PortalClient Client, int OrganizationId)> DelegateAsync(string email, string name)
    {
        var owner = await Data.UserAsync(email);
        var organization = await Data.PendingAsync(TestData.Profile(name), owner.Id);
        var client = NewClient();
        await client.SignInAsync(email, TestData.Password);
        return (client, organization.Id);
    }

    [Fact]
    public async Task A_delegate_edits_their_gap_and_every_value_is_saved()
    {
        var (client, organizationId) = await DelegateAsync("owner@example.org", "Own Organization");
        var gap = await Data.GapAsync(organizationId, NewGap("Training in agriculture"));

        var form = await client.GetPageAsync($"/Gaps/{gap.Id}/Edit");
        using var response = await client.SubmitAsync($"/Gaps/{gap.Id}/Edit", Form("Training in agriculture and services"));

        Assert.Contains("value=\"Training in agriculture\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await Data.QueryAsync(db => db.Gaps.SingleAsync(g => g.Id == gap.Id));
        Assert.Equal("Training in agriculture and services", saved.Title);
        Assert.Equal("Now also in services.", saved.Description);
        Assert.Equal(["employer-engagement"], saved.Requires);
        Assert.Equal(["HN"], saved.Countries);
        Assert.Equal([6], saved.GcmObjectives);
        Assert.Equal(GapPriority.Low, saved.Priority);
        Assert.Equal(organizationId, saved.RaisedByOrganizationId);
    }

    [Fact]
    public async Task A_field_error_keeps_the_gap_unchanged()
    {
        var (client, organizationId) = await DelegateAsync("owner@example.org", "Own Organization");
        var gap = await Data.GapAsync(organizationId, NewGap("Training in agriculture"));

        using var response = await client.SubmitAsync($"/Gaps/{gap.Id}/Edit", [.. Form("Changed"), new("Input.Countries", "XX")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"XX\" is not a known country code.", Html.FieldError(await response.Content.ReadAsStringAsync(), "Input.Countries"));
        Assert.Equal("Training in agriculture", (await Data.QueryAsync(db => db.Gaps.SingleAsync(g => g.Id == gap.Id))).Title);
    }

    [Fact]
    public async Task Another_delegate_gets_404_for_a_pending_organizations_record_on_GET_and_POST_even_with_forged_ids_and_nothing_is_written()
    {
        // The victim organization is pending: to anyone but its delegates its records do not exist.
        var (_, victimId) = await DelegateAsync("owner@example.org", "Victim Organization");
        var victimGap = await Data.GapAsync(victimId, NewGap("Victim's gap"));
        var (intruder, ownId) = await DelegateAsync("intruder@example.org", "Intruder Organization");
        var ownGap = await Data.GapAsync(ownId, NewGap("Intruder's gap"));
        var token = PortalClient.AntiforgeryToken(await intruder.GetPageAsync($"/Gaps/{ownGap.Id}/Edit"));
        var forged = victimGap.Id.ToString(CultureInfo.InvariantCulture);

        using var get = await intruder.GetAsync($"/Gaps/{victimGap.Id}/Edit");
        using var post = await intruder.PostAsync($"/Gaps/{victimGap.Id}/Edit", [.. Form("Hijacked"), new("__RequestVerificationToken", token)]);
        using var forgedPost = await intruder.PostAsync(
            $"/Gaps/{ownGap.Id}/Edit",
            [.. Form("Edited own"), new("id", forged), new("Input.Id", forged), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, forgedPost.StatusCode);
        Assert.Equal("Victim's gap", (await Data.QueryAsync(db => db.Gaps.SingleAsync(g => g.Id == victimGap.Id))).Title);
        Assert.Equal("Edited own", (await Data.QueryAsync(db => db.Gaps.SingleAsync(g => g.Id == ownGap.Id))).Title);
    }

    [Fact]
    public async Task A_gap_raised_in_a_session_is_not_a_delegates_to_edit()
    {
        var gap = await Data.GapAsync(null, NewGap("Session gap"));
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.GetAsync($"/Gaps/{gap.Id}/Edit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile("Any Organization"));
        var gap = await Data.GapAsync(organization.Id, NewGap("Any gap"));

        using var response = await NewClient().GetAsync($"/Gaps/{gap.Id}/Edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_gap_is_404()
    {
        var client = await SignedInAsync("owner@example.org");

        using var response = await client.GetAsync("/Gaps/424242/Edit");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
