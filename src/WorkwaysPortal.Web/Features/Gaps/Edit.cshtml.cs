using WorkwaysPortal.Domain.Gaps;

namespace WorkwaysPortal.Web.Features.Gaps;

public sealed class EditModel(PortalDbContext db, IAuthorizationService authorization, GapForm form, TimeProvider clock)
    : EditWorkItemModel<Gap, GapInput, GapFormView>(db, authorization, form, clock);
