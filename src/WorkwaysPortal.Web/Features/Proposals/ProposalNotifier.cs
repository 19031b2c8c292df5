using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// Tells the people concerned that a proposal moved: in-app notifications for the proposer's and the
/// target organizations' delegates (and moderators when one is submitted), plus emails through the
/// outbox. It only adds rows to the context; the caller saves them in the same transaction as the
/// transition, so a failed action notifies nobody.
/// </summary>
/// <remarks>
/// Who hears of what:
/// submitted or resubmitted while a partner has not accepted → the delegates of the partners that have not;
/// reaching moderation (submitted, resubmitted, the last acceptance, dropping the last partner who had not accepted) → every moderator and administrator;
/// a partner's answer → the proposer's delegates (the answer's message is the notification's reason);
/// approved, rejected, changes requested → the delegates of the proposing and of every target organization;
/// withdrawn → the target organizations' delegates, unless the proposal was still a draft they never saw.
/// The person acting is never told about their own action, and nobody is told twice.
/// The proposal must already have its id (a draft is saved before it is submitted).
/// </remarks>
public sealed class ProposalNotifier(NotificationOutbox outbox)
{
    public async Task AddAsync(PortalDbContext db, PartnershipProposal proposal, ProposalTransition transition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(transition);

        if (KindOf(transition) is not { } kind)
        {
            return;
        }

        if (proposal.Id == 0)
        {
            throw new ArgumentException("Save a new proposal before notifying about it: notifications and emails link to its id.", nameof(proposal));
        }

        var recipients = kind switch
        {
            NotificationKinds.ProposalSubmitted => await NotificationOutbox.ModeratorsAsync(db, ct),
            NotificationKinds.ProposalAwaitingPartners => await NotificationOutbox.DelegatesOfAsync(
                db, [.. proposal.Targets.Where(t => t.Answer != PartnerAnswer.Accepted).Select(t => t.OrganizationId)], ct),
            NotificationKinds.ProposalPartnerAccepted or NotificationKinds.ProposalPartnerDeclined =>
                await NotificationOutbox.DelegatesOfAsync(db, [proposal.ProposerOrganizationId], ct),
            NotificationKinds.ProposalWithdrawn => await NotificationOutbox.DelegatesOfAsync(db, await TargetsAsync(db, proposal, ct), ct),
            _ => await NotificationOutbox.DelegatesOfAsync(db, [proposal.ProposerOrganizationId, .. await TargetsAsync(db, proposal, ct)], ct),
        };

        // The actor is the signed-in user; a moderator's decision also names them on the proposal.
        var decider = ProposalWorkflow.ActorOf(transition.Action) == ProposalActor.Moderator ? proposal.DecidedBy : null;
        var content = new NotificationContent(kind, proposal.Title, transition.Reason, proposal.Id, null, NotificationLinks.Proposal(proposal.Id));
        await outbox.AddAsync(db, recipients, decider, content, ct);

        // The last acceptance sends the proposal to the moderators as well.
        if (transition.Action == ProposalAction.Accept && transition.From != ProposalState.Submitted && transition.To == ProposalState.Submitted)
        {
            var moderators = new NotificationContent(
                NotificationKinds.ProposalSubmitted, proposal.Title, null, proposal.Id, null, NotificationLinks.Proposal(proposal.Id));
            await outbox.AddAsync(db, await NotificationOutbox.ModeratorsAsync(db, ct), null, moderators, ct);
        }
    }

    /// <summary>The kind of notification a transition gives, or null when nobody needs to hear of it.</summary>
    public static string? KindOf(ProposalTransition transition)
    {
        ArgumentNullException.ThrowIfNull(transition);
        return transition.Action switch
        {
            ProposalAction.Submit or ProposalAction.Resubmit when transition.To == ProposalState.AwaitingPartners => NotificationKinds.ProposalAwaitingPartners,
            ProposalAction.Submit or ProposalAction.Resubmit => NotificationKinds.ProposalSubmitted,
            ProposalAction.Accept => NotificationKinds.ProposalPartnerAccepted,
            ProposalAction.Decline => NotificationKinds.ProposalPartnerDeclined,
            ProposalAction.DropPartner when transition.To == ProposalState.Submitted => NotificationKinds.ProposalSubmitted,
            ProposalAction.Approve => NotificationKinds.ProposalApproved,
            ProposalAction.Reject => NotificationKinds.ProposalRejected,
            ProposalAction.RequestChanges => NotificationKinds.ProposalChangesRequested,

            // A draft was never shown to anyone: withdrawing it concerns nobody else.
            ProposalAction.Withdraw when transition.From != ProposalState.Draft => NotificationKinds.ProposalWithdrawn,
            _ => null,
        };
    }

    /// <summary>The invited organizations: as loaded (or just written), else from the database.</summary>
    private static async Task<List<int>> TargetsAsync(PortalDbContext db, PartnershipProposal proposal, CancellationToken ct)
    {
        var targets = proposal.TargetOrganizationIds.ToList();
        var entry = db.Entry(proposal);
        if (proposal.Id != 0 && entry.State != EntityState.Added && !entry.Collection(p => p.Targets).IsLoaded)
        {
            targets.AddRange(await db.ProposalTargets.AsNoTracking()
                .Where(t => t.ProposalId == proposal.Id)
                .Select(t => t.OrganizationId)
                .ToListAsync(ct));
        }

        return [.. targets.Distinct()];
    }
}
