using System.Net;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.IntegrationTests.Exports;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Proposals;

public sealed class ExportTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    [Theory]
    [InlineData(Roles.Moderator, "csv")]
    [InlineData(Roles.Staff, "xlsx")]
    [InlineData(Roles.Admin, "csv")]
    public async Task Overseers_export_every_submitted_proposal_but_never_a_draft(string role, string format)
    {
        var author = await Data.UserAsync("author@example.org");
        var proposer = await OrganizationAsync("PSI", delegates: author.Id);
        var eclac = await OrganizationAsync("ECLAC");
        var iom = await OrganizationAsync("IOM");
        var gap = await GapAsync(proposer.Id, "Technical and labour training");
        var now = DateTimeOffset.UtcNow;
        await ProposalAsync(proposer.Id, author.Id, [iom.Id, eclac.Id], ProposalState.Approved, gap.Id, "Nurses into jobs", at: now.AddHours(-3));
        await ProposalAsync(proposer.Id, author.Id, [eclac.Id], ProposalState.Submitted, title: "=cmd|' /C calc'!A0", at: now.AddHours(-2));
        await ProposalAsync(proposer.Id, author.Id, [eclac.Id], ProposalState.Draft, title: "Secret draft", at: now.AddHours(-1));
        var client = await SignedInAsync($"{role}@example.org", role);

        var table = await ExportFile.DownloadAsync(client, $"/Proposals/Export?format={format}");

        Assert.Equal(["'=cmd|' /C calc'!A0", "Nurses into jobs"], table.Column("Title"));
        Assert.Equal(["Submitted", "Approved"], table.Column("State"));
        Assert.Equal(["PSI", "PSI"], table.Column("Proposer"));
        Assert.Equal(["ECLAC", "ECLAC; IOM"], table.Column("Partners"));
        Assert.Equal(["", "Technical and labour training"], table.Column("Gap"));
        Assert.Equal(["", SeedModeratorName], table.Column("Decided by"));
        var (audit, details) = (await ExportFile.AuditAsync(Data)).Single();
        Assert.Equal($"{role}@example.org", audit.ActorName);
        Assert.Equal("proposals", audit.SubjectId);
        Assert.Equal(2, details.GetProperty("rows").GetInt32());
    }

    [Fact]
    public async Task A_state_narrows_the_export()
    {
        var author = await Data.UserAsync("author@example.org");
        var proposer = await OrganizationAsync("PSI", delegates: author.Id);
        var partner = await OrganizationAsync("IOM");
        await ProposalAsync(proposer.Id, author.Id, [partner.Id], ProposalState.Approved, title: "Approved one");
        await ProposalAsync(proposer.Id, author.Id, [partner.Id], ProposalState.Rejected, title: "Rejected one");
        var staff = await SignedInAsync("staff@example.org", Roles.Staff);

        var table = await ExportFile.DownloadAsync(staff, "/Proposals/Export?format=csv&state=rejected");

        Assert.Equal(["Rejected one"], table.Column("Title"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_delegates_are_refused_and_nothing_is_audited()
    {
        var author = await Data.UserAsync("author@example.org");
        var proposer = await OrganizationAsync("PSI", delegates: author.Id);
        var partner = await OrganizationAsync("IOM");
        await ProposalAsync(proposer.Id, author.Id, [partner.Id], ProposalState.Submitted);
        var delegateClient = NewClient();
        await delegateClient.SignInAsync("author@example.org", TestData.Password);

        using var anonymous = await NewClient().GetAsync("/Proposals/Export?format=csv");
        using var byDelegate = await delegateClient.GetAsync("/Proposals/Export?format=csv");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/Account/Login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byDelegate.StatusCode);
        Assert.Empty(await ExportFile.AuditAsync(Data));
    }
}
