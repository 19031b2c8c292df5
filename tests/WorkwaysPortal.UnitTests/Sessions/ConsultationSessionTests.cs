using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Sessions;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.UnitTests.Sessions;

public sealed class ConsultationSessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    internal static SessionDetails Details(
        string title = "Session 1",
        IReadOnlyList<SessionParticipant>? participants = null,
        IReadOnlyList<AgendaItem>? agenda = null,
        IReadOnlyList<string>? languages = null,
        DateOnly? heldOn = null) =>
        new(
            title, "GFMD Regional Consultation", heldOn ?? new DateOnly(2021, 5, 20), languages ?? ["en", "es"], "Why we met.",
            agenda ?? [new AgendaItem("Introduction", [new AgendaResponsible("Easton Williams", AgendaRole.Introduction, "English")])],
            participants ?? [new SessionParticipant("Lisa Smith", 3, "Glen Haven Manor", "ca", null, ["A point."])],
            [new DiscussionTheme("Need in data collection", "Text.")],
            ["Keep talking."], "Unregulated migration", null, [4, 2, 4], [], [7]);

    [Fact]
    public void Recording_cleans_text_and_drops_what_was_left_blank()
    {
        var session = ConsultationSession.Record(
            Details(
                title: "  Session\0 1 ",
                participants:
                [
                    new SessionParticipant(" Lisa Smith\r\n", 3, " ", "ca", "", ["One.\r\nStill one.", "  ", "Two."]),
                    new SessionParticipant("   ", null, "Nobody", null, null, []),
                ],
                agenda: [new AgendaItem("", []), new AgendaItem("Moderation", [new AgendaResponsible(" ", AgendaRole.Moderation)])]),
            null,
            Now);

        Assert.Equal("Session 1", session.Title);
        var lisa = Assert.Single(session.Participants);
        Assert.Equal(new SessionParticipant("Lisa Smith", 3, null, "CA", null, lisa.Points), lisa);
        Assert.Equal(["One.\nStill one.", "Two."], lisa.Points);
        Assert.Equal("Moderation", Assert.Single(session.Agenda).Title);
        Assert.Empty(session.Agenda[0].Responsible);
        Assert.Equal([2, 4], session.GapIds);
        Assert.Equal([3, 7], session.InvolvedOrganizationIds());
    }

    [Fact]
    public void Linking_a_gap_twice_links_it_once()
    {
        var session = ConsultationSession.Record(Details(), null, Now);

        session.LinkGap(9, Now);
        session.LinkGap(9, Now);
        session.LinkInitiative(5, Now);

        Assert.Equal([2, 4, 9], session.GapIds);
        Assert.Equal([5], session.InitiativeIds);
    }

    [Fact]
    public void A_session_needs_a_title() =>
        Assert.Throws<DomainRuleException>(() => ConsultationSession.Record(Details(title: " "), null, Now));

    [Fact]
    public void The_rules_name_the_field_of_each_mistake()
    {
        var errors = SessionRules.Check(
            Details(
                title: "",
                heldOn: default(DateOnly),
                languages: ["xx"],
                participants: [new SessionParticipant("Lisa", null, null, "CA", null, []), new SessionParticipant("", null, null, "ZZ", null, [])],
                agenda: [new AgendaItem("Introduction", [new AgendaResponsible("", AgendaRole.Introduction), new AgendaResponsible("Ann", (AgendaRole)42)])]),
            TaxonomySnapshot.Seed);

        Assert.Equal(
            ["title", "heldOn", "languages", "agenda[0].responsible[0].person", "agenda[0].responsible[1].role", "participants[1].name", "participants[1].country"],
            errors.Select(e => e.Field));
    }

    [Fact]
    public void A_valid_session_breaks_no_rule() => Assert.Empty(SessionRules.Check(Details(), TaxonomySnapshot.Seed));
}
