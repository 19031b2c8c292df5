using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>What the account pages share about showing Identity's refusals.</summary>
public static class AccountForm
{
    /// <summary>
    /// Each of Identity's errors next to the field it is about: the password's (length, the common list)
    /// next to <paramref name="passwordField"/>, the email's next to <paramref name="emailField"/>, the
    /// rest (an expired link, a conflict) above the form.
    /// </summary>
    public static void AddErrors(ModelStateDictionary modelState, IdentityResult result, string passwordField = "Input.Password", string emailField = "Input.Email")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
                    or nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => emailField,
                nameof(IdentityErrorDescriber.PasswordMismatch) => string.Empty,
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                _ => string.Empty,
            };
            modelState.AddModelError(field, error.Description);
        }
    }

    /// <summary>
    /// Whether <paramref name="password"/> is the account's current password, asked again before a change
    /// to how it signs in (ASVS 7.5.1); a wrong one is reported next to <paramref name="field"/>. The pages
    /// that ask are rate-limited like sign-ins; nothing is written for a wrong one.
    /// </summary>
    public static async Task<bool> CheckCurrentPasswordAsync(
        UserManager<ApplicationUser> users, ApplicationUser user, string password, ModelStateDictionary modelState, string field = "Input.CurrentPassword")
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(modelState);
        if (await users.CheckPasswordAsync(user, password))
        {
            return true;
        }

        modelState.AddModelError(field, users.ErrorDescriber.PasswordMismatch().Description);
        return false;
    }
}
