using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace WorkwaysPortal.Data.Search;

/// <summary>
/// Full-text search of the directory, in English and Spanish at once and insensitive to accents.
/// The SQL functions (<c>portal_unaccent</c>, an immutable wrapper of <c>unaccent</c> as generated columns and
/// indexes require; <c>portal_search_document</c>; <c>portal_search_query</c>) are created by the migration
/// <c>Initial</c> and redefined by <c>SearchDocumentStems</c>, each of which keeps the SQL it ran (ADR 003).
/// Documents are stored in generated <c>search_vector</c> columns with GIN indexes, so a search is an index scan.
/// </summary>
public static class PortalSearch
{
    /// <summary>Name of the shadow property that holds an entity's search document.</summary>
    public const string VectorProperty = "SearchVector";

    /// <summary>
    /// How the search documents are compressed when a row is too long to keep them inline (most are: about
    /// 1.5 kB each). lz4 writes and reads them several times faster than PostgreSQL's default pglz.
    /// </summary>
    public const string VectorCompression = "lz4";

    /// <summary>Turns what a user typed into a query (websearch syntax: quotes, OR, -word).</summary>
    public static NpgsqlTsQuery Query(string text) => throw new InvalidOperationException("Only usable in LINQ to Entities queries.");

    internal static void Register(ModelBuilder builder) =>
        builder.HasDbFunction(typeof(PortalSearch).GetMethod(nameof(Query))!).HasName("portal_search_query");
}
