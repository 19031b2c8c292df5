using WorkwaysPortal.Domain.Gaps;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>The delegates close a gap that no longer needs partners.</summary>
[Authorize]
public sealed class CloseModel(PortalDbContext db, IAuthorizationService authorization, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : GapStatusChange(db, authorization, localizer)
{
    public override bool Applies => Status != GapStatus.Closed;

    protected override string Done => T["The gap was closed."];

    protected override void Change(Gap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        gap.Close(clock.GetUtcNow());
    }
}
