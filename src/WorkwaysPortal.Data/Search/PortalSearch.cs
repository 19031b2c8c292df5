using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace WorkwaysPortal.Data.Search;

/// <summary>
/// Full-text search of the directory, in English and Spanish at once and insensitive to accents.
/// The SQL functions are created by the migration <c>Initial</c>; documents are stored in generated
/// <c>search_vector</c> columns with GIN indexes, so a search is an index scan.
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

    /// <summary>
    /// The SQL that defines the search functions as they are today (migration <c>SearchDocumentStems</c>;
    /// ADR 003). <c>unaccent</c> is not immutable, so it is wrapped in a function that is (the dictionary is
    /// fixed), which generated columns and indexes require. Titles (names, acronyms) are indexed as written
    /// and stemmed in English and Spanish; bodies only stemmed: every word of a query is looked up in all
    /// three forms, so an unstemmed copy of a long description finds nothing the stems would not, and it
    /// cost a third of the work of writing a row (measured on the import of 100,000 organizations).
    /// </summary>
    public const string CreateFunctionsSql = """
        CREATE OR REPLACE FUNCTION portal_unaccent(value text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            RETURN public.unaccent('public.unaccent'::regdictionary, value);

        CREATE OR REPLACE FUNCTION portal_search_document(title text, body text) RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE
            RETURN setweight(to_tsvector('simple'::regconfig, portal_unaccent(coalesce(title, ''))), 'A')
                || setweight(to_tsvector('english'::regconfig, portal_unaccent(coalesce(title, ''))), 'A')
                || setweight(to_tsvector('spanish'::regconfig, portal_unaccent(coalesce(title, ''))), 'A')
                || setweight(to_tsvector('english'::regconfig, portal_unaccent(coalesce(body, ''))), 'B')
                || setweight(to_tsvector('spanish'::regconfig, portal_unaccent(coalesce(body, ''))), 'B');

        CREATE OR REPLACE FUNCTION portal_search_query(query text) RETURNS tsquery
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            RETURN websearch_to_tsquery('simple'::regconfig, portal_unaccent(query))
                || websearch_to_tsquery('english'::regconfig, portal_unaccent(query))
                || websearch_to_tsquery('spanish'::regconfig, portal_unaccent(query));
        """;

    public const string DropFunctionsSql = """
        DROP FUNCTION IF EXISTS portal_search_query(text);
        DROP FUNCTION IF EXISTS portal_search_document(text, text);
        DROP FUNCTION IF EXISTS portal_unaccent(text);
        """;

    /// <summary>Turns what a user typed into a query (websearch syntax: quotes, OR, -word).</summary>
    public static NpgsqlTsQuery Query(string text) => throw new InvalidOperationException("Only usable in LINQ to Entities queries.");

    internal static void Register(ModelBuilder builder) =>
        builder.HasDbFunction(typeof(PortalSearch).GetMethod(nameof(Query))!).HasName("portal_search_query");
}
