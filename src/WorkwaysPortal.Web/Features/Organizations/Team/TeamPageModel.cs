using Microsoft.AspNetCore.Authorization.Infrastructure;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>One delegate as the team pages show them.</summary>
public sealed record TeamMember(Guid UserId, string DisplayName, string? Email, DateTimeOffset Since);

/// <summary>An invitation still waiting for its colleague, as the team pages show it.</summary>
public sealed record PendingInvitation(int Id, string Email, string? InvitedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

/// <summary>
/// What the team pages share: the organization (tracked, with its delegates) for someone allowed the
/// page's operation (404 when they may not see it, 403 when they may not do it), its delegates and
/// pending invitations, and saving one change to the team in one transaction.
/// </summary>
[Authorize]
public abstract class TeamPageModel(PortalDbContext db, IAuthorizationService authorization, IStringLocalizer<SharedResource> t) : PageModel
{
    public Organization Organization { get; private set; } = null!;
    public IReadOnlyList<TeamMember> Members { get; private set; } = [];

    protected PortalDbContext Db => db;

    protected IAuthorizationService Authorization => authorization;

    /// <summary>The UI's texts.</summary>
    protected IStringLocalizer<SharedResource> T => t;

    /// <summary>Loads the organization and its delegates for someone allowed <paramref name="operation"/>: null, or the refusal to answer.</summary>
    protected async Task<IActionResult?> LoadAsync(int id, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var (organization, refusal) = await this.ForOperationAsync(
            authorization, operation, Visibility.Organizations(db, User.AsViewer()).Include(o => o.Members).FirstOrDefaultAsync(o => o.Id == id, ct));
        if (organization is null)
        {
            return refusal;
        }

        Organization = organization;
        Members = await (
                from m in db.OrganizationMembers.AsNoTracking()
                where m.OrganizationId == id
                join u in db.Users on m.UserId equals u.Id
                orderby u.DisplayName, u.Id
                select new TeamMember(u.Id, u.DisplayName, u.Email, m.Since))
            .ToListAsync(ct);
        return null;
    }

    /// <summary>The organization's invitations that can still be accepted at <paramref name="now"/>, oldest first.</summary>
    protected Task<List<PendingInvitation>> PendingInvitationsAsync(DateTimeOffset now, CancellationToken ct) =>
        (from i in db.OrganizationInvitations.AsNoTracking()
         where i.OrganizationId == Organization.Id && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now
         join u in db.Users on i.InvitedBy equals (Guid?)u.Id into inviters
         from inviter in inviters.DefaultIfEmpty()
         orderby i.CreatedAt, i.Id
         select new PendingInvitation(i.Id, i.Email, inviter == null ? null : inviter.DisplayName, i.CreatedAt, i.ExpiresAt))
        .ToListAsync(ct);

    /// <summary>Makes one change to the team and saves it (<see cref="TeamChanges.SaveAsync"/>).</summary>
    protected Task<bool> SaveAsync(Func<Task> change, CancellationToken ct) => TeamChanges.SaveAsync(this, db, t, change, ct);
}

/// <summary>How every page saves a change to a team: one SaveChanges, or the reason it was refused above the form.</summary>
public static class TeamChanges
{
    /// <summary>
    /// Makes one change to the team (the Domain's step, its audit event, its notices) and saves it with
    /// one SaveChanges; false, with the reason above the form and nothing saved, when the Domain refuses
    /// it or someone else changed the team or the invitation meanwhile.
    /// </summary>
    public static async Task<bool> SaveAsync(PageModel page, PortalDbContext db, IStringLocalizer t, Func<Task> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            await change();
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DomainRuleException e)
        {
            db.ChangeTracker.Clear();
            page.ModelState.AddModelError(string.Empty, t[e.Message, [.. e.Arguments]]);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            page.ModelState.AddModelError(string.Empty, t[UserMessages.TeamChangedMeanwhile]);
        }

        return false;
    }
}
