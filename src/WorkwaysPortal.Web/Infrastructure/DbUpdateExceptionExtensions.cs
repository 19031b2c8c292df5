using Npgsql;

namespace WorkwaysPortal.Web.Infrastructure;

public static class DbUpdateExceptionExtensions
{
    /// <summary>Whether PostgreSQL refused the write because of a unique index (a race with another user).</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception?.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
