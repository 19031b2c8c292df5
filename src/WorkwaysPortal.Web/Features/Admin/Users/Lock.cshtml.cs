using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.Web.Features.Admin.Users;

/// <summary>An administrator locks an account (<c>?user=</c>) after confirming: it is signed out everywhere and cannot sign in until unlocked; never the last administrator.</summary>
public sealed class LockModel(PortalDbContext db, AccountAdministration administration, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : ConfirmedAccountChangeModel(db, administration, t)
{
    protected override AccountChange Change => AccountChange.Lock;

    protected override bool Applies(AccountView account) => !account.IsLockedAt(clock.GetUtcNow());

    protected override LocalizedString Done(AccountView account) => T["{0} is locked and signed out everywhere.", account.DisplayName];
}
