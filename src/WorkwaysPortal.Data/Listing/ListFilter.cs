namespace WorkwaysPortal.Data.Listing;

/// <summary>
/// What every list can be searched and filtered by (codes are taxonomy codes), and the page asked for.
/// A kind of record that has no GCM objectives or no sector ignores those filters.
/// </summary>
public sealed record ListFilter(
    string? Text = null,
    string? Country = null,
    string? SubRegion = null,
    string? Capability = null,
    int? GcmObjective = null,
    string? Sector = null,
    int Page = 1,
    int PageSize = ListLimits.DefaultPageSize);
