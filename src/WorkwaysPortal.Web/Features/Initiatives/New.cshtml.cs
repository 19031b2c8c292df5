using WorkwaysPortal.Domain.Initiatives;

namespace WorkwaysPortal.Web.Features.Initiatives;

public sealed class NewModel(PortalDbContext db, IAuthorizationService authorization, InitiativeForm form, TimeProvider clock)
    : NewWorkItemModel<Initiative, InitiativeInput, InitiativeFormView>(db, authorization, form, clock);
