using WorkwaysPortal.Domain.Gaps;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>The delegates reopen a closed gap that needs partners again.</summary>
[Authorize]
public sealed class ReopenModel(PortalDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : GapStatusChange(db, authorization, localizer)
{
    public override bool Applies => Status == GapStatus.Closed;

    protected override string Done => T["The gap was reopened."];

    protected override void Change(Gap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        gap.Reopen(clock.GetUtcNow());
    }
}
