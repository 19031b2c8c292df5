using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Accounts;

namespace WorkwaysPortal.UnitTests.Accounts;

/// <summary>The portal always keeps an administrator who can sign in, and every account stays a delegate.</summary>
public sealed class AdministratorRuleTests
{
    [Theory]
    [InlineData(AccountChange.TakeRole, Roles.Admin)]
    [InlineData(AccountChange.Lock, null)]
    public void The_last_active_administrator_is_neither_demoted_nor_locked(AccountChange change, string? role)
    {
        Assert.Equal(UserMessages.LastAdministrator, AdministratorRule.Refusal(change, role, targetIsActiveAdministrator: true, activeAdministrators: 1));
        Assert.Null(AdministratorRule.Refusal(change, role, targetIsActiveAdministrator: true, activeAdministrators: 2));
    }

    [Fact]
    public void Anyone_who_is_not_an_active_administrator_may_be_locked_or_lose_a_role_even_with_one_administrator_left()
    {
        Assert.Null(AdministratorRule.Refusal(AccountChange.Lock, null, targetIsActiveAdministrator: false, activeAdministrators: 1));
        Assert.Null(AdministratorRule.Refusal(AccountChange.TakeRole, Roles.Admin, targetIsActiveAdministrator: false, activeAdministrators: 1));
        Assert.Null(AdministratorRule.Refusal(AccountChange.TakeRole, Roles.Staff, targetIsActiveAdministrator: true, activeAdministrators: 1));
    }

    [Theory]
    [InlineData(AccountChange.GiveRole)]
    [InlineData(AccountChange.Unlock)]
    public void Giving_and_unlocking_are_always_allowed(AccountChange change)
    {
        var role = change == AccountChange.GiveRole ? Roles.Admin : null;
        Assert.Null(AdministratorRule.Refusal(change, role, targetIsActiveAdministrator: true, activeAdministrators: 1));
        Assert.Null(AdministratorRule.Refusal(change, role, targetIsActiveAdministrator: false, activeAdministrators: 0));
    }

    [Fact]
    public void The_delegate_role_is_never_taken_and_an_unknown_role_is_refused()
    {
        Assert.Equal(UserMessages.EveryAccountIsADelegate, AdministratorRule.Refusal(AccountChange.TakeRole, Roles.Delegate, false, 3));
        Assert.Equal(UserMessages.NotAPortalRole, AdministratorRule.Refusal(AccountChange.GiveRole, "root", false, 3));
        Assert.Equal(UserMessages.NotAPortalRole, AdministratorRule.Refusal(AccountChange.TakeRole, null, false, 3));
    }
}
