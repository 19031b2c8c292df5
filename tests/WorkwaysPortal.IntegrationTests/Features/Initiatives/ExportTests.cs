using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.IntegrationTests.Exports;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Initiatives;

public sealed class ExportTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_export_holds_the_public_initiatives_of_the_search_with_the_status_filter(string format)
    {
        var lead = await Data.VerifiedAsync(TestData.Profile("HIAS Perú"));
        var delegateUser = await Data.UserAsync("waiting@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Waiting Association"), delegateUser.Id);
        await Data.InitiativeAsync(lead.Id, NewInitiative(
            "Work visas for nurses", "-1 nurse short per clinic", capabilities: ["legal-aid"], status: InitiativeStatus.Planned,
            startsOn: new DateOnly(2026, 3, 1), endsOn: new DateOnly(2026, 12, 31)));
        await Data.InitiativeAsync(lead.Id, NewInitiative("Active programme", status: InitiativeStatus.Active));
        await Data.InitiativeAsync(pending.Id, NewInitiative("Hidden planned programme", status: InitiativeStatus.Planned));

        var table = await ExportFile.DownloadAsync(NewClient(), $"/Initiatives?handler=Export&format={format}&status=planned");

        Assert.Equal(["Work visas for nurses"], table.Column("Title"));
        Assert.Equal(["HIAS Perú"], table.Column("Lead organization"));
        Assert.Equal(["Planned"], table.Column("Status"));
        Assert.Equal(["2026-03-01"], table.Column("Starts on"));
        Assert.Equal(["2026-12-31"], table.Column("Ends on"));
        Assert.Equal(["'-1 nurse short per clinic"], table.Column("Description"));
        var (audit, details) = (await ExportFile.AuditAsync(Data)).Single();
        Assert.Equal("initiatives", audit.SubjectId);
        Assert.Equal("planned", details.GetProperty("filters").GetProperty("status").GetString());
    }
}
