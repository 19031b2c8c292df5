using Microsoft.AspNetCore.Identity;

namespace WorkwaysPortal.Data.Accounts;

/// <summary>A person who signs in to the portal.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
