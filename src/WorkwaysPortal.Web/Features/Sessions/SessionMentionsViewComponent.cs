namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>A session that mentions a gap, an initiative or an organization.</summary>
public sealed record SessionMention(int Id, string Title, DateOnly HeldOn, bool Raised);

/// <summary>
/// "Raised in session …" on the page of a gap, an initiative or an organization: the sessions that
/// raised or mention it. Shown to staff (and administrators) only, who alone open session pages; so
/// the public, cached pages never carry it.
/// </summary>
public sealed class SessionMentionsViewComponent(PortalDbContext db, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int? gapId = null, int? initiativeId = null, int? organizationId = null)
    {
        if (User.Identity?.IsAuthenticated != true || !(await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.Staff)).Succeeded)
        {
            return Content("");
        }

        var ct = HttpContext.RequestAborted;
        List<SessionMention> mentions;
        if (gapId is { } gap)
        {
            var raisedIn = await db.Gaps.Where(g => g.Id == gap).Select(g => g.RaisedInSessionId).FirstOrDefaultAsync(ct);
            mentions = await db.Sessions.AsNoTracking()
                .Where(s => s.GapIds.Contains(gap) || s.Id == raisedIn)
                .OrderByDescending(s => s.HeldOn)
                .Select(s => new SessionMention(s.Id, s.Title, s.HeldOn, s.Id == raisedIn))
                .ToListAsync(ct);
        }
        else if (initiativeId is { } initiative)
        {
            mentions = await db.Sessions.AsNoTracking()
                .Where(s => s.InitiativeIds.Contains(initiative))
                .OrderByDescending(s => s.HeldOn)
                .Select(s => new SessionMention(s.Id, s.Title, s.HeldOn, false))
                .ToListAsync(ct);
        }
        else if (organizationId is { } organization)
        {
            // Its participants are a jsonb document: "@>" finds a participant of this organization.
            var participant = $"[{{\"organizationId\":{organization}}}]";
            mentions = await db.Sessions
                .FromSql($"SELECT * FROM consultation_sessions WHERE organization_ids @> ARRAY[{organization}] OR participants @> {participant}::jsonb")
                .AsNoTracking()
                .OrderByDescending(s => s.HeldOn)
                .Select(s => new SessionMention(s.Id, s.Title, s.HeldOn, false))
                .ToListAsync(ct);
        }
        else
        {
            mentions = [];
        }

        return View("~/Features/Sessions/_SessionMentions.cshtml", mentions);
    }
}
