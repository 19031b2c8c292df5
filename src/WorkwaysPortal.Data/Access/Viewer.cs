namespace WorkwaysPortal.Data.Access;

/// <summary>
/// Who is looking: an account (or nobody) and the roles that widen what they may see. Built from the
/// signed-in user by the web portal; <see cref="Anonymous"/> is what the public lists show.
/// </summary>
public sealed record Viewer(Guid? UserId, bool IsModerator = false, bool IsStaff = false, bool IsAdmin = false)
{
    public static Viewer Anonymous { get; } = new((Guid?)null);

    /// <summary>Moderators and administrators see organizations (and their work) before verification.</summary>
    public bool SeesUnverified => IsModerator || IsAdmin;

    /// <summary>Moderators, staff and administrators oversee the proposals once they are submitted.</summary>
    public bool Oversees => IsModerator || IsStaff || IsAdmin;

    /// <summary>Staff and administrators look after what GFMD's sessions raised (gaps with no organization).</summary>
    public bool ActsForSessions => IsStaff || IsAdmin;
}
