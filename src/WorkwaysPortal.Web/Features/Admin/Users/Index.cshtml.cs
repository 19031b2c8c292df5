using Microsoft.AspNetCore.WebUtilities;
using WorkwaysPortal.Data.Listing;

namespace WorkwaysPortal.Web.Features.Admin.Users;

/// <summary>The accounts of the portal for administrators: search by name or email, filter by role, state and organization, a page at a time.</summary>
public sealed class IndexModel(PortalDbContext db, TimeProvider clock) : PageModel
{
    public UserFilter Filter { get; private set; } = new(null, null, null, null, 1);
    public ListPage<UserListItem> Results { get; private set; } = new([], 0, 1, ListLimits.DefaultPageSize);
    public IReadOnlyList<OrganizationOption> Organizations { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow();
        Filter = UserFilter.Read(Request.Query);
        Results = await UserQuery.SearchAsync(db, Filter, Now, ct);
        Organizations = await UserQuery.OrganizationsAsync(db, ct);
    }

    /// <summary>The address of another page of the current search.</summary>
    public string Href(int page) => QueryHelpers.AddQueryString(
        Url.Page("/Admin/Users/Index")!,
        Filter.Values().Append((Name: "page", Value: (string?)page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Where(f => !string.IsNullOrEmpty(f.Value))
            .Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)));
}
