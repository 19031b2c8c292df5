using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Domain.Organizations;

/// <summary>Where an invitation stands at a given moment.</summary>
public enum InvitationState
{
    Pending = 0,
    Accepted = 1,
    Revoked = 2,
    Expired = 3,
}

/// <summary>
/// A delegate's invitation to a colleague, by email, to join the organization's delegates. The link it
/// sends carries a random token of which only the hash is kept (<see cref="TokenHash"/>); it can be used
/// once, until <see cref="ExpiresAt"/>, unless a delegate revokes it first.
/// </summary>
public sealed class OrganizationInvitation
{
    public const int EmailMaxLength = 256;

    /// <summary>How many invitations one organization may send in a day (revoked ones count): the portal sends no bulk mail.</summary>
    public const int MaxPerDay = 20;

    /// <summary>How long a link is valid.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private OrganizationInvitation()
    {
    }

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }
    public string Email { get; private set; } = "";

    /// <summary>The hash of the link's token (the token itself is only in the email).</summary>
    public string TokenHash { get; private set; } = "";

    /// <summary>The language the invitation was written in (a two-letter code).</summary>
    public string Language { get; private set; } = "";

    public Guid? InvitedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public Guid? AcceptedBy { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public Guid? RevokedBy { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin): the same link cannot be used twice at once.</summary>
    public uint Version { get; private set; }

    /// <summary>
    /// Whether a delegate may invite <paramref name="email"/> now: a plausible address, not one of the
    /// delegates', not already invited, within the day's limit. Field errors name the field <c>email</c>.
    /// </summary>
    /// <param name="delegateEmails">The addresses of the organization's delegates.</param>
    /// <param name="pendingEmails">The addresses of its invitations still pending.</param>
    /// <param name="sentInLastDay">How many invitations it sent in the last 24 hours.</param>
    public static IReadOnlyList<FieldError> Check(string? email, IEnumerable<string?> delegateEmails, IEnumerable<string> pendingEmails, int sentInLastDay)
    {
        ArgumentNullException.ThrowIfNull(delegateEmails);
        ArgumentNullException.ThrowIfNull(pendingEmails);
        var address = email?.Trim() ?? "";
        FieldError? error =
            address.Length == 0 ? new("email", UserMessages.InvitationEmailRequired)
            : address.Length > EmailMaxLength ? new("email", UserMessages.InvitationEmailTooLong, EmailMaxLength)
            : !PlainText.IsAllowed(address) || !OrganizationProfileRules.LooksLikeEmail(address) ? new("email", UserMessages.InvitationEmailInvalid)
            : delegateEmails.Any(d => Same(d, address)) ? new("email", UserMessages.AlreadyADelegate)
            : pendingEmails.Any(p => Same(p, address)) ? new("email", UserMessages.InvitationAlreadyPending)
            : sentInLastDay >= MaxPerDay ? new("email", UserMessages.TooManyInvitations, MaxPerDay)
            : null;
        return error is null ? [] : [error];
    }

    /// <summary>A new invitation, valid for <see cref="Lifetime"/>; the caller checked it (<see cref="Check"/>).</summary>
    public static OrganizationInvitation Create(int organizationId, string email, string tokenHash, string language, Guid invitedBy, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        return new OrganizationInvitation
        {
            OrganizationId = organizationId,
            Email = email.Trim(),
            TokenHash = tokenHash,
            Language = language,
            InvitedBy = invitedBy,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
    }

    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : RevokedAt is not null ? InvitationState.Revoked
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Pending;

    /// <summary>Someone who followed the link accepts it: once, before it expires, unless it was revoked.</summary>
    public void Accept(Guid userId, DateTimeOffset now)
    {
        EnsurePending(now);
        AcceptedAt = now;
        AcceptedBy = userId;
    }

    /// <summary>A delegate takes a pending invitation back: its link stops working.</summary>
    public void Revoke(Guid delegateId, DateTimeOffset now)
    {
        EnsurePending(now);
        RevokedAt = now;
        RevokedBy = delegateId;
    }

    private void EnsurePending(DateTimeOffset now)
    {
        if (StateAt(now) != InvitationState.Pending)
        {
            throw new DomainRuleException(UserMessages.InvitationNotValid);
        }
    }

    private static bool Same(string? a, string b) => string.Equals(a?.Trim(), b, StringComparison.OrdinalIgnoreCase);
}
