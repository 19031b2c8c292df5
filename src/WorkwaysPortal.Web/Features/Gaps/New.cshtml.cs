using WorkwaysPortal.Domain.Gaps;

namespace WorkwaysPortal.Web.Features.Gaps;

public sealed class NewModel(PortalDbContext db, IAuthorizationService authorization, GapForm form, TimeProvider clock)
    : NewWorkItemModel<Gap, GapInput, GapFormView>(db, authorization, form, clock);
