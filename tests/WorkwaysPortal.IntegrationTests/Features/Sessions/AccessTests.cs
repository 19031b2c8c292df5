using System.Net;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Sessions;

/// <summary>Only GFMD staff and administrators open the session pages and exports; everyone else is refused.</summary>
public sealed class AccessTests(PortalDatabaseFixture database) : SessionTest(database)
{
    private static readonly string[] Pages =
    [
        "/Sessions", "/Sessions/New", "/Sessions/{id}", "/Sessions/{id}/Edit", "/Sessions/{id}/Delete",
        "/Sessions/{id}/Export?format=docx", "/Sessions/{id}/Export?format=md", "/Sessions/{id}/Print",
        "/Sessions/{id}/Gaps/New?participant=0&point=0", "/Sessions/{id}/Initiatives/New?participant=0&point=0",
        "/Sessions/summary.css",
    ];

    [Theory]
    [InlineData(Roles.Staff, HttpStatusCode.OK)]
    [InlineData(Roles.Admin, HttpStatusCode.OK)]
    [InlineData(Roles.Moderator, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Delegate, HttpStatusCode.Forbidden)]
    public async Task Every_session_page_and_export_is_for_staff_and_administrators_only(string role, HttpStatusCode expected)
    {
        var id = await DemoSessionAsync();
        var client = await SignedInAsync($"{role}@example.org", role);

        foreach (var page in Pages)
        {
            using var response = await client.GetAsync(page.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            Assert.True(expected == response.StatusCode, $"{role} on {page}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var id = await DemoSessionAsync();
        var client = NewClient();

        foreach (var page in Pages)
        {
            using var response = await client.GetAsync(page.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_delegate_cannot_post_a_session_either()
    {
        var delegateClient = await SignedInAsync("delegate@example.org");
        var staff = await StaffAsync();
        var token = PortalClient.AntiforgeryToken(await staff.GetPageAsync("/Sessions/New"));

        // A token of another account's page is refused too, but a delegate's own form page is already forbidden.
        using var response = await delegateClient.PostAsync("/Sessions/New", [new("Input.Title", "Mine"), new("__RequestVerificationToken", token)]);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{(int)response.StatusCode}");
        Assert.Equal(0, await Data.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Sessions)));
    }

    [Fact]
    public async Task The_header_links_to_the_sessions_for_staff_only()
    {
        var staff = await StaffAsync();
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);

        Assert.Contains("href=\"/Sessions\"", await staff.GetPageAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Sessions\"", await moderator.GetPageAsync("/"), StringComparison.Ordinal);
    }
}
