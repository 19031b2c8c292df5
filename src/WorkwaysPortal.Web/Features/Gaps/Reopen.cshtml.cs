using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>The delegates reopen a closed gap that needs partners again.</summary>
[Authorize]
public sealed class ReopenModel(PortalDbContext db, WorkAccess access, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : GapStatusChange(db, access, localizer)
{
    public override bool Applies => Status == GapStatus.Closed;

    protected override string Done => T["The gap was reopened."];

    protected override void Change(Gap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        gap.Reopen(clock.GetUtcNow());
    }
}
