using Microsoft.AspNetCore.Identity;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain;

namespace WorkwaysPortal.Web.Infrastructure;

/// <summary>Identity's error messages in the user's language.</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> t) : PortalIdentityErrorDescriber
{
    public override IdentityError PasswordTooCommon() => Error(nameof(PasswordTooCommon), t[UserMessages.PasswordTooCommon]);
    public override IdentityError DefaultError() => Error(nameof(DefaultError), t["Something went wrong. Please try again."]);
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), t["Someone else changed this account at the same time. Please try again."]);
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), t["The password is not correct."]);
    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), t["This link is no longer valid."]);
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), t["The user name \"{0}\" is not valid.", userName ?? ""]);
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), t["\"{0}\" is not a valid email address.", email ?? ""]);
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), t["An account with the email \"{0}\" already exists.", userName]);
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), t["An account with the email \"{0}\" already exists.", email]);
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), t["The password must have at least {0} characters.", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), t["The password must use at least {0} different characters.", uniqueChars]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), t["The password must contain a symbol."]);
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), t["The password must contain a digit."]);
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), t["The password must contain a lowercase letter."]);
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), t["The password must contain an uppercase letter."]);
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), t["The account already has the role {0}.", role]);
    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), t["The account does not have the role {0}.", role]);

    private static IdentityError Error(string code, LocalizedString description) => new() { Code = code, Description = description };
}
