using System.Globalization;
using System.Security.Claims;
using WorkwaysPortal.Data.Auditing;
using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Data.Telemetry;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// Everything that changes a proposal, for the pages and the API alike: load it, check who may act,
/// take the step through the Domain's workflow, record the audit event, add the notifications and
/// save it all in ONE SaveChanges, then say how it ended. A lost race (PostgreSQL xmin) or a refusal
/// of the workflow is a <see cref="ProposalOutcomeStatus.Conflict"/>, never an exception.
/// </summary>
public sealed class ProposalActions(
    PortalDbContext db, ProposalAuthorization access, ProposalNotifier notifier, TimeProvider clock)
{
    /// <summary>A delegate writes a new proposal for their organization; it is saved as a draft, and submitted at once if asked.</summary>
    public async Task<ProposalOutcome> CreateAsync(
        ClaimsPrincipal user, int proposerOrganizationId, ProposalDetails details, bool submit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var proposer = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == proposerOrganizationId)
            .Select(o => new { o.Status })
            .FirstOrDefaultAsync(ct);
        if (proposer is null)
        {
            return ProposalOutcome.NotFound;
        }

        if (!await Visibility.ActsForAsync(db, user.AsViewer(), proposerOrganizationId, ct))
        {
            return ProposalOutcome.Forbidden();
        }

        if (proposer.Status != VerificationStatus.Verified)
        {
            return ProposalOutcome.Invalid([new FieldError("proposerOrganizationId", UserMessages.ProposerNotVerified)]);
        }

        if (await CheckAsync(proposerOrganizationId, details, submit, ct) is { Count: > 0 } errors)
        {
            return ProposalOutcome.Invalid(errors);
        }

        var actor = await ActorAsync(user, ct);
        var now = clock.GetUtcNow();
        var proposal = PartnershipProposal.Draft(proposerOrganizationId, details, actor.Id, now);

        // The proposal, its audit events and its notifications are written by one SaveChanges (ADR 005).
        var id = await db.AddAuditedAsync(proposal, id => Audit(actor, now, AuditActions.ProposalDrafted, id, null), ct);
        if (submit)
        {
            await StepAsync(proposal, ProposalAction.Submit, actor, null, now, ct);
        }

        await db.SaveChangesAsync(ct);
        return ProposalOutcome.Done(id);
    }

    /// <summary>The proposer's delegates change a draft or a proposal sent back for changes, and may submit it in the same step.</summary>
    public async Task<ProposalOutcome> EditAsync(
        ClaimsPrincipal user, int id, ProposalDetails details, uint? expectedVersion, bool submit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var (proposal, who) = await LoadAsync(user, id, ct);
        if (proposal is null)
        {
            return ProposalOutcome.NotFound;
        }

        if (!who.ActsForProposer)
        {
            return ProposalOutcome.Forbidden();
        }

        if (expectedVersion is { } version && version != proposal.Version)
        {
            return ProposalOutcome.Conflict(UserMessages.ProposalChangedMeanwhile, []);
        }

        if (!ProposalWorkflow.IsEditable(proposal.State))
        {
            return ProposalOutcome.Conflict(UserMessages.ProposalNotEditable, []);
        }

        if (await CheckAsync(proposal.ProposerOrganizationId, details, submit, ct) is { Count: > 0 } errors)
        {
            return ProposalOutcome.Invalid(errors);
        }

        var actor = await ActorAsync(user, ct);
        var now = clock.GetUtcNow();
        try
        {
            proposal.Edit(details, now);
            db.AuditEvents.Add(Audit(actor, now, AuditActions.ProposalEdited, id, null));
            if (submit)
            {
                await StepAsync(proposal, proposal.State == ProposalState.Draft ? ProposalAction.Submit : ProposalAction.Resubmit, actor, null, now, ct);
            }

            await db.SaveChangesAsync(ct);
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return ProposalOutcome.Conflict(e.Message, e.Arguments);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await AfterLostRaceAsync(id, null, ct);
        }

        return ProposalOutcome.Done(id);
    }

    /// <summary>One step of the workflow: submit, withdraw, resubmit (proposer) or approve, reject, request changes (moderator).</summary>
    public Task<ProposalOutcome> ApplyAsync(
        ClaimsPrincipal user, int id, ProposalAction action, string? reason, uint? expectedVersion, CancellationToken ct) =>
        ApplyAsync(user, id, action, null, reason, expectedVersion, ct);

    /// <summary>
    /// One step of the workflow. Accepting and declining (a partner's delegates, for
    /// <paramref name="partnerOrganizationId"/>, with <paramref name="reason"/> as the optional message)
    /// and dropping a partner (the proposer) name the partner organization.
    /// </summary>
    public async Task<ProposalOutcome> ApplyAsync(
        ClaimsPrincipal user, int id, ProposalAction action, int? partnerOrganizationId, string? reason, uint? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (proposal, who) = await LoadAsync(user, id, ct);
        if (proposal is null)
        {
            return ProposalOutcome.NotFound;
        }

        var allowed = ProposalWorkflow.ActorOf(action) switch
        {
            ProposalActor.Proposer => who.ActsForProposer,
            ProposalActor.Moderator => who.IsModerator,

            // One partner organization answers for itself: its delegates (and administrators, who act for any).
            _ => partnerOrganizationId is { } answering && await Visibility.ActsForAsync(db, user.AsViewer(), answering, ct),
        };
        if (!allowed)
        {
            return ProposalOutcome.Forbidden();
        }

        if (ProposalWorkflow.ActorOf(action) == ProposalActor.Partner && !proposal.TargetOrganizationIds.Contains(partnerOrganizationId!.Value))
        {
            return ProposalOutcome.Forbidden(UserMessages.ProposalNotAPartner);
        }

        if (ProposalWorkflow.ActorOf(action) == ProposalActor.Moderator && who.HasConflictOfInterest)
        {
            return ProposalOutcome.Forbidden(UserMessages.ProposalConflictOfInterest);
        }

        if (proposal.RefusalOf(action, partnerOrganizationId) is { } refusal)
        {
            return ProposalOutcome.Conflict(refusal.Message, refusal.Arguments);
        }

        if (expectedVersion is { } version && version != proposal.Version)
        {
            return ProposalOutcome.Conflict(UserMessages.ProposalChangedMeanwhile, []);
        }

        if (CheckReason(action, reason) is { } reasonError)
        {
            return ProposalOutcome.Invalid([reasonError]);
        }

        if (action is ProposalAction.Submit or ProposalAction.Resubmit && string.IsNullOrWhiteSpace(proposal.Rationale))
        {
            return ProposalOutcome.Invalid([new FieldError("rationale", UserMessages.ProposalRationaleRequired)]);
        }

        var actor = await ActorAsync(user, ct);
        try
        {
            await StepAsync(proposal, action, actor, reason, clock.GetUtcNow(), ct, partnerOrganizationId);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            return ProposalOutcome.Conflict(e.Message, e.Arguments);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await AfterLostRaceAsync(id, action, ct);
        }

        return ProposalOutcome.Done(id);
    }

    /// <summary>Takes the step and adds what goes with it to the same unit of work: audit event, gap status, notifications.</summary>
    private async Task StepAsync(
        PartnershipProposal proposal, ProposalAction action, Actor actor, string? reason, DateTimeOffset now, CancellationToken ct,
        int? partnerOrganizationId = null)
    {
        var transition = proposal.Apply(action, actor.Id, actor.DisplayName, reason, now, partnerOrganizationId);
        PortalMetrics.ProposalTransitions.Add(1, new KeyValuePair<string, object?>("action", action.ToString().ToLowerInvariant()));
        var audit = Audit(actor, now, AuditActions.For(action), proposal.Id, transition.Reason, await PartnerDetailsAsync(partnerOrganizationId, ct));
        db.AuditEvents.Add(audit);
        if (transition.To == ProposalState.Approved && proposal.GapId is { } gapId
            && await db.Gaps.FirstOrDefaultAsync(g => g.Id == gapId, ct) is { } gap)
        {
            gap.MarkBeingAddressed(now);
        }

        await notifier.AddAsync(db, proposal, transition, ct);
    }

    private async Task<(PartnershipProposal? Proposal, ProposalAccess Access)> LoadAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var proposal = await Visibility.Proposals(db, user.AsViewer()).Include(p => p.Targets).FirstOrDefaultAsync(p => p.Id == id, ct);
        return proposal is null
            ? (null, ProposalAccess.None)
            : (proposal, await access.ForAsync(user, proposal.ProposerOrganizationId, proposal.TargetOrganizationIds, ct));
    }

    /// <summary>
    /// Someone else saved the proposal between our read and our write. Nothing of ours was written;
    /// tell the user what happened, from the proposal as it is now.
    /// </summary>
    private async Task<ProposalOutcome> AfterLostRaceAsync(int id, ProposalAction? action, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var current = await db.Proposals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (current is null)
        {
            return ProposalOutcome.NotFound;
        }

        return action is { } a && current.RefusalOf(a) is { } refusal
            ? ProposalOutcome.Conflict(refusal.Message, refusal.Arguments)
            : ProposalOutcome.Conflict(UserMessages.ProposalChangedMeanwhile, []);
    }

    /// <summary>
    /// The field errors of a proposal's content (Domain rules, then partners, gap and initiative
    /// against the database) without changing anything; a page shows them next to its own errors.
    /// </summary>
    public async Task<IReadOnlyList<FieldError>> CheckAsync(int proposerOrganizationId, ProposalDetails details, bool forSubmission, CancellationToken ct)
    {
        var errors = ProposalRules.Check(proposerOrganizationId, details, forSubmission).ToList();
        errors.AddRange(await ProposalReferences.CheckAsync(db, proposerOrganizationId, details, ct));
        return errors;
    }

    private static FieldError? CheckReason(ProposalAction action, string? reason)
    {
        if (action is ProposalAction.Accept or ProposalAction.Decline)
        {
            return reason is not null && reason.Trim().Length > PartnershipProposal.AnswerMessageMaxLength
                ? new FieldError("message", UserMessages.TextTooLong, PartnershipProposal.AnswerMessageMaxLength)
                : !PlainText.IsAllowed(reason) ? new FieldError("message", UserMessages.TextNotPlain) : null;
        }

        if (ProposalWorkflow.RequiresReason(action) && string.IsNullOrWhiteSpace(reason))
        {
            return new FieldError("reason", UserMessages.ProposalReasonRequired);
        }

        return reason is not null && reason.Trim().Length > PartnershipProposal.ReasonMaxLength
            ? new FieldError("reason", UserMessages.ProposalReasonTooLong)
            : null;
    }

    /// <summary>Who acts: the audit trail keeps the account name (unique), the proposal shows the display name.</summary>
    private sealed record Actor(Guid Id, string AccountName, string DisplayName);

    private async Task<Actor> ActorAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var id = user.Id();
        var accountName = user.Identity?.Name ?? "";
        var displayName = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        return new Actor(id, accountName, string.IsNullOrWhiteSpace(displayName) ? accountName : displayName);
    }

    private static AuditEvent Audit(Actor actor, DateTimeOffset now, string action, int proposalId, string? reason, string? details = null) =>
        AuditEvent.Record(now, actor.Id, actor.AccountName, action, AuditSubjects.Proposal, proposalId.ToString(CultureInfo.InvariantCulture), reason, details);

    /// <summary>The partner organization an answer (accept, decline, drop) is about, named in the audit trail.</summary>
    private async Task<string?> PartnerDetailsAsync(int? partnerOrganizationId, CancellationToken ct)
    {
        if (partnerOrganizationId is not { } id)
        {
            return null;
        }

        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return ProposalHistoryEntry.PartnerDetails(id, name ?? "");
    }
}
