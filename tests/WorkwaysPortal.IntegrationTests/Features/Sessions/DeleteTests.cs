using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Sessions;

public sealed class DeleteTests(PortalDatabaseFixture database) : SessionTest(database)
{
    [Fact]
    public async Task Deleting_asks_first_then_removes_the_session_and_keeps_its_gaps()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();
        var gaps = await Data.QueryAsync(db => db.Gaps.CountAsync());

        var confirmation = await staff.GetPageAsync($"/Sessions/{id}/Delete");
        Assert.Contains("Yes, delete the session", confirmation, StringComparison.Ordinal);
        Assert.Equal(1, await Data.QueryAsync(db => db.Sessions.CountAsync()));

        using var response = await staff.SubmitAsync($"/Sessions/{id}/Delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Sessions", response.Headers.Location?.OriginalString);
        Assert.Equal(0, await Data.QueryAsync(db => db.Sessions.CountAsync()));
        Assert.Equal(gaps, await Data.QueryAsync(db => db.Gaps.CountAsync()));
        Assert.Equal(0, await Data.QueryAsync(db => db.Gaps.CountAsync(g => g.RaisedInSessionId != null)));
        Assert.Equal(AuditActions.SessionDeleted, (await SessionAuditAsync()).Last().Action);
    }

    [Fact]
    public async Task Deleting_without_the_antiforgery_token_is_refused()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();

        using var response = await staff.PostAsync($"/Sessions/{id}/Delete", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await Data.QueryAsync(db => db.Sessions.CountAsync()));
    }
}
