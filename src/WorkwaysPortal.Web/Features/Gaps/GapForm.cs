using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>What the gap form partial needs.</summary>
public sealed record GapFormView(GapInput Input, TaxonomySnapshot Taxonomy);

/// <summary>The gap form's choices and checks, and how a gap is made from it: for New, Edit and a session's new gap.</summary>
public sealed class GapForm(PortalDbContext db, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t)
    : IWorkItemForm<Gap, GapInput, GapFormView>
{
    public IQueryable<Gap> WithId(int id, Viewer viewer) => Visibility.Gaps(db, viewer).Where(x => x.Id == id);

    public string Saved => t["The gap was saved."];

    public string ChangedMeanwhile => t["Someone else changed this gap while you were editing. Reload the page to see their changes."];

    public GapInput NewInput(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return new GapInput { Countries = [.. organization.Countries] };
    }

    public GapInput InputFrom(Gap item) => GapInput.From(item);

    public (int Id, string Title, int? OrganizationId) Describe(Gap item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (item.Id, item.Title, item.RaisedByOrganizationId);
    }

    public async Task<GapFormView> ViewAsync(GapInput input, int? organizationId, CancellationToken ct) => new(input, await catalog.GetAsync(ct));

    public async Task ValidateAsync(GapInput input, ModelStateDictionary modelState, int? organizationId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Validate(modelState, await catalog.GetAsync(ct), t);
    }

    /// <summary>A gap whose language nobody gave and its texts do not tell is in its organization's language, not English.</summary>
    public async Task<Gap> AddAsync(int organizationId, GapInput input, ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var language = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.TextLanguage).FirstOrDefaultAsync(ct);
        var gap = Gap.Raise(organizationId, input.ToDetails() with { OrganizationLanguage = language }, user.Id(), now);
        db.Gaps.Add(gap);
        return gap;
    }

    public Task UpdateAsync(Gap item, GapInput input, ClaimsPrincipal user, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(input);
        item.Update(input.ToDetails(), now);
        return Task.CompletedTask;
    }
}
