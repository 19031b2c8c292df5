using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NpgsqlTypes;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Search;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Seed;

/// <summary>The initiatives, gaps and proposals that the demo seeder adds (<see cref="DemoActivity"/>).</summary>
[Collection(PortalDatabaseCollection.Name)]
public sealed class DemoWorkTests(PortalDatabaseFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string, string[]> ExpectedInitiatives => new()
    {
        { DemoActivity.NursePlacementTitle, DemoData.GlenHavenManorName, [DemoData.NovaScotiaName] },
        {
            DemoActivity.WorkVisaTitle, DemoData.GmiesName,
            [DemoData.RrocmName, DemoData.MtpsName, DemoData.StssName, DemoData.MintrabName]
        },
        { DemoActivity.DevelopmentPlanTitle, DemoData.FaoName, [DemoData.EclacName] },
        { DemoActivity.ReintegrationTitle, DemoData.FaoName, [] },
        { DemoActivity.VenezuelansInColombiaTitle, DemoData.FaoName, [DemoData.R4VName] },
        { DemoActivity.RegularizationTrainingTitle, DemoData.GmiesName, [DemoData.RrocmName] },
        { DemoActivity.CostaRicaDataTitle, DemoData.IomName, [] },
        { DemoActivity.GuatemalaDataTitle, DemoData.ObservatorioName, [DemoData.MintrabName] },
        { DemoActivity.R4VPlatformTitle, DemoData.R4VName, [DemoData.IomName, DemoData.HiasPeruName] },
    };

    public static TheoryData<string, string, string[]> ExpectedGaps => new()
    {
        { DemoActivity.TrainingGapTitle, DemoData.GmiesName, ["language-training", "legal-aid", "vocational-training"] },
        { DemoActivity.BaselineStudyGapTitle, DemoData.PsiName, ["data-collection", "research", "skills-assessment"] },
        { DemoActivity.CommunityDataGapTitle, DemoData.MorganLewisName, ["data-collection"] },
        { DemoActivity.TalentInsertionGapTitle, DemoData.HiasPeruName, ["employer-engagement", "job-placement", "skills-assessment"] },
        { DemoActivity.RegulatedPlacementGapTitle, DemoData.GlenHavenManorName, ["job-placement", "skills-assessment"] },
        { DemoActivity.ConsularAlliancesGapTitle, DemoData.RrocmName, ["consular-protection"] },
        { DemoActivity.VenezuelanAssistanceGapTitle, DemoData.R4VName, ["health-services", "humanitarian-assistance"] },
    };

    /// <summary>Each proposal's intended state and the audit trail that leads there, in order.</summary>
    public static TheoryData<string, ProposalState, string[]> ExpectedProposals => new()
    {
        { DemoActivity.BaselineStudyProposalTitle, ProposalState.Approved, ["proposal.drafted", "proposal.submitted", "proposal.approved"] },
        { DemoActivity.TalentInsertionProposalTitle, ProposalState.Submitted, ["proposal.drafted", "proposal.submitted"] },
        {
            DemoActivity.TrainingExchangeProposalTitle, ProposalState.ChangesRequested,
            ["proposal.drafted", "proposal.submitted", "proposal.changes-requested"]
        },
        { DemoActivity.TrainingForWorkersProposalTitle, ProposalState.Draft, ["proposal.drafted"] },
    };

    [Fact]
    public void Every_demo_initiative_and_gap_fits_the_seed_taxonomy()
    {
        foreach (var initiative in DemoActivity.Initiatives)
        {
            var errors = WorkRules.Check(initiative.ToDetails([]), TaxonomySnapshot.Seed);
            Assert.True(errors.Count == 0, $"{initiative.Title}: {Describe(errors)}");
        }

        foreach (var gap in DemoActivity.Gaps)
        {
            var errors = WorkRules.Check(gap.Details, TaxonomySnapshot.Seed);
            Assert.True(errors.Count == 0, $"{gap.Details.Title}: {Describe(errors)}");
        }
    }

    [Fact]
    public void Demo_work_names_only_verified_demo_organizations_and_has_distinct_titles()
    {
        var organizations = DemoData.Organizations.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var named = DemoActivity.Initiatives.SelectMany(i => i.Participants.Append(i.LeadOrganization))
            .Concat(DemoActivity.Gaps.Select(g => g.RaisedBy))
            .Concat(DemoActivity.Proposals.SelectMany(p => p.Partners.Select(x => x.Organization).Append(p.Proposer)));
        Assert.All(named, name => Assert.Contains(name, organizations));
        Assert.All(DemoActivity.Initiatives, i => Assert.DoesNotContain(i.LeadOrganization, i.Participants));

        string[] titles =
        [
            .. DemoActivity.Initiatives.Select(i => i.Title), .. DemoActivity.Gaps.Select(g => g.Details.Title),
            .. DemoActivity.Proposals.Select(p => p.Title),
        ];
        Assert.Equal(titles.Length, titles.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Demo_proposals_fit_the_proposal_limits_and_cover_the_workflow()
    {
        Assert.All(DemoActivity.Proposals, p =>
        {
            Assert.InRange(p.Title.Length, 1, PartnershipProposal.TitleMaxLength);
            Assert.InRange(p.Rationale.Length, 1, PartnershipProposal.TextMaxLength);
            Assert.InRange(p.ProposerContribution.Length, 1, PartnershipProposal.TextMaxLength);
            Assert.InRange(p.Partners.Count, 1, PartnershipProposal.MaxPartners);
            Assert.DoesNotContain(p.Proposer, p.Partners.Select(x => x.Organization));
            Assert.All(p.Steps, s => Assert.True(s.Ago < p.CreatedAgo, p.Title));
            Assert.True(p.CreatedAgo < DemoActivity.RecordedAgo, p.Title);
        });
        Assert.Equal(
            [ProposalState.Draft, ProposalState.Submitted, ProposalState.ChangesRequested, ProposalState.Approved],
            DemoActivity.Proposals.Select(p => p.IntendedState).Order());
        Assert.Contains(DemoActivity.Proposals, p => p.IntendedState == ProposalState.Draft && p.Proposer == DemoData.GmiesName);
    }

    [Theory]
    [MemberData(nameof(ExpectedInitiatives))]
    public async Task Seeding_adds_each_initiative_of_the_report_led_by_its_organization_with_its_participants(
        string title, string lead, string[] participants)
    {
        await DemoSeeding.SeedAsync(fixture);

        await using var db = fixture.CreateDbContext();
        var ids = await OrganizationIdsAsync(db);
        var initiative = await db.Initiatives.Include(i => i.Participants).SingleAsync(i => i.Title == title);
        Assert.Equal(ids[lead], initiative.LeadOrganizationId);

        // The demo's participants accepted their invitation (issue 13), so the demo shows them.
        Assert.Equal(participants.Select(p => ids[p]).Order(), initiative.Participants.Select(p => p.OrganizationId).Order());
        Assert.All(initiative.Participants, p => Assert.Equal(ParticipationState.Accepted, p.State));
        Assert.NotEmpty(initiative.Countries);
        Assert.NotEmpty(initiative.GcmObjectives);
        Assert.Null(initiative.CreatedBy);
        Assert.Equal(DemoSeeding.SeededAt - DemoActivity.RecordedAgo, initiative.CreatedAt);
    }

    [Fact]
    public async Task Seeding_gives_the_work_visa_initiative_its_countries_and_GCM_objectives()
    {
        await DemoSeeding.SeedAsync(fixture);

        await using var db = fixture.CreateDbContext();
        var initiative = await db.Initiatives.SingleAsync(i => i.Title == DemoActivity.WorkVisaTitle);
        Assert.Equal(["GT", "HN", "SV"], initiative.Countries.Order(StringComparer.Ordinal));
        Assert.Equal([5, 6], initiative.GcmObjectives);
        Assert.Equal(InitiativeStatus.Active, initiative.Status);
        Assert.Equal(DemoActivity.Initiatives.Count, await db.Initiatives.CountAsync());
        Assert.Equal(
            [InitiativeStatus.Planned, InitiativeStatus.Active, InitiativeStatus.Completed],
            (await db.Initiatives.Select(i => i.Status).Distinct().ToListAsync()).Order());
    }

    [Fact]
    public async Task Seeding_gives_an_organization_and_two_gaps_translations_that_search_finds()
    {
        await DemoSeeding.SeedAsync(fixture);

        await using var db = fixture.CreateDbContext();
        var glenHaven = await db.Organizations.SingleAsync(o => o.Name == DemoData.GlenHavenManorName);
        Assert.Equal(["es", "fr"], glenHaven.Translations.All.Keys);
        Assert.Equal(["es", "pt"], (await db.Gaps.SingleAsync(g => g.Title == DemoActivity.CommunityDataGapTitle)).Translations.All.Keys);
        Assert.Equal(["fr"], (await db.Gaps.SingleAsync(g => g.Title == DemoActivity.RegulatedPlacementGapTitle)).Translations.All.Keys);
        // "encadrés" is found only through the French translation's stem of "encadrée".
        Assert.Equal(
            [DemoActivity.RegulatedPlacementGapTitle],
            await db.Database.SqlQueryRaw<string>("SELECT title AS \"Value\" FROM gaps WHERE search_vector @@ portal_search_query('encadrés')").ToListAsync());
    }

    [Theory]
    [MemberData(nameof(ExpectedGaps))]
    public async Task Seeding_adds_each_gap_of_the_report_raised_by_its_organization(string title, string raisedBy, string[] requires)
    {
        await DemoSeeding.SeedAsync(fixture);

        await using var db = fixture.CreateDbContext();
        var ids = await OrganizationIdsAsync(db);
        var gap = await db.Gaps.SingleAsync(g => g.Title == title);
        Assert.Equal(ids[raisedBy], gap.RaisedByOrganizationId);
        Assert.Equal(requires.Order(StringComparer.Ordinal), gap.Requires.Order(StringComparer.Ordinal));
        Assert.NotEmpty(gap.Countries);
        Assert.NotEmpty(gap.GcmObjectives);
    }

    [Fact]
    public async Task Seeding_marks_the_gap_of_the_approved_proposal_as_being_addressed_and_leaves_the_others_open()
    {
        await DemoSeeding.SeedAsync(fixture);

        await using var db = fixture.CreateDbContext();
        var approved = await db.Proposals.SingleAsync(p => p.State == ProposalState.Approved);
        var gap = await db.Gaps.SingleAsync(g => g.Id == approved.GapId);
        Assert.Equal(DemoActivity.BaselineStudyGapTitle, gap.Title);
        Assert.Equal(GapStatus.BeingAddressed, gap.Status);
        Assert.Equal(approved.DecidedAt, gap.UpdatedAt);
        Assert.All(await db.Gaps.Where(g => g.Id != gap.Id).ToListAsync(), g => Assert.Equal(GapStatus.Open, g.Status));
        Assert.Equal(
            [GapPriority.Low, GapPriority.Medium, GapPriority.High],
            (await db.Gaps.Select(g => g.Priority).Distinct().ToListAsync()).Order());
    }

    [Theory]
    [MemberData(nameof(ExpectedProposals))]
    public async Task Seeding_takes_each_proposal_to_its_state_through_audited_transitions(
        string title, ProposalState state, string[] actions)
    {
        await DemoSeeding.SeedAsync(fixture);

        await using var db = fixture.CreateDbContext();
        var proposal = await db.Proposals.Include(p => p.Targets).SingleAsync(p => p.Title == title);
        Assert.Equal(state, proposal.State);
        Assert.NotEmpty(proposal.Targets);
        var subjectId = proposal.Id.ToString(CultureInfo.InvariantCulture);
        var trail = await db.AuditEvents
            .Where(e => e.SubjectType == "proposal" && e.SubjectId == subjectId)
            .OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
            .ToListAsync();
        // The partners' answers come between the proposer's and the moderator's steps: every partner of a submitted proposal accepted.
        Assert.Equal(actions, trail.Where(e => e.Action != AuditActions.ProposalAccepted).Select(e => e.Action));
        Assert.Equal(state == ProposalState.Draft ? 0 : proposal.Targets.Count, trail.Count(e => e.Action == AuditActions.ProposalAccepted));
        Assert.Equal(proposal.CreatedAt, trail[0].OccurredAt);
        Assert.Equal(proposal.UpdatedAt, trail[^1].OccurredAt);
        Assert.All(trail, e => Assert.True(e.OccurredAt < DemoSeeding.SeededAt));
    }

    [Fact]
    public async Task Seeding_records_decisions_as_the_demo_moderators_with_the_reason()
    {
        await DemoSeeding.SeedAsync(fixture);

        await using var db = fixture.CreateDbContext();
        var moderatorId = await UserIdAsync(db, DemoAccounts.ModeratorEmail);
        var decisions = await db.AuditEvents
            .Where(e => e.Action == AuditActions.ProposalApproved || e.Action == AuditActions.ProposalChangesRequested)
            .ToListAsync();
        Assert.Equal(2, decisions.Count);
        Assert.All(decisions, e => Assert.Equal(moderatorId, e.ActorId));
        Assert.NotNull(Assert.Single(decisions, e => e.Action == "proposal.changes-requested").Reason);

        var sentBack = await db.Proposals.SingleAsync(p => p.State == ProposalState.ChangesRequested);
        Assert.Equal(moderatorId, sentBack.DecidedBy);
        Assert.Equal("Demo Moderator", sentBack.DecidedByName);
        Assert.Equal(decisions.Single(e => e.Action == AuditActions.ProposalChangesRequested).Reason, sentBack.DecisionReason);
        var approved = await db.Proposals.SingleAsync(p => p.State == ProposalState.Approved);
        Assert.Equal(moderatorId, approved.DecidedBy);
        Assert.Null(approved.DecisionReason);
    }

    [Fact]
    public async Task Seeding_lets_the_demo_delegate_act_for_GMIES_and_nobody_for_the_other_proposers()
    {
        await DemoSeeding.SeedAsync(fixture);

        await using var db = fixture.CreateDbContext();
        var delegateId = await UserIdAsync(db, DemoAccounts.DelegateEmail);
        var gmiesId = (await OrganizationIdsAsync(db))[DemoData.GmiesName];
        var proposals = await db.Proposals.ToListAsync();
        var proposerSteps = await db.AuditEvents
            .Where(e => e.SubjectType == "proposal"
                && e.Action != AuditActions.ProposalApproved && e.Action != AuditActions.ProposalChangesRequested
                && e.Action != AuditActions.ProposalAccepted)
            .ToListAsync();

        foreach (var proposal in proposals)
        {
            var mine = proposal.ProposerOrganizationId == gmiesId;
            Assert.Equal(mine ? delegateId : Guid.Empty, proposal.CreatedBy);
            var steps = proposerSteps.Where(e => e.SubjectId == proposal.Id.ToString(CultureInfo.InvariantCulture)).ToList();
            Assert.NotEmpty(steps);
            Assert.All(steps, e => Assert.Equal(mine ? delegateId : null, e.ActorId));
        }

        var draft = Assert.Single(proposals, p => p.State == ProposalState.Draft);
        Assert.Equal(gmiesId, draft.ProposerOrganizationId);
        Assert.NotNull(draft.GapId);
        Assert.NotNull(draft.InitiativeId);
    }

    [Fact]
    public async Task Seeding_puts_one_proposal_in_the_moderators_queue_and_notifies_nobody()
    {
        await DemoSeeding.SeedAsync(fixture);

        await using var db = fixture.CreateDbContext();
        var submitted = await db.Proposals.SingleAsync(p => p.State == ProposalState.Submitted);
        Assert.Equal(DemoActivity.TalentInsertionProposalTitle, submitted.Title);
        Assert.NotNull(submitted.SubmittedAt);
        Assert.Null(submitted.DecidedAt);
        Assert.Equal(0, await db.Notifications.CountAsync());
        Assert.Equal(0, await db.OutboxEmails.CountAsync());
    }

    [Fact]
    public async Task Seeding_twice_adds_no_initiative_gap_proposal_or_audit_event()
    {
        await DemoSeeding.SeedAsync(fixture);
        var first = await CountsAsync();

        await DemoSeeding.SeedAsync(fixture);

        Assert.Equal(first, await CountsAsync());
        Assert.Equal(
            (DemoActivity.Initiatives.Count, DemoActivity.Gaps.Count, DemoActivity.Proposals.Count, DemoActivity.Proposals.Sum(p => p.Partners.Count)),
            (first.Initiatives, first.Gaps, first.Proposals, first.Targets));
    }

    [Fact]
    public async Task Seeding_again_keeps_a_gap_that_a_user_edited_and_closed()
    {
        await DemoSeeding.SeedAsync(fixture);
        const string edited = "GMIES now only needs help with language courses.";
        await using (var db = fixture.CreateDbContext())
        {
            var gap = await db.Gaps.SingleAsync(g => g.Title == DemoActivity.TrainingGapTitle);
            var demo = DemoActivity.Gaps.Single(g => g.Details.Title == DemoActivity.TrainingGapTitle).Details;
            gap.Update(demo with { Description = edited, Requires = ["language-training"], Priority = GapPriority.Low }, DemoSeeding.SeededAt);
            gap.Close(DemoSeeding.SeededAt);
            await db.SaveChangesAsync();
        }

        await DemoSeeding.SeedAsync(fixture);

        await using (var db = fixture.CreateDbContext())
        {
            var gap = await db.Gaps.SingleAsync(g => g.Title == DemoActivity.TrainingGapTitle);
            Assert.Equal(edited, gap.Description);
            Assert.Equal(["language-training"], gap.Requires);
            Assert.Equal(GapPriority.Low, gap.Priority);
            Assert.Equal(GapStatus.Closed, gap.Status);
        }
    }

    [Fact]
    public async Task Seeding_again_restores_a_deleted_gap_and_its_proposal_without_touching_the_rest()
    {
        await DemoSeeding.SeedAsync(fixture);
        await using (var db = fixture.CreateDbContext())
        {
            await db.Proposals.Where(p => p.Title == DemoActivity.TalentInsertionProposalTitle).ExecuteDeleteAsync();
            await db.Gaps.Where(g => g.Title == DemoActivity.TalentInsertionGapTitle).ExecuteDeleteAsync();
            var approved = await db.Proposals.SingleAsync(p => p.State == ProposalState.Approved);
            var gap = await db.Gaps.SingleAsync(g => g.Id == approved.GapId);
            gap.Close(DemoSeeding.SeededAt);
            await db.SaveChangesAsync();
        }

        await DemoSeeding.SeedAsync(fixture);

        await using (var db = fixture.CreateDbContext())
        {
            var restored = await db.Proposals.SingleAsync(p => p.Title == DemoActivity.TalentInsertionProposalTitle);
            Assert.Equal(ProposalState.Submitted, restored.State);
            var gap = await db.Gaps.SingleAsync(g => g.Title == DemoActivity.TalentInsertionGapTitle);
            Assert.Equal(gap.Id, restored.GapId);
            Assert.Equal(GapStatus.Closed, (await db.Gaps.SingleAsync(g => g.Title == DemoActivity.BaselineStudyGapTitle)).Status);
            Assert.Equal(DemoActivity.Proposals.Count, await db.Proposals.CountAsync());
            Assert.Equal(DemoActivity.Gaps.Count, await db.Gaps.CountAsync());
        }
    }

    [Fact]
    public async Task A_failure_late_in_seeding_leaves_nothing_behind()
    {
        // The last proposal's log line is written after everything else has been saved in the transaction.
        var failing = new FailingLoggerProvider(DemoActivity.Proposals[^1].Title);

        // The logging framework wraps what a provider throws.
        var error = await Assert.ThrowsAsync<AggregateException>(() =>
            DemoSeeding.SeedAsync(fixture, services => services.AddSingleton<ILoggerProvider>(failing)));
        Assert.IsType<InvalidOperationException>(error.InnerException);

        await using var db = fixture.CreateDbContext();
        Assert.True(failing.Failed);
        Assert.Equal(0, await db.Organizations.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal((0, 0, 0, 0, 0), await CountsAsync());
    }

    [Theory]
    [InlineData("formacion idiomas", DemoActivity.TrainingGapTitle)]
    [InlineData("qualifications baseline", DemoActivity.BaselineStudyGapTitle)]
    [InlineData("consulado", DemoActivity.ConsularAlliancesGapTitle)]
    public async Task Demo_gaps_are_found_by_an_accent_insensitive_search(string text, string expected)
    {
        await DemoSeeding.SeedAsync(fixture);

        await using var db = fixture.CreateDbContext();
        var titles = await db.Gaps
            .Where(g => EF.Property<NpgsqlTsVector>(g, PortalSearch.VectorProperty).Matches(PortalSearch.Query(text)))
            .Select(g => g.Title)
            .ToListAsync();
        Assert.Contains(expected, titles);
    }

    private static string Describe(IReadOnlyList<FieldError> errors) =>
        string.Join("; ", errors.Select(e => e.Field + ": " + e.Format(CultureInfo.InvariantCulture)));

    private static async Task<Dictionary<string, int>> OrganizationIdsAsync(PortalDbContext db)
    {
        var organizations = await db.Organizations.Select(o => new { o.NameKey, o.Id }).ToListAsync();
        return DemoData.Organizations.ToDictionary(
            p => p.Name, p => organizations.Single(o => o.NameKey == NameKey.For(p.Name)).Id, StringComparer.Ordinal);
    }

    private static Task<Guid> UserIdAsync(PortalDbContext db, string email) =>
        db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();

    /// <summary>Throws when the seeder logs a message that mentions <paramref name="text"/>.</summary>
    private sealed class FailingLoggerProvider(string text) : ILoggerProvider, ILogger
    {
        public bool Failed { get; private set; }

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (formatter(state, exception).Contains(text, StringComparison.Ordinal))
            {
                Failed = true;
                throw new InvalidOperationException("Seeding failed on purpose.");
            }
        }

        public void Dispose()
        {
        }
    }

    private async Task<(int Initiatives, int Gaps, int Proposals, int Targets, int AuditEvents)> CountsAsync()
    {
        await using var db = fixture.CreateDbContext();
        return (
            await db.Initiatives.CountAsync(),
            await db.Gaps.CountAsync(),
            await db.Proposals.CountAsync(),
            await db.ProposalTargets.CountAsync(),
            await db.AuditEvents.CountAsync());
    }
}
