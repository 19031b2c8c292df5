using WorkwaysPortal.Domain.Matching;

namespace WorkwaysPortal.Data.Matching;

/// <summary>
/// Whether a suggested organization fits a search: it offers something sought (if anything is) where it
/// is sought (if anywhere is). Find partners splits its results with it, and the alert job reports only
/// organizations that fit.
/// </summary>
public static class MatchFit
{
    public static bool Fits(MatchSearch search, MatchPlaces places, SuggestedPartner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return Fits(search, places, partner.Offers, partner.Countries);
    }

    /// <summary>The same test on what an organization offers and where it works.</summary>
    public static bool Fits(MatchSearch search, MatchPlaces places, IReadOnlyCollection<string> offers, IReadOnlyCollection<string> countries)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(offers);
        ArgumentNullException.ThrowIfNull(countries);
        var offersSomething = search.Seeks.Count == 0 || search.Seeks.Any(offers.Contains);
        var there = !places.HasCountries || countries.Any(places.IsAround);
        return offersSomething && there;
    }
}
