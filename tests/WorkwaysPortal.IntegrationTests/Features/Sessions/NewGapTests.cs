using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Sessions;

/// <summary>A gap or an initiative from a contribution point: the form comes filled, saving keeps the link.</summary>
public sealed class NewGapTests(PortalDatabaseFixture database) : SessionTest(database)
{
    [Fact]
    public async Task A_gap_from_a_point_is_raised_in_the_session_by_the_participants_organization_and_linked()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();
        var url = $"/Sessions/{id}/Gaps/New?participant=4&point=0";
        var form = FormFields.Read(await staff.GetPageAsync(url)).Where(f => f.Key.StartsWith("Input.", StringComparison.Ordinal) || f.Key == "RaisedByOrganizationId").ToList();
        Assert.Contains(form, f => f.Key == "Input.Title" && f.Value == "The professional qualifications of migrants must be known, starting from a baseline");

        using var response = await staff.SubmitAsync(url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var psi = await Data.QueryAsync(db => db.Organizations.Where(o => o.Name == DemoData.PsiName).Select(o => o.Id).SingleAsync());
        var gap = await Data.QueryAsync(db => db.Gaps.OrderByDescending(g => g.Id).FirstAsync());
        Assert.Equal($"/Gaps/{gap.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((id, psi), (gap.RaisedInSessionId!.Value, gap.RaisedByOrganizationId!.Value));
        Assert.Contains(gap.Id, await Data.QueryAsync(db => db.Sessions.Where(s => s.Id == id).Select(s => s.GapIds).SingleAsync()));
        Assert.Equal(AuditActions.SessionGapCreated, (await SessionAuditAsync()).Last().Action);

        // The gap's page says where it came from.
        Assert.Contains(DemoSession.Title, WebUtility.HtmlDecode(await staff.GetPageAsync($"/Gaps/{gap.Id}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gap_may_be_the_sessions_alone_but_not_another_organizations()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();
        var url = $"/Sessions/{id}/Gaps/New?participant=0&point=0";
        var form = FormFields.Read(await staff.GetPageAsync(url)).Where(f => f.Key.StartsWith("Input.", StringComparison.Ordinal)).ToList();
        var other = await Data.QueryAsync(db => db.Organizations.Where(o => o.Name == DemoData.IomName).Select(o => o.Id).SingleAsync());

        using var refused = await staff.SubmitAsync(url, [.. form, new("RaisedByOrganizationId", other.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull(Html.FieldError(await refused.Content.ReadAsStringAsync(), "RaisedByOrganizationId"));

        using var accepted = await staff.SubmitAsync(url, [.. form, new("RaisedByOrganizationId", "")]);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var gap = await Data.QueryAsync(db => db.Gaps.OrderByDescending(g => g.Id).FirstAsync());
        Assert.Null(gap.RaisedByOrganizationId);
        Assert.Equal(id, gap.RaisedInSessionId);
    }

    [Fact]
    public async Task An_initiative_from_a_point_is_led_by_the_participants_organization_and_linked()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();
        var url = $"/Sessions/{id}/Initiatives/New?participant=2&point=0";
        var form = FormFields.Read(await staff.GetPageAsync(url)).Where(f => f.Key.StartsWith("Input.", StringComparison.Ordinal)).ToList();

        using var response = await staff.SubmitAsync(url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var gmies = await Data.QueryAsync(db => db.Organizations.Where(o => o.Name == DemoData.GmiesName).Select(o => o.Id).SingleAsync());
        var initiative = await Data.QueryAsync(db => db.Initiatives.OrderByDescending(i => i.Id).FirstAsync());
        Assert.Equal(gmies, initiative.LeadOrganizationId);
        Assert.Contains(initiative.Id, await Data.QueryAsync(db => db.Sessions.Where(s => s.Id == id).Select(s => s.InitiativeIds).SingleAsync()));
        Assert.Equal(AuditActions.SessionInitiativeCreated, (await SessionAuditAsync()).Last().Action);
    }

    [Theory]
    [InlineData("/Sessions/{id}/Gaps/New?participant=9&point=0")]
    [InlineData("/Sessions/{id}/Gaps/New?participant=0&point=5")]
    [InlineData("/Sessions/{id}/Initiatives/New?participant=-1&point=0")]
    public async Task A_point_that_does_not_exist_is_not_found(string url)
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();

        using var response = await staff.GetAsync(url.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
