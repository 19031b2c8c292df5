using Microsoft.AspNetCore.Authorization.Infrastructure;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>One delegate as the team pages show them.</summary>
public sealed record TeamMember(Guid UserId, string DisplayName, string? Email, DateTimeOffset Since);

/// <summary>
/// What the team pages share: the organization (tracked, with its delegates) for someone allowed the
/// page's operation (404 when they may not see it, 403 when they may not do it), its delegates, and
/// saving one change to the team in one transaction, a refusal of the Domain shown above the form.
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

    /// <summary>
    /// Makes one change to the team (the Domain's step, its audit event, its notices) and saves it with
    /// one SaveChanges; false, with the reason above the form, when the Domain refuses it or someone
    /// else changed the team meanwhile (nothing is saved then).
    /// </summary>
    protected async Task<bool> SaveAsync(Func<Task> change, CancellationToken ct)
    {
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
            ModelState.AddModelError(string.Empty, t[e.Message, [.. e.Arguments]]);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, t[UserMessages.TeamChangedMeanwhile]);
        }

        return false;
    }
}
