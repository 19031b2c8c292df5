using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Gaps;

/// <summary>Closing and reopening a gap (Close.cshtml and Reopen.cshtml).</summary>
public sealed class CloseTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private async Task<(PortalClient Client, Gap Gap)> OwnGapAsync()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var organization = await Data.PendingAsync(TestData.Profile("Own Organization"), owner.Id);
        var gap = await Data.GapAsync(organization.Id, NewGap("Training in agriculture"));
        var client = NewClient();
        await client.SignInAsync("owner@example.org", TestData.Password);
        return (client, gap);
    }

    private Task<GapStatus> StatusAsync(int id) => Data.QueryAsync(async db => (await db.Gaps.SingleAsync(g => g.Id == id)).Status);

    [Fact]
    public async Task A_delegate_closes_their_gap_after_a_confirmation_and_reopens_it()
    {
        var (client, gap) = await OwnGapAsync();

        var details = await client.GetPageAsync($"/Gaps/{gap.Id}");
        var confirmation = await client.GetPageAsync($"/Gaps/{gap.Id}/Close");
        using var close = await client.SubmitAsync($"/Gaps/{gap.Id}/Close", []);
        var closedStatus = await StatusAsync(gap.Id);
        var closedDetails = await client.GetPageAsync($"/Gaps/{gap.Id}");
        using var reopen = await client.SubmitAsync($"/Gaps/{gap.Id}/Reopen", []);

        Assert.Contains($"href=\"/Gaps/{gap.Id}/Close\"", details, StringComparison.Ordinal);
        Assert.Contains("Close a gap when it no longer needs partners", confirmation, StringComparison.Ordinal);
        Assert.Contains("Yes, close the gap", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        Assert.Equal($"/Gaps/{gap.Id}", close.Headers.Location?.OriginalString);
        Assert.Equal(GapStatus.Closed, closedStatus);
        Assert.Contains("The gap was closed.", closedDetails, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Gaps/{gap.Id}/Reopen\"", closedDetails, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reopen.StatusCode);
        Assert.Equal(GapStatus.Open, await StatusAsync(gap.Id));
    }

    [Fact]
    public async Task Reopening_a_gap_that_is_not_closed_changes_nothing()
    {
        var (client, gap) = await OwnGapAsync();

        var confirmation = await client.GetPageAsync($"/Gaps/{gap.Id}/Reopen");
        using var reopen = await client.SubmitAsync($"/Gaps/{gap.Id}/Reopen", []);

        Assert.Contains("This gap is not closed.", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, reopen.StatusCode);
        Assert.Equal(GapStatus.Open, await StatusAsync(gap.Id));
    }

    [Theory]
    [InlineData("Close")]
    [InlineData("Reopen")]
    public async Task Another_delegate_gets_404_for_a_pending_organizations_record_and_nothing_changes(string action)
    {
        // The victim organization is pending: to anyone but its delegates its records do not exist.
        var (_, gap) = await OwnGapAsync();
        if (action == "Reopen")
        {
            await Data.QueryAsync(async db =>
            {
                (await db.Gaps.SingleAsync(g => g.Id == gap.Id)).Close(DateTimeOffset.UtcNow);
                return await db.SaveChangesAsync();
            });
        }

        var before = await StatusAsync(gap.Id);
        var intruder = await SignedInAsync("intruder@example.org");
        var token = PortalClient.AntiforgeryToken(await intruder.GetPageAsync("/Organizations/Register"));

        using var get = await intruder.GetAsync($"/Gaps/{gap.Id}/{action}");
        using var post = await intruder.PostAsync($"/Gaps/{gap.Id}/{action}", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(before, await StatusAsync(gap.Id));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var (_, gap) = await OwnGapAsync();

        using var response = await NewClient().GetAsync($"/Gaps/{gap.Id}/Close");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_an_unknown_gap_is_404()
    {
        var client = await SignedInAsync("owner@example.org");

        using var response = await client.GetAsync("/Gaps/424242/Close");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
