namespace WorkwaysPortal.Domain.Matching;

/// <summary>The factors of the score, in the order their reasons are listed when they contribute equally.</summary>
public enum MatchFactor
{
    CapabilityFit = 0,
    GivesBack = 1,
    Geography = 2,
    SectorComplementarity = 3,
    SharedLanguage = 4,
    TextSimilarity = 5,
}

/// <summary>
/// Why a candidate was suggested, as data: the Web layer turns it into a sentence in the UI language.
/// Each reason is derived from the same values that made the score, and exists only when its factor
/// added something to it. <see cref="Contribution"/> is that addition (the factor's share of the score).
/// </summary>
public abstract record MatchReason
{
    public abstract MatchFactor Factor { get; }

    public double Contribution { get; init; }
}

/// <summary>The candidate offers capabilities that the target seeks (or the gap requires, or the searcher seeks).</summary>
public sealed record OffersRequired(IReadOnlyList<string> Capabilities) : MatchReason
{
    public override MatchFactor Factor => MatchFactor.CapabilityFit;
}

/// <summary>The candidate seeks capabilities that the target organization offers: the alliance gives something back.</summary>
public sealed record SeeksWhatTargetOffers(IReadOnlyList<string> Capabilities) : MatchReason
{
    public override MatchFactor Factor => MatchFactor.GivesBack;
}

/// <summary>The candidate works in some of the target's own countries.</summary>
public sealed record AlsoWorksIn(IReadOnlyList<string> Countries) : MatchReason
{
    public override MatchFactor Factor => MatchFactor.Geography;
}

/// <summary>The candidate works in other countries of a named group of the target's (e.g. the Northern Triangle).</summary>
public sealed record SharedGroup(string Group, IReadOnlyList<string> Countries) : MatchReason
{
    public override MatchFactor Factor => MatchFactor.Geography;
}

/// <summary>The candidate works at an end of a migration corridor of the target's.</summary>
public sealed record CorridorEnd(CorridorKey Corridor, IReadOnlyList<string> Countries) : MatchReason
{
    public override MatchFactor Factor => MatchFactor.Geography;
}

/// <summary>The candidate works in a sub-region of the target's.</summary>
public sealed record SameSubRegion(string SubRegion, IReadOnlyList<string> Countries) : MatchReason
{
    public override MatchFactor Factor => MatchFactor.Geography;
}

/// <summary>The candidate works in a region of the target's (Americas, Europe, …), in none of its sub-regions.</summary>
public sealed record SameRegion(string Region, IReadOnlyList<string> Countries) : MatchReason
{
    public override MatchFactor Factor => MatchFactor.Geography;
}

/// <summary>The candidate's sector complements the target's (government and civil society, employers and unions, …).</summary>
public sealed record SectorComplement(string CandidateSector, string TargetSector) : MatchReason
{
    public override MatchFactor Factor => MatchFactor.SectorComplementarity;
}

/// <summary>The candidate works in some of the target's working languages.</summary>
public sealed record SharedLanguage(IReadOnlyList<string> Languages) : MatchReason
{
    public override MatchFactor Factor => MatchFactor.SharedLanguage;
}

/// <summary>The candidate's description uses many of the key words of the target's.</summary>
public sealed record SimilarDescription(double Similarity) : MatchReason
{
    public override MatchFactor Factor => MatchFactor.TextSimilarity;
}
