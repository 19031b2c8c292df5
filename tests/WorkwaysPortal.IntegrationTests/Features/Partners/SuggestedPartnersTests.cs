using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.IntegrationTests.Matching;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.TestData;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Partners;

/// <summary>The "Suggested partners" section of the organization and gap pages.</summary>
public sealed class SuggestedPartnersTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task An_organization_page_shows_suggestions_with_score_and_reasons_but_no_proposal_link_for_visitors()
    {
        var target = await Data.VerifiedAsync(Profile("Glen Haven", "civil-society", ["CA"], offers: ["job-placement"], seeks: ["skills-assessment"]));
        var assessors = await Data.VerifiedAsync(Profile("Skills Canada", "government", ["CA"], offers: ["skills-assessment"]));

        var html = await NewClient().GetPageAsync($"/Organizations/{target.Id}");

        Assert.Contains("<h2 id=\"suggested-partners-heading\" class=\"h5\">Suggested partners</h2>", html, StringComparison.Ordinal);
        Assert.Contains($"data-organization-id=\"{assessors.Id}\"", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"score\">\\d{1,3}% match<", html);
        Assert.Contains("Offers Skills assessment and recognition of qualifications, which this organization seeks", html, StringComparison.Ordinal);
        Assert.Contains("Also works in Canada", html, StringComparison.Ordinal);
        Assert.Contains("Government, a sector that complements Civil society", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"propose\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_organization_s_delegates_get_a_proposal_link_for_each_suggestion_and_others_do_not()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var target = await Data.VerifiedAsync(Profile("Glen Haven", "civil-society", ["CA"], seeks: ["skills-assessment"]), owner.Id);
        var assessors = await Data.VerifiedAsync(Profile("Skills Canada", "government", ["CA"], offers: ["skills-assessment"]));
        var delegateClient = NewClient();
        await delegateClient.SignInAsync("owner@example.org", Password);
        var stranger = await SignedInAsync("stranger@example.org");

        var mine = await delegateClient.GetPageAsync($"/Organizations/{target.Id}");
        var theirs = await stranger.GetPageAsync($"/Organizations/{target.Id}");

        Assert.Contains($"href=\"/Organizations/{target.Id}/Proposals/New?to={assessors.Id}\"", mine, StringComparison.Ordinal);
        Assert.Contains(">Propose a partnership</a>", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"propose\"", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gap_page_shows_suggestions_and_its_organization_s_delegates_propose_about_the_gap()
    {
        var owner = await Data.UserAsync("owner@example.org");
        var raiser = await Data.PendingAsync(Profile("Raiser", "civil-society", ["GT"]), owner.Id);
        await Data.QueryAsync(async db =>
        {
            (await db.Organizations.FindAsync(raiser.Id))!.Verify(Guid.NewGuid(), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var gap = await Data.GapAsync(raiser.Id, NewGap("Training", requires: ["vocational-training"], countries: ["GT", "HN"]));
        var trainer = await Data.VerifiedAsync(Profile("INTECAP", "government", ["GT"], offers: ["vocational-training"]));
        var delegateClient = NewClient();
        await delegateClient.SignInAsync("owner@example.org", Password);

        var visitor = await NewClient().GetPageAsync($"/Gaps/{gap.Id}");
        var spanish = await NewClient().GetPageAsync($"/Gaps/{gap.Id}?culture=es");
        var mine = await delegateClient.GetPageAsync($"/Gaps/{gap.Id}");

        Assert.Contains("Offers Vocational (technical and labour) training, which this gap requires", visitor, StringComparison.Ordinal);
        Assert.Contains("Also works in Guatemala", visitor, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"propose\"", visitor, StringComparison.Ordinal);
        Assert.Contains("Socios sugeridos", spanish, StringComparison.Ordinal);
        Assert.Contains("Ofrece Formación técnica y laboral, que esta brecha requiere", spanish, StringComparison.Ordinal);
        Assert.Contains("También trabaja en Guatemala", spanish, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Organizations/{raiser.Id}/Proposals/New?to={trainer.Id}&amp;gap={gap.Id}\"", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_gap_has_suggestions_without_proposal_links()
    {
        var gap = await Data.GapAsync(null, NewGap("Data on pathways", requires: ["data-collection"], countries: ["SV"]));
        await Data.VerifiedAsync(Profile("Observatorio", "academia", ["SV"], offers: ["data-collection"]));
        var staff = await SignedInAsync("staff@example.org", Roles.Staff);

        var html = await staff.GetPageAsync($"/Gaps/{gap.Id}");

        Assert.Contains("Offers Data collection and monitoring, which this gap requires", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"propose\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_any_fitting_organization_the_section_says_so()
    {
        var target = await Data.VerifiedAsync(Profile("Lonely", countries: ["GL"], seeks: ["funding"]));

        var html = await NewClient().GetPageAsync($"/Organizations/{target.Id}");

        Assert.Contains("No verified organization matches yet.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partners_are_not_suggested_on_the_organization_page()
    {
        var target = await Data.VerifiedAsync(Profile("Target", "civil-society", ["PE"], seeks: ["legal-aid"]));
        var partner = await Data.VerifiedAsync(Profile("Partner", "government", ["PE"], offers: ["legal-aid"]));
        var other = await Data.VerifiedAsync(Profile("Other", "government", ["PE"], offers: ["legal-aid"]));
        await Data.ApprovedProposalAsync(target.Id, partner.Id);

        var html = await NewClient().GetPageAsync($"/Organizations/{target.Id}");

        Assert.Contains($"data-organization-id=\"{other.Id}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-organization-id=\"{partner.Id}\"", html, StringComparison.Ordinal);
    }
}
