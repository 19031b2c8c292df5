namespace WorkwaysPortal.Data.Accounts;

/// <summary>
/// Who is acting right now, when someone is: the signed-in user of a web request. The command-line
/// tool and background work have nobody (<see cref="NoCurrentUser"/>).
/// </summary>
public interface ICurrentUser
{
    Guid? Id { get; }
}

/// <summary>No one is signed in: the command-line tool, seeding and background work.</summary>
public sealed class NoCurrentUser : ICurrentUser
{
    public Guid? Id => null;
}
