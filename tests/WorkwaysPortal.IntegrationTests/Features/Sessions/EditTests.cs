using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Sessions;

public sealed class EditTests(PortalDatabaseFixture database) : SessionTest(database)
{
    /// <summary>The fields of the edit form as the page fills them (inputs, selected options, textareas).</summary>
    private static async Task<List<KeyValuePair<string, string>>> FormOfAsync(PortalClient client, string url)
    {
        var html = await client.GetPageAsync(url);
        return [.. FormFields.Read(html).Where(f => f.Key.StartsWith("Input.", StringComparison.Ordinal))];
    }

    [Fact]
    public async Task Saving_the_form_unchanged_keeps_the_session_as_it_was()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();
        var before = await Data.QueryAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id));

        using var response = await staff.SubmitAsync($"/Sessions/{id}/Edit", await FormOfAsync(staff, $"/Sessions/{id}/Edit"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await Data.QueryAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(before.Agenda, after.Agenda, new JsonEquality<WorkwaysPortal.Domain.Sessions.AgendaItem>());
        Assert.Equal(before.Participants.Select(p => (p.Name, p.OrganizationId, p.Country, string.Join("|", p.Points))), after.Participants.Select(p => (p.Name, p.OrganizationId, p.Country, string.Join("|", p.Points))));
        Assert.Equal(before.Themes, after.Themes);
        Assert.Equal(before.Agreements, after.Agreements);
        Assert.Equal(before.GapIds, after.GapIds);
        Assert.Equal(before.InitiativeIds, after.InitiativeIds);
        Assert.Equal(before.OrganizationIds, after.OrganizationIds);
        Assert.Equal(AuditActions.SessionEdited, (await SessionAuditAsync()).Last().Action);
    }

    [Fact]
    public async Task A_change_made_meanwhile_is_not_overwritten()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();
        var form = await FormOfAsync(staff, $"/Sessions/{id}/Edit");
        await Data.QueryAsync(async db =>
        {
            var session = await db.Sessions.SingleAsync(s => s.Id == id);
            session.LinkGap(999_999, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

        using var response = await staff.SubmitAsync($"/Sessions/{id}/Edit", form.Select(f => f.Key == "Input.Title" ? new(f.Key, "Changed") : f));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Someone else changed this session", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(DemoSession.Title, await Data.QueryAsync(db => db.Sessions.Where(s => s.Id == id).Select(s => s.Title).SingleAsync()));
    }

    private sealed class JsonEquality<T> : IEqualityComparer<T>
    {
        public bool Equals(T? x, T? y) => System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y);

        public int GetHashCode(T obj) => System.Text.Json.JsonSerializer.Serialize(obj).GetHashCode(StringComparison.Ordinal);
    }
}
