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
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(partner);
        var offersSomething = search.Seeks.Count == 0 || search.Seeks.Any(partner.Offers.Contains);
        var there = !places.HasCountries || partner.Countries.Any(places.IsAround);
        return offersSomething && there;
    }
}
