using System.Text.Json;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Web.Features.Partners;
using WorkwaysPortal.Web.Infrastructure.Caching;

namespace WorkwaysPortal.Web.Features.Partners;

/// <summary>
/// Suggested partners: <c>GET /organizations/{id}/matches</c>, <c>GET /gaps/{id}/matches</c> (public for
/// what is public, 404 otherwise) and <c>POST /matches/search</c> (read-only, so open to anonymous callers
/// without an antiforgery token, and rate-limited per client address). Reasons are in the request's culture.
/// The GETs of anonymous callers are output-cached like the public pages (<see cref="PublicPageCache.Matches"/>).
/// </summary>
public static class MatchesApi
{
    public const int DefaultTop = 10;
    public const int MaxBodyBytes = 16 * 1024;

    public sealed record MatchItem(int Id, string Name, double Score, IReadOnlyList<string> Reasons);

    public sealed record MatchList(IReadOnlyList<MatchItem> Matches);

    public static RouteGroupBuilder MapMatchesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        // Anonymous repeat requests come from the output cache, kept fresh by the content counters.
        api.MapGet("/organizations/{id:int}/matches", ForOrganizationAsync).WithTags("Matches").CacheOutput(PublicPageCache.Matches);
        api.MapGet("/gaps/{id:int}/matches", ForGapAsync).WithTags("Matches").CacheOutput(PublicPageCache.Matches);
        api.MapPost("/matches/search", SearchAsync)
            .WithTags("Matches")
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithMetadata(new ReadOnlyRequestAttribute())
            .RequireRateLimiting(RateLimits.MatchSearch);
        return api;
    }

    private static async Task<Results<Ok<MatchList>, ValidationProblem, ProblemHttpResult>> ForOrganizationAsync(
        int id, PartnerMatcher matcher, PortalReads reads, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t, HttpContext http,
        CancellationToken ct, string? top = null)
    {
        var check = new QueryValidation();
        var count = check.WholeNumber("top", top, DefaultTop, 1, PartnerMatcher.MaxTop);
        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors, title: "The query has invalid parameters.");
        }

        // Public when verified; its delegates and the moderators also see it before (as GET /organizations/{id}).
        var partners = await Visibility.Organizations(reads.Context, http.User.AsViewer()).AnyAsync(o => o.Id == id, ct)
            ? await matcher.ForOrganizationAsync(id, count, ct)
            : null;
        if (partners is null)
        {
            return ApiProblems.NotFound("No organization with this id.");
        }

        return TypedResults.Ok(await ListAsync(partners, MatchTargetKind.Organization, catalog, t, ct));
    }

    private static async Task<Results<Ok<MatchList>, ValidationProblem, ProblemHttpResult>> ForGapAsync(
        int id, PartnerMatcher matcher, PortalReads reads, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t,
        HttpContext http, CancellationToken ct, string? top = null)
    {
        var check = new QueryValidation();
        var count = check.WholeNumber("top", top, DefaultTop, 1, PartnerMatcher.MaxTop);
        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors, title: "The query has invalid parameters.");
        }

        var partners = await Visibility.Gaps(reads.Context, http.User.AsViewer()).AnyAsync(g => g.Id == id, ct)
            ? await matcher.ForGapAsync(id, count, ct)
            : null;
        if (partners is null)
        {
            return ApiProblems.NotFound("No gap with this id.");
        }

        return TypedResults.Ok(await ListAsync(partners, MatchTargetKind.Gap, catalog, t, ct));
    }

    private static async Task<Results<Ok<MatchList>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        HttpRequest request, PartnerMatcher matcher, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var check = new QueryValidation();
        var (json, status) = await RequestBodies.ReadAtMostAsync(request, MaxBodyBytes, ct);
        if (json is null)
        {
            return TypedResults.Problem(
                statusCode: status,
                title: "The request is not valid.",
                detail: $"The request body must be a JSON object of at most {MaxBodyBytes} bytes.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            check.Add("body", "The request body must be a JSON object.");
            return TypedResults.ValidationProblem(check.Errors, title: "The request is not valid.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                check.Add("body", "The request body must be a JSON object.");
                return TypedResults.ValidationProblem(check.Errors, title: "The request is not valid.");
            }

            var taxonomy = await catalog.GetAsync(ct);
            var geography = MatchGeography.From(taxonomy);
            var body = new MatchSearchBody(document.RootElement, check);
            var search = new MatchSearch(
                body.Codes("seeks", c => c.ToLowerInvariant(), taxonomy.IsCapability),
                body.Codes("countries", c => c.ToUpperInvariant(), taxonomy.IsCountry),
                body.Codes("subRegions", c => c, taxonomy.IsSubRegion),
                body.Codes("groups", c => c, geography.IsGroup),
                [
                    .. body.Codes("corridors", c => c.ToUpperInvariant(), c => CorridorKey.TryParse(c, out var k) && geography.IsCorridor(k))
                        .Select(c => CorridorKey.TryParse(c, out var k) ? k : default),
                ],
                body.Codes("sectors", c => c, taxonomy.IsSector),
                body.Text("text", MatchSearch.MaxTextLength));
            var top = body.Top("top", DefaultTop, PartnerMatcher.MaxTop);
            if (check.IsValid && search.IsEmpty)
            {
                check.Add("seeks", "Give at least one of seeks, countries, subRegions, groups, corridors, sectors or text.");
            }

            if (!check.IsValid)
            {
                return TypedResults.ValidationProblem(check.Errors, title: "The request is not valid.");
            }

            var partners = await matcher.SearchAsync(search, top, ct);
            return TypedResults.Ok(await ListAsync(partners, MatchTargetKind.Search, catalog, t, ct));
        }
    }

    private static async Task<MatchList> ListAsync(
        IReadOnlyList<SuggestedPartner> partners, MatchTargetKind kind, TaxonomyCatalog catalog, IStringLocalizer t, CancellationToken ct)
    {
        var taxonomy = await catalog.GetAsync(ct);
        var language = PortalCultures.Current;
        return new MatchList(
        [
            .. partners.Select(p => new MatchItem(
                p.Id, p.Name, Math.Round(p.Score, 4), MatchReasonText.Sentences(p.Reasons, kind, taxonomy, t, language))),
        ]);
    }

    /// <summary>Reads the search body's fields, adding a field error for each that is not what it should be.</summary>
    private sealed class MatchSearchBody(JsonElement root, QueryValidation check)
    {
        private const int MaxValues = 100;

        public List<string> Codes(string field, Func<string, string> normalize, Func<string, bool> known)
        {
            if (!TryGet(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > MaxValues
                || value.EnumerateArray().Any(v => StringOf(v) is null))
            {
                check.Add(field, $"Must be an array of at most {MaxValues} strings.");
                return [];
            }

            var codes = value.EnumerateArray().Select(v => StringOf(v)!.Trim()).Where(v => v.Length > 0).Select(normalize).Distinct(StringComparer.Ordinal).ToList();
            foreach (var code in codes.Where(c => !known(c)))
            {
                check.Add(field, $"\"{code}\" is not a known value.");
            }

            return [.. codes.Where(known)];
        }

        public string? Text(string field, int maxLength)
        {
            if (!TryGet(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (StringOf(value) is not { } text)
            {
                check.Add(field, "Must be a string.");
                return null;
            }

            return check.Text(field, text, maxLength);
        }

        /// <summary>The element's text; null when it is not a string or not valid UTF-16 (a lone surrogate, <c>"\ud800"</c>).</summary>
        private static string? StringOf(JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            try
            {
                return element.GetString();
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        public int Top(string field, int fallback, int max)
        {
            if (!TryGet(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return fallback;
            }

            if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var top) || top < 1 || top > max)
            {
                check.Add(field, $"Must be a whole number from 1 to {max}.");
                return fallback;
            }

            return top;
        }

        private bool TryGet(string field, out JsonElement value)
        {
            value = default;
            foreach (var property in root.EnumerateObject())
            {
                if (string.Equals(property.Name, field, StringComparison.OrdinalIgnoreCase))
                {
                    value = property.Value;
                    return true;
                }
            }

            return false;
        }
    }
}
