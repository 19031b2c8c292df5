using WorkwaysPortal.Domain.Initiatives;

namespace WorkwaysPortal.Web.Features.Initiatives;

public sealed class EditModel(PortalDbContext db, IAuthorizationService authorization, InitiativeForm form, TimeProvider clock)
    : EditWorkItemModel<Initiative, InitiativeInput, InitiativeFormView>(db, authorization, form, clock);
