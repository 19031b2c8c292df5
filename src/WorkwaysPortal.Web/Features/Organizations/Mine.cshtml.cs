using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>The organizations the signed-in user is a delegate of, whatever their status.</summary>
[Authorize]
public sealed class MineModel(PortalDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, VerificationStatus Status, string? Reason, DateTimeOffset UpdatedAt);

    public IReadOnlyList<Row> Organizations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.Id();
        Organizations = await db.Organizations.AsNoTracking()
            .Where(o => o.Members.Any(m => m.UserId == userId))
            .OrderBy(o => o.Name)
            .Select(o => new Row(o.Id, o.Name, o.Status, o.StatusReason, o.UpdatedAt))
            .ToListAsync(ct);
    }
}
