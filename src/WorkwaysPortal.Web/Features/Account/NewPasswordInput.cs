using System.ComponentModel.DataAnnotations;
using WorkwaysPortal.Data.Accounts;

namespace WorkwaysPortal.Web.Features.Account;

/// <summary>
/// A new password typed twice: what registration, the password reset and the password change ask for,
/// shown by <c>_NewPassword.cshtml</c> with the policy's hint. The length is checked here for a message
/// next to the field; Identity's validators (<see cref="PasswordPolicy"/>) check everything again.
/// </summary>
public class NewPasswordInput
{
    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(PasswordPolicy.MaximumLength, MinimumLength = PasswordPolicy.MinimumLength, ErrorMessage = "The password must have between {2} and {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Repeat the password.")]
    [DataType(DataType.Password)]
    [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
    [Display(Name = "Repeat the password")]
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>The current password, asked again before a change to how the account signs in (ASVS 7.5.1).</summary>
public class CurrentPasswordInput
{
    [Required(ErrorMessage = "Enter your current password.")]
    [StringLength(PasswordPolicy.MaximumLength, ErrorMessage = "The password can have at most {1} characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";
}
