using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.IntegrationTests.Features.Proposals;

/// <summary>Who hears of each proposal transition, in the app and by email.</summary>
public sealed class ProposalNotifierTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private sealed class Actor(Guid? id) : ICurrentUser
    {
        public Guid? Id => id;
    }

    /// <summary>A proposer organization with one delegate, two targets (one delegate in both), moderators and a bystander.</summary>
    private sealed record Cast(
        Guid Proposer, Guid TargetA, Guid TargetsAB, Guid Moderator, Guid Admin, Guid Staff, Guid Bystander,
        int ProposerOrg, int TargetOrgA, int TargetOrgB, int ProposalId);

    private async Task<Cast> CastAsync()
    {
        var proposer = await Data.UserAsync("proposer@example.org");
        var targetA = await Data.UserAsync("target-a@example.org");
        var targetsAB = await Data.UserAsync("target-ab@example.org");
        var moderator = await Data.UserAsync("moderator@example.org", Roles.Moderator);
        var admin = await Data.UserAsync("admin@example.org", Roles.Admin);
        var staff = await Data.UserAsync("staff@example.org", Roles.Staff);
        var bystander = await Data.UserAsync("bystander@example.org");

        await using var db = Database.CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var proposerOrg = Organization.Imported(TestData.Profile("Proposing Network"), now);
        proposerOrg.AddMember(proposer.Id, now);
        var orgA = Organization.Imported(TestData.Profile("Target A"), now);
        orgA.AddMember(targetA.Id, now);
        orgA.AddMember(targetsAB.Id, now);
        var orgB = Organization.Imported(TestData.Profile("Target B"), now);
        orgB.AddMember(targetsAB.Id, now);
        var other = Organization.Imported(TestData.Profile("Unrelated"), now);
        other.AddMember(bystander.Id, now);
        db.Organizations.AddRange(proposerOrg, orgA, orgB, other);
        await db.SaveChangesAsync();

        var proposal = PartnershipProposal.Draft(
            proposerOrg.Id,
            new ProposalDetails("Nurse placement", "Refugee nurses into Canadian hospitals.", "Recruitment", [new(orgA.Id, "Training"), new(orgB.Id, null)], null, null),
            proposer.Id,
            now);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        return new Cast(proposer.Id, targetA.Id, targetsAB.Id, moderator.Id, admin.Id, staff.Id, bystander.Id, proposerOrg.Id, orgA.Id, orgB.Id, proposal.Id);
    }

    private static ProposalNotifier Notifier(Guid? actor) =>
        new(new NotificationOutbox(TimeProvider.System, Options.Create(new MailOptions()), new Actor(actor)));

    /// <summary>One user action: load, apply, notify, save; returns the notifications it wrote.</summary>
    private async Task<List<Notification>> ActAsync(
        int proposalId, ProposalAction action, Guid actor, string? reason = null, bool includeTargets = true, int? partner = null)
    {
        await using var db = Database.CreateDbContext();
        var before = await db.Notifications.Select(n => n.Id).ToListAsync();
        IQueryable<PartnershipProposal> query = includeTargets ? db.Proposals.Include(p => p.Targets) : db.Proposals;
        var proposal = await query.SingleAsync(p => p.Id == proposalId);
        var transition = proposal.Apply(action, actor, "someone", reason, DateTimeOffset.UtcNow, partner);
        await Notifier(actor).AddAsync(db, proposal, transition, CancellationToken.None);
        await db.SaveChangesAsync();
        return await db.Notifications.AsNoTracking().Where(n => !before.Contains(n.Id)).OrderBy(n => n.Id).ToListAsync();
    }

    /// <summary>Submits the proposal and has both partners accept it: it reaches moderation.</summary>
    private async Task<List<Notification>> ToModerationAsync(Cast cast)
    {
        await ActAsync(cast.ProposalId, ProposalAction.Submit, cast.Proposer);
        await ActAsync(cast.ProposalId, ProposalAction.Accept, cast.TargetA, partner: cast.TargetOrgA);
        return await ActAsync(cast.ProposalId, ProposalAction.Accept, cast.TargetsAB, partner: cast.TargetOrgB);
    }

    [Fact]
    public async Task Submitting_asks_each_partner_delegate_once_and_each_answer_tells_the_proposer()
    {
        var cast = await CastAsync();

        var submitted = await ActAsync(cast.ProposalId, ProposalAction.Submit, cast.Proposer);
        var declined = await ActAsync(cast.ProposalId, ProposalAction.Decline, cast.TargetA, "Not this year.", partner: cast.TargetOrgA);

        Assert.Equal(new HashSet<Guid> { cast.TargetA, cast.TargetsAB }, submitted.Select(n => n.UserId).ToHashSet());
        Assert.Equal(2, submitted.Count);
        Assert.All(submitted, n => Assert.Equal(NotificationKinds.ProposalAwaitingPartners, n.Kind));
        var told = Assert.Single(declined);
        Assert.Equal((cast.Proposer, NotificationKinds.ProposalPartnerDeclined, "Not this year."), (told.UserId, told.Kind, told.Reason));
    }

    [Fact]
    public async Task The_last_acceptance_notifies_the_proposer_and_every_moderator_and_administrator()
    {
        var cast = await CastAsync();

        var all = await ToModerationAsync(cast);
        var notes = all.Where(n => n.Kind == NotificationKinds.ProposalSubmitted).ToList();

        Assert.Equal(
            [(cast.Proposer, NotificationKinds.ProposalPartnerAccepted)],
            all.Where(n => n.Kind != NotificationKinds.ProposalSubmitted).Select(n => (n.UserId, n.Kind)));
        Assert.Equal(new HashSet<Guid> { cast.Moderator, cast.Admin }, notes.Select(n => n.UserId).ToHashSet());
        Assert.All(notes, n =>
        {
            Assert.Equal(NotificationKinds.ProposalSubmitted, n.Kind);
            Assert.Equal("Nurse placement", n.Subject);
            Assert.Equal(cast.ProposalId, n.ProposalId);
            Assert.Null(n.ReadAt);
        });
        var emails = await Data.QueryAsync(db => db.OutboxEmails.Where(e => e.Subject.StartsWith("Proposal submitted")).Select(e => e.To).ToListAsync());
        Assert.Equal(["admin@example.org", "moderator@example.org"], emails.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_moderator_who_sends_their_own_organizations_proposal_to_moderation_is_not_notified()
    {
        var cast = await CastAsync();
        await using (var db = Database.CreateDbContext())
        {
            var organization = await db.Organizations.Include(o => o.Members).SingleAsync(o => o.Id == cast.ProposerOrg);
            organization.AddMember(cast.Moderator, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        await ActAsync(cast.ProposalId, ProposalAction.Submit, cast.Proposer);
        await ActAsync(cast.ProposalId, ProposalAction.Accept, cast.TargetA, partner: cast.TargetOrgA);
        var notes = await ActAsync(cast.ProposalId, ProposalAction.DropPartner, cast.Moderator, partner: cast.TargetOrgB);

        Assert.Equal([cast.Admin], notes.Select(n => n.UserId));
    }

    [Fact]
    public async Task Resubmitting_after_changes_notifies_the_moderators_again()
    {
        var cast = await CastAsync();
        await ToModerationAsync(cast);
        await ActAsync(cast.ProposalId, ProposalAction.RequestChanges, cast.Moderator, "Say what each side brings.");

        var notes = await ActAsync(cast.ProposalId, ProposalAction.Resubmit, cast.Proposer);

        Assert.Equal(new HashSet<Guid> { cast.Moderator, cast.Admin }, notes.Select(n => n.UserId).ToHashSet());
        Assert.All(notes, n => Assert.Equal(NotificationKinds.ProposalSubmitted, n.Kind));
    }

    [Fact]
    public async Task Approving_notifies_each_delegate_of_the_proposer_and_the_targets_once()
    {
        var cast = await CastAsync();
        await ToModerationAsync(cast);

        var notes = await ActAsync(cast.ProposalId, ProposalAction.Approve, cast.Moderator);

        Assert.Equal([cast.Proposer, cast.TargetA, cast.TargetsAB], notes.Select(n => n.UserId).Order());
        Assert.All(notes, n => Assert.Equal(NotificationKinds.ProposalApproved, n.Kind));
        Assert.DoesNotContain(notes, n => n.UserId == cast.Bystander || n.UserId == cast.Staff || n.UserId == cast.Moderator);
    }

    [Theory]
    [InlineData(ProposalAction.Reject, NotificationKinds.ProposalRejected)]
    [InlineData(ProposalAction.RequestChanges, NotificationKinds.ProposalChangesRequested)]
    public async Task Refusals_and_requests_for_changes_carry_the_reason_to_every_party(ProposalAction action, string kind)
    {
        var cast = await CastAsync();
        await ToModerationAsync(cast);

        var notes = await ActAsync(cast.ProposalId, action, cast.Moderator, "The rationale is missing.", includeTargets: false);

        Assert.Equal([cast.Proposer, cast.TargetA, cast.TargetsAB], notes.Select(n => n.UserId).Order());
        Assert.All(notes, n =>
        {
            Assert.Equal(kind, n.Kind);
            Assert.Equal("The rationale is missing.", n.Reason);
        });
        var bodies = await Data.QueryAsync(db => db.OutboxEmails.Where(e => e.To == "target-a@example.org").ToListAsync());
        Assert.Contains(bodies, e => e.Body.Contains("The rationale is missing.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_moderator_deciding_is_not_notified_even_as_a_delegate_of_a_party()
    {
        var cast = await CastAsync();
        await using (var db = Database.CreateDbContext())
        {
            var organization = await db.Organizations.Include(o => o.Members).SingleAsync(o => o.Id == cast.TargetOrgB);
            organization.AddMember(cast.Admin, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        await ToModerationAsync(cast);
        var notes = await ActAsync(cast.ProposalId, ProposalAction.Approve, cast.Admin);

        Assert.DoesNotContain(notes, n => n.UserId == cast.Admin);
        Assert.Equal(3, notes.Count);
    }

    [Fact]
    public async Task Withdrawing_a_submitted_proposal_notifies_the_target_delegates_only()
    {
        var cast = await CastAsync();
        await ActAsync(cast.ProposalId, ProposalAction.Submit, cast.Proposer);

        var notes = await ActAsync(cast.ProposalId, ProposalAction.Withdraw, cast.Proposer, includeTargets: false);

        Assert.Equal([cast.TargetA, cast.TargetsAB], notes.Select(n => n.UserId).Order());
        Assert.All(notes, n => Assert.Equal(NotificationKinds.ProposalWithdrawn, n.Kind));
    }

    [Fact]
    public async Task Withdrawing_a_draft_notifies_nobody()
    {
        var cast = await CastAsync();

        var notes = await ActAsync(cast.ProposalId, ProposalAction.Withdraw, cast.Proposer);

        Assert.Empty(notes);
        Assert.Equal(0, await Data.QueryAsync(db => db.OutboxEmails.CountAsync()));
    }

    [Fact]
    public async Task Nothing_is_written_unless_the_caller_saves()
    {
        var cast = await CastAsync();
        await using (var db = Database.CreateDbContext())
        {
            var proposal = await db.Proposals.Include(p => p.Targets).SingleAsync();
            var transition = proposal.Apply(ProposalAction.Submit, cast.Proposer, "proposer", null, DateTimeOffset.UtcNow);
            await Notifier(cast.Proposer).AddAsync(db, proposal, transition, CancellationToken.None);
            Assert.Equal(2, db.ChangeTracker.Entries<Notification>().Count());
        }

        Assert.Equal(0, await Data.QueryAsync(db => db.Notifications.CountAsync()));
        Assert.Equal(0, await Data.QueryAsync(db => db.OutboxEmails.CountAsync()));
    }

    [Fact]
    public async Task The_email_is_in_English_then_Spanish_with_a_link_to_the_proposal()
    {
        var cast = await CastAsync();
        await ToModerationAsync(cast);
        await ActAsync(cast.ProposalId, ProposalAction.RequestChanges, cast.Moderator, "Add the dates.");

        var email = await Data.QueryAsync(db => db.OutboxEmails.SingleAsync(e => e.To == "proposer@example.org" && e.Subject.StartsWith("Changes requested")));

        Assert.Equal("Changes requested / Cambios solicitados: Nurse placement", email.Subject);
        var english = email.Body.IndexOf("A moderator asked for changes to the partnership proposal \"Nurse placement\"", StringComparison.Ordinal);
        var spanish = email.Body.IndexOf("Un moderador pidió cambios en la propuesta de alianza \"Nurse placement\"", StringComparison.Ordinal);
        Assert.True(english >= 0 && spanish > english, email.Body);
        Assert.Contains("Add the dates.", email.Body, StringComparison.Ordinal);
        Assert.Contains($"http://127.0.0.1:5080/Proposals/{cast.ProposalId}", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_provides_a_notifier_that_works_outside_a_web_request()
    {
        var cast = await CastAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var notifier = scope.ServiceProvider.GetRequiredService<ProposalNotifier>();
        var proposal = await db.Proposals.Include(p => p.Targets).SingleAsync();

        var transition = proposal.Apply(ProposalAction.Submit, cast.Proposer, "proposer", null, DateTimeOffset.UtcNow);
        await notifier.AddAsync(db, proposal, transition, CancellationToken.None);
        await db.SaveChangesAsync();

        Assert.Equal(2, await Data.QueryAsync(d => d.Notifications.CountAsync()));
        Assert.Equal(ProposalState.AwaitingPartners, await Data.QueryAsync(d => d.Proposals.Select(p => p.State).SingleAsync()));
    }

    [Fact]
    public async Task In_the_portal_the_actor_is_the_signed_in_user_of_the_request()
    {
        await using var scope = App.Services.CreateAsyncScope();

        Assert.IsType<WorkwaysPortal.Web.Infrastructure.HttpCurrentUser>(scope.ServiceProvider.GetRequiredService<ICurrentUser>());
    }

    [Fact]
    public async Task A_proposal_without_an_id_cannot_be_announced()
    {
        var proposal = PartnershipProposal.Draft(1, new ProposalDetails("Unsaved", "Both work with returning migrants.", "Training places", [new(2, "Job offers")], null, null), Guid.NewGuid(), DateTimeOffset.UtcNow);
        var transition = proposal.Apply(ProposalAction.Submit, Guid.NewGuid(), "someone", null, DateTimeOffset.UtcNow);
        await using var db = Database.CreateDbContext();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Notifier(null).AddAsync(db, proposal, transition, CancellationToken.None));

        Assert.Contains("Save a new proposal", error.Message, StringComparison.Ordinal);
    }
}
