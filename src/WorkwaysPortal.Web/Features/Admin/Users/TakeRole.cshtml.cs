using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Web.Features.Admin.Users;

/// <summary>An administrator takes a role from an account (<c>?user=&amp;role=</c>), after confirming; never the last administrator's.</summary>
public sealed class TakeRoleModel(PortalDbContext db, AccountAdministration administration, IStringLocalizer<SharedResource> t)
    : ConfirmedAccountChangeModel(db, administration, t)
{
    [BindProperty(SupportsGet = true, Name = "role")] public string? RoleTaken { get; set; }

    protected override AccountChange Change => AccountChange.TakeRole;

    protected override string? Role => RoleTaken;

    public string RoleName => T[RoleNames.Of(RoleTaken ?? "")];

    protected override bool Applies(AccountView account) => RoleTaken is not null && Roles.IsKnown(RoleTaken) && account.Has(RoleTaken);

    protected override LocalizedString Done(AccountView account) => T["{0} no longer has the role {1}.", account.DisplayName, RoleName];
}
