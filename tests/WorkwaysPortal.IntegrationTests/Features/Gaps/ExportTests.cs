using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.IntegrationTests.Exports;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Gaps;

public sealed class ExportTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_export_holds_the_public_gaps_of_the_search_with_the_list_filters(string format)
    {
        var raiser = await Data.VerifiedAsync(TestData.Profile("PSI"));
        var delegateUser = await Data.UserAsync("waiting@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Waiting Association"), delegateUser.Id);
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        await Data.GapAsync(raiser.Id, NewGap("Training in Guatemala", countries: ["GT"], gcmObjectives: [18], priority: GapPriority.High), start);
        await Data.GapAsync(null, NewGap("Training raised in a session", countries: ["GT", "HN"], priority: GapPriority.High), start.AddMinutes(1));
        await Data.GapAsync(raiser.Id, NewGap("Low priority training", countries: ["GT"], priority: GapPriority.Low), start.AddMinutes(2));
        await Data.GapAsync(raiser.Id, NewGap("Legal aid in Peru", requires: ["legal-aid"], countries: ["PE"], priority: GapPriority.High), start.AddMinutes(3));
        await Data.GapAsync(pending.Id, NewGap("Hidden training gap", countries: ["GT"], priority: GapPriority.High), start.AddMinutes(4));

        var table = await ExportFile.DownloadAsync(
            NewClient(), $"/Gaps?handler=Export&format={format}&subRegion=central-america&capability=vocational-training&priority=high");

        Assert.Equal(["Training raised in a session", "Training in Guatemala"], table.Column("Title"));
        Assert.Equal(["", "PSI"], table.Column("Raised by"));
        Assert.Equal(["Open", "Open"], table.Column("Status"));
        Assert.Equal(["High priority", "High priority"], table.Column("Priority"));
        Assert.Equal(["Guatemala; Honduras", "Guatemala"], table.Column("Countries"));
        Assert.Equal(start.AddMinutes(1).UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), table.Column("Recorded on (UTC)")[0]);
        Assert.Equal(2, (await ExportFile.AuditAsync(Data)).Single().Details.GetProperty("rows").GetInt32());
    }

    [Fact]
    public async Task The_gaps_page_links_to_downloads_with_its_filters()
    {
        var html = await NewClient().GetPageAsync("/Gaps?status=closed&country=PE");

        Assert.Contains("href=\"/Gaps?handler=Export&amp;country=PE&amp;status=closed&amp;format=csv\"", html, StringComparison.Ordinal);
    }
}
