namespace WorkwaysPortal.Web.Features.Admin;

/// <summary>The administration's front page: what the reader's role may open (users for administrators; the audit trail and the taxonomy for staff too).</summary>
public sealed class IndexModel(IAuthorizationService authorization) : PageModel
{
    public bool IsAdministrator { get; private set; }

    public async Task OnGetAsync() => IsAdministrator = (await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded;
}
