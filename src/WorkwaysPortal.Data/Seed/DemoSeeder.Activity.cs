using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Data.Seed;

/// <summary>The initiatives, gaps and proposals of the demo data (<see cref="DemoActivity"/>).</summary>
public static partial class DemoSeeder
{
    private const string ProposalSubject = "proposal";

    /// <summary>The ids of the verified demo organizations, by name: initiatives, gaps and proposals refer to them.</summary>
    private static async Task<IReadOnlyDictionary<string, int>> DemoOrganizationIdsAsync(PortalDbContext db, CancellationToken ct)
    {
        var names = DemoData.Organizations.ToDictionary(p => NameKey.For(p.Name), p => p.Name, StringComparer.Ordinal);
        var keys = names.Keys.ToList();
        var found = await db.Organizations
            .AsNoTracking()
            .Where(o => keys.Contains(o.NameKey) && o.Status == VerificationStatus.Verified)
            .Select(o => new { o.NameKey, o.Id })
            .ToListAsync(ct);
        return found.ToDictionary(o => names[o.NameKey], o => o.Id, StringComparer.Ordinal);
    }

    /// <summary>Adds every demo initiative whose title its lead organization does not have yet.</summary>
    private static async Task<int> AddMissingInitiativesAsync(
        PortalDbContext db, IReadOnlyDictionary<string, int> organizations, TaxonomySnapshot taxonomy, DateTimeOffset now,
        ILogger logger, CancellationToken ct)
    {
        var titles = DemoActivity.Initiatives.Select(i => i.Title).ToList();
        var existing = (await db.Initiatives
                .Where(i => titles.Contains(i.Title))
                .Select(i => new { i.LeadOrganizationId, i.Title })
                .ToListAsync(ct))
            .Select(i => (i.LeadOrganizationId, i.Title))
            .ToHashSet();

        var added = 0;
        var recorded = new List<Initiative>();
        foreach (var demo in DemoActivity.Initiatives)
        {
            if (!TryFind(organizations, demo.LeadOrganization, demo.Title, logger, out var leadId)
                || existing.Contains((leadId, demo.Title)))
            {
                continue;
            }

            var participants = new List<int>();
            foreach (var name in demo.Participants)
            {
                if (TryFind(organizations, name, demo.Title, logger, out var participantId))
                {
                    participants.Add(participantId);
                }
            }

            var details = demo.ToDetails(participants);
            if (Fits(demo.Title, WorkRules.Check(details, taxonomy), logger))
            {
                // The demo's participants took part with their consent: each invitation is accepted, as the
                // demo data's (their organizations have no account).
                var language = await db.Organizations.Where(o => o.Id == leadId).Select(o => o.TextLanguage).FirstAsync(ct);
                var initiative = Initiative.Record(leadId, details with { OrganizationLanguage = language }, null, now - DemoActivity.RecordedAgo);
                foreach (var participantId in initiative.Participants.Select(p => p.OrganizationId).ToList())
                {
                    initiative.Answer(participantId, accept: true, null, ActorName, null, now - DemoActivity.RecordedAgo);
                }

                db.Initiatives.Add(initiative);
                recorded.Add(initiative);
                added++;
            }
        }

        await db.SaveChangesAsync(ct);

        // Each invitation and its acceptance are in the audit trail, as when delegates invite and answer.
        foreach (var initiative in recorded)
        {
            var subjectId = initiative.Id.ToString(CultureInfo.InvariantCulture);
            foreach (var participant in initiative.Participants)
            {
                var organization = JsonSerializer.Serialize(new { organizationId = participant.OrganizationId });
                db.AuditEvents.Add(AuditEvent.Record(
                    participant.InvitedAt, null, ActorName, AuditActions.InitiativeParticipantInvited, AuditSubjects.Initiative, subjectId, details: organization));
                db.AuditEvents.Add(AuditEvent.Record(
                    participant.InvitedAt, null, ActorName, AuditActions.InitiativeInvitationAccepted, AuditSubjects.Initiative, subjectId, details: organization));
            }
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>Adds every demo gap whose title the organization that raised it does not have yet.</summary>
    private static async Task<int> AddMissingGapsAsync(
        PortalDbContext db, IReadOnlyDictionary<string, int> organizations, TaxonomySnapshot taxonomy, DateTimeOffset now,
        ILogger logger, CancellationToken ct)
    {
        var titles = DemoActivity.Gaps.Select(g => g.Details.Title).ToList();
        var existing = (await db.Gaps
                .Where(g => titles.Contains(g.Title))
                .Select(g => new { g.RaisedByOrganizationId, g.Title })
                .ToListAsync(ct))
            .Select(g => (g.RaisedByOrganizationId, g.Title))
            .ToHashSet();

        var added = 0;
        foreach (var demo in DemoActivity.Gaps)
        {
            if (!TryFind(organizations, demo.RaisedBy, demo.Details.Title, logger, out var organizationId)
                || existing.Contains((organizationId, demo.Details.Title)))
            {
                continue;
            }

            if (Fits(demo.Details.Title, WorkRules.Check(demo.Details, taxonomy), logger))
            {
                var language = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.TextLanguage).FirstAsync(ct);
                db.Gaps.Add(Gap.Raise(organizationId, demo.Details with { OrganizationLanguage = language }, null, now - DemoActivity.RecordedAgo));
                added++;
            }
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>
    /// Adds every demo proposal whose title is not used yet, and takes it through its workflow steps with
    /// the domain's own transitions, auditing each one. The demo delegate acts for its organization; the
    /// other proposers have no account, so their steps are recorded as the demo data's. Decisions are the
    /// demo moderator's. No notifications are sent: nobody was there to receive them.
    /// </summary>
    private static async Task<int> AddMissingProposalsAsync(
        PortalDbContext db, IReadOnlyDictionary<string, int> organizations, ApplicationUser delegateUser,
        ApplicationUser moderator, DateTimeOffset now, ILogger logger, CancellationToken ct)
    {
        var titles = DemoActivity.Proposals.Select(p => p.Title).ToList();
        var existing = (await db.Proposals.Where(p => titles.Contains(p.Title)).Select(p => p.Title).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var gapTitles = DemoActivity.Gaps.Select(g => g.Details.Title).ToList();
        var gaps = await db.Gaps.Where(g => gapTitles.Contains(g.Title)).OrderBy(g => g.Id).ToListAsync(ct);
        var initiativeTitles = DemoActivity.Initiatives.Select(i => i.Title).ToList();
        var initiatives = await db.Initiatives
            .AsNoTracking()
            .Where(i => initiativeTitles.Contains(i.Title))
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.LeadOrganizationId, i.Title })
            .ToListAsync(ct);

        var added = 0;
        foreach (var demo in DemoActivity.Proposals.Where(p => !existing.Contains(p.Title)))
        {
            if (!TryFind(organizations, demo.Proposer, demo.Title, logger, out var proposerId))
            {
                continue;
            }

            var partners = new List<ProposalPartner>();
            foreach (var partner in demo.Partners)
            {
                if (TryFind(organizations, partner.Organization, demo.Title, logger, out var partnerId))
                {
                    partners.Add(new ProposalPartner(partnerId, partner.Contribution));
                }
            }

            Gap? gap = null;
            if (demo.Gap is { } demoGap)
            {
                gap = organizations.TryGetValue(demoGap.RaisedBy, out var raisedBy)
                    ? gaps.FirstOrDefault(g => g.RaisedByOrganizationId == raisedBy && g.Title == demoGap.Details.Title)
                    : null;
                if (gap is null)
                {
                    logger.LogWarning("Demo proposal {Title} skipped: its gap {Gap} is missing", demo.Title, demoGap.Details.Title);
                    continue;
                }
            }

            int? initiativeId = null;
            if (demo.Initiative is { } demoInitiative)
            {
                initiativeId = organizations.TryGetValue(demoInitiative.LeadOrganization, out var leadId)
                    ? initiatives.FirstOrDefault(i => i.LeadOrganizationId == leadId && i.Title == demoInitiative.Title)?.Id
                    : null;
                if (initiativeId is null)
                {
                    logger.LogWarning("Demo proposal {Title} skipped: its initiative {Initiative} is missing", demo.Title, demoInitiative.Title);
                    continue;
                }
            }

            if (partners.Count != demo.Partners.Count)
            {
                logger.LogWarning("Demo proposal {Title} skipped: some of its partners are missing", demo.Title);
                continue;
            }

            var author = DemoAccounts.DelegateOrganizations.Contains(demo.Proposer) ? delegateUser : null;
            var details = new ProposalDetails(demo.Title, demo.Rationale, demo.ProposerContribution, partners, gap?.Id, initiativeId);
            await AddProposalAsync(db, demo, proposerId, details, gap, author, moderator, organizations, now, ct);
            logger.LogInformation("Demo proposal {Title} added, {State}", demo.Title, demo.IntendedState);
            added++;
        }

        return added;
    }

    private static async Task AddProposalAsync(
        PortalDbContext db, DemoProposal demo, int proposerId, ProposalDetails details, Gap? gap, ApplicationUser? author,
        ApplicationUser moderator, IReadOnlyDictionary<string, int> organizations, DateTimeOffset now, CancellationToken ct)
    {
        var createdAt = now - demo.CreatedAgo;
        var proposal = PartnershipProposal.Draft(proposerId, details, author?.Id ?? Guid.Empty, createdAt);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(ct);

        var subjectId = proposal.Id.ToString(CultureInfo.InvariantCulture);
        db.AuditEvents.Add(AuditEvent.Record(
            createdAt, author?.Id, author?.UserName ?? ActorName, AuditActions.ProposalDrafted, ProposalSubject, subjectId));
        foreach (var step in demo.Steps)
        {
            var at = now - step.Ago;
            var actor = ProposalWorkflow.ActorOf(step.Action) switch
            {
                ProposalActor.Moderator => moderator,
                ProposalActor.Partner => null,
                _ => author,
            };
            int? partner = step.Partner is { } name ? organizations[name] : null;
            var transition = proposal.Apply(step.Action, actor?.Id ?? Guid.Empty, actor?.DisplayName ?? ActorName, step.Reason, at, partner);
            db.AuditEvents.Add(AuditEvent.Record(
                at, actor?.Id, actor?.UserName ?? ActorName, AuditActions.For(step.Action), ProposalSubject, subjectId, transition.Reason));
            if (transition.To == ProposalState.Approved)
            {
                gap?.MarkBeingAddressed(at);
            }
        }

        if (proposal.State != demo.IntendedState)
        {
            throw new InvalidOperationException(
                $"The demo proposal '{demo.Title}' ended in {proposal.State}, not in {demo.IntendedState}.");
        }

        await db.SaveChangesAsync(ct);
    }

    private static bool TryFind(IReadOnlyDictionary<string, int> organizations, string name, string title, ILogger logger, out int id)
    {
        if (organizations.TryGetValue(name, out id))
        {
            return true;
        }

        logger.LogWarning("Demo organization {Name}, named in {Title}, is not a verified organization of the directory", name, title);
        return false;
    }

    /// <summary>Staff may have changed the taxonomy since the demo data was written: skip what no longer fits.</summary>
    private static bool Fits(string title, IReadOnlyList<FieldError> errors, ILogger logger)
    {
        if (errors.Count == 0)
        {
            return true;
        }

        logger.LogWarning(
            "Demo item {Title} skipped, it does not fit the current taxonomy: {Errors}",
            title, string.Join("; ", errors.Select(e => e.Field + ": " + e.Format(CultureInfo.InvariantCulture))));
        return false;
    }
}
