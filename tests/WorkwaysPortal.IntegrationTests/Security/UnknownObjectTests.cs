using System.Net;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// A record the reader may not see is answered as if it did not exist (404), also on the pages that
/// change it: a 403 there would confirm that the id exists. A record they see but may not change is a 403.
/// </summary>
public sealed class UnknownObjectTests(PortalDatabaseFixture database) : SecurityTest(database)
{
    [Fact]
    public async Task The_pages_that_change_a_record_answer_404_for_one_the_user_may_not_see()
    {
        var world = await WorldAsync();
        string[] hidden =
        [
            $"/Gaps/{world.Gap}/Edit", $"/Gaps/{world.Gap}/Close", $"/Gaps/{world.Gap}/Reopen",
            $"/Initiatives/{world.Initiative}/Edit",
            $"/Organizations/{world.OwnerOrganization}/Edit",
            $"/Organizations/{world.OwnerOrganization}/Gaps/New",
            $"/Organizations/{world.OwnerOrganization}/Initiatives/New",
            $"/Organizations/{world.OwnerOrganization}/Proposals/New",
        ];

        foreach (var url in hidden)
        {
            using var response = await world.Outsider.Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode} to someone who may not see it");
        }

        // The partner organization is verified: everyone sees it, and only its delegates change it.
        using var visible = await world.Outsider.Client.GetAsync($"/Organizations/{world.PartnerOrganization}/Edit");
        Assert.Equal(HttpStatusCode.Forbidden, visible.StatusCode);
    }

    [Fact]
    public async Task A_session_offers_only_the_work_staff_may_see()
    {
        var world = await WorldAsync();
        var visibleGap = await GapAsync(world.PartnerOrganization, "Visible gap of a verified partner");

        var form = await world.Staff.Client.GetPageAsync("/Sessions/New");

        Assert.Contains(visibleGap.Title, form, StringComparison.Ordinal);
        Assert.DoesNotContain("Owner gap", form, StringComparison.Ordinal);
        Assert.DoesNotContain("Owner initiative", form, StringComparison.Ordinal);
    }
}
