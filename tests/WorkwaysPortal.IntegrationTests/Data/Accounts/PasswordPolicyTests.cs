using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Data.Accounts;

/// <summary>The common password list shipped in WorkwaysPortal.Data (see Accounts/common-passwords.README.md).</summary>
public sealed class PasswordPolicyTests
{
    [Fact]
    public void The_list_is_embedded_and_holds_tens_of_thousands_of_passwords_of_the_minimum_length_or_more()
    {
        Assert.InRange(PasswordPolicy.CommonCount, 40_000, 100_000);
        Assert.True(PasswordPolicy.IsCommon("1qaz2wsx3edc"));
        Assert.True(PasswordPolicy.IsCommon("QWERTY123456"), "The list is compared without regard to case.");
    }

    [Theory]
    [InlineData(DemoAccounts.Password)]
    [InlineData(TestData.Password)]
    [InlineData("a long enough password")]
    public void The_passwords_of_the_demo_accounts_and_of_the_tests_are_not_on_it(string password) =>
        Assert.False(PasswordPolicy.IsCommon(password));
}
