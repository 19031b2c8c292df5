using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.IntegrationTests.Exports;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Admin.Audit;

/// <summary><c>/Admin/Audit</c>: the audit trail for staff and administrators, filtered, paged and downloaded as CSV.</summary>
public sealed class IndexTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    [Fact]
    public async Task Role_changes_sign_ins_lockouts_exports_and_moderation_decisions_all_appear_in_the_trail()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        var moderator = await PersonAsync("moderator@example.org", Roles.Moderator);
        var staff = await PersonAsync("staff@example.org", Roles.Staff);
        var ben = await Data.UserAsync("ben@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Red Regional"), ben.Id);

        using var give = await admin.Client.SubmitAsync($"/Admin/Users/Details?user={ben.Id}", [new("role", Roles.Staff)], $"/Admin/Users/Details?user={ben.Id}&handler=Give");
        using var verify = await moderator.Client.SubmitAsync(
            $"/Moderation/Organizations/Review/{pending.Id}", [], $"/Moderation/Organizations/Review/{pending.Id}?handler=Verify");
        using var export = await staff.Client.GetAsync("/Gaps?handler=Export&format=csv");
        var visitor = NewClient();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await visitor.SubmitAsync("/Account/Login", [new("Input.Email", "ben@example.org"), new("Input.Password", "not the right password")]);
        }

        var page = WebUtility.HtmlDecode(await staff.Client.GetPageAsync("/Admin/Audit"));
        foreach (var action in new[] { AuditActions.SignedIn, AuditActions.RoleGranted, AuditActions.OrganizationVerified, AuditActions.DataExported, AuditActions.SignInsHeldBack })
        {
            Assert.Contains($"<code>{action}</code>", page, StringComparison.Ordinal);
        }

        var lockout = await Data.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == AuditActions.SignInsHeldBack));
        Assert.Equal((ben.Id.ToString(), AuditSubjects.User, "ben@example.org"), (lockout.SubjectId, lockout.SubjectType, lockout.ActorName));
        Assert.Equal(3, await Data.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.SignedIn)));
    }

    [Fact]
    public async Task The_trail_filters_by_actor_entity_action_and_days_newest_first()
    {
        var staff = await PersonAsync("staff@example.org", Roles.Staff);
        await RecordAsync(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), "ana@example.org", AuditActions.OrganizationVerified, AuditSubjects.Organization, "7");
        await RecordAsync(new DateTimeOffset(2026, 3, 2, 23, 59, 0, TimeSpan.Zero), "ana@example.org", AuditActions.ProposalApproved, AuditSubjects.Proposal, "9");
        await RecordAsync(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero), "ben@example.org", AuditActions.OrganizationRejected, AuditSubjects.Organization, "8");

        Assert.Equal(["8", "9", "7"], await SubjectsAsync(staff, ""));
        Assert.Equal(["9", "7"], await SubjectsAsync(staff, "?actor=ANA"));
        Assert.Equal(["8", "7"], await SubjectsAsync(staff, "?entity=organization"));
        Assert.Equal(["8"], await SubjectsAsync(staff, "?entity=organization&entityId=8"));
        Assert.Equal(["9"], await SubjectsAsync(staff, "?action=proposal.approved"));
        Assert.Equal(["9"], await SubjectsAsync(staff, "?from=2026-03-02&to=2026-03-02"));
        Assert.Equal(["8", "9"], await SubjectsAsync(staff, "?from=2026-03-02"));
        Assert.Equal(["9", "7"], await SubjectsAsync(staff, "?to=2026-03-02"));
        Assert.Contains("No event matches this search.", await staff.Client.GetPageAsync("/Admin/Audit?actor=nobody"), StringComparison.Ordinal);

        // Unknown values are dropped, as on every list.
        Assert.Equal(3, (await SubjectsAsync(staff, "?entity=nothing&action=nothing&from=yesterday")).Count(s => s is "7" or "8" or "9"));
    }

    [Fact]
    public async Task The_trail_is_paged()
    {
        var staff = await PersonAsync("staff@example.org", Roles.Staff);
        for (var i = 0; i < 25; i++)
        {
            await RecordAsync(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i), "ana@example.org", AuditActions.OrganizationVerified, AuditSubjects.Organization, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var first = await SubjectsAsync(staff, "?actor=ana");
        var second = await SubjectsAsync(staff, "?actor=ana&page=2");

        Assert.Equal(20, first.Count);
        Assert.Equal("24", first[0]);
        Assert.Equal(["4", "3", "2", "1", "0"], second);
    }

    [Fact]
    public async Task The_csv_download_holds_the_filtered_events_and_is_itself_audited()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        await RecordAsync(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), "ana@example.org", AuditActions.OrganizationRejected, AuditSubjects.Organization, "7", "=HYPERLINK(\"x\")");
        await RecordAsync(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), "ben@example.org", AuditActions.ProposalApproved, AuditSubjects.Proposal, "9");

        var page = await admin.Client.GetPageAsync("/Admin/Audit?actor=ana");
        var link = WebUtility.HtmlDecode(Regex.Match(page, "href=\"([^\"]*)\" data-testid=\"export-csv\"").Groups[1].Value);
        var table = await ExportFile.DownloadAsync(admin.Client, link);

        Assert.Equal(["Id", "When (UTC)", "Actor", "Actor id", "Action", "Entity", "Entity id", "Reason", "Details"], table.Headers);
        var row = Assert.Single(table.Rows);
        Assert.Equal(["2026-03-01 10:00", "ana@example.org", AuditActions.OrganizationRejected, AuditSubjects.Organization, "7", "'=HYPERLINK(\"x\")"], new[] { row[1], row[2], row[4], row[5], row[6], row[7] });
        var exported = await Data.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == AuditActions.DataExported));
        Assert.Equal(("audit", "admin@example.org"), (exported.SubjectId, exported.ActorName));
        Assert.Contains("\"actor\": \"ana\"", exported.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_read_the_trail_but_not_the_accounts()
    {
        var staff = await PersonAsync("staff@example.org", Roles.Staff);

        var home = await staff.Client.GetPageAsync("/Admin");
        using var users = await staff.Client.GetAsync("/Admin/Users");

        Assert.Contains("href=\"/Admin/Audit\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Admin/Users\"", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
    }

    private async Task RecordAsync(DateTimeOffset at, string actor, string action, string subjectType, string subjectId, string? reason = null) =>
        await Data.QueryAsync(async db =>
        {
            db.AuditEvents.Add(AuditEvent.Record(at, null, actor, action, subjectType, subjectId, reason));
            return await db.SaveChangesAsync();
        });

    /// <summary>The subject ids of the events the page lists, minus the sign-ins of the test's own clients.</summary>
    private static async Task<List<string>> SubjectsAsync(Person reader, string query)
    {
        var html = await reader.Client.GetPageAsync("/Admin/Audit" + query);
        return
        [
            .. Regex.Matches(html, "<tr data-testid=\"event\">.*?<code>([^<]*)</code>\\s*</td>\\s*<td[^>]*>[^<]* ([^<]*)</td>", RegexOptions.Singleline)
                .Where(m => m.Groups[1].Value != AuditActions.SignedIn)
                .Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)),
        ];
    }
}
