namespace WorkwaysPortal.Domain.Accounts;

/// <summary>
/// An administrator's invitation to create an account with a role: a single-use emailed link (only its
/// hash is kept) valid for <see cref="Lifetime"/>, through which the invited person chooses a name and a
/// password; the account is then created with the address confirmed (the link proved it) and the role.
/// </summary>
public sealed class AccountInvitation
{
    public const int EmailMaxLength = 256;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private AccountInvitation()
    {
    }

    public int Id { get; private set; }
    public string Email { get; private set; } = "";
    public string Role { get; private set; } = "";
    public string TokenHash { get; private set; } = "";

    /// <summary>The language of the email and of the page the link opens (<c>en</c>, <c>es</c>).</summary>
    public string Language { get; private set; } = "en";

    public Guid? InvitedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public Guid? AcceptedBy { get; private set; }

    public static AccountInvitation Create(string email, string role, string tokenHash, string language, Guid invitedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        if (!Roles.IsKnown(role))
        {
            throw new DomainRuleException(UserMessages.NotAPortalRole);
        }

        return new AccountInvitation
        {
            Email = email.Trim(),
            Role = role,
            TokenHash = tokenHash,
            Language = language,
            InvitedBy = invitedBy,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
    }

    /// <summary>Whether the link still creates an account: never used and not expired.</summary>
    public bool IsOpen(DateTimeOffset now) => AcceptedAt is null && now < ExpiresAt;

    public void Accept(Guid userId, DateTimeOffset now)
    {
        if (!IsOpen(now))
        {
            throw new DomainRuleException(UserMessages.AccountInvitationClosed);
        }

        AcceptedAt = now;
        AcceptedBy = userId;
    }
}
