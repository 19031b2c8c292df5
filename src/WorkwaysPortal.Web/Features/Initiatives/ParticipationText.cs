using WorkwaysPortal.Domain.Initiatives;

namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>An invitation's state in the reader's language, its badge, and its stable API code.</summary>
public static class ParticipationText
{
    public static string Label(IStringLocalizer t, ParticipationState state)
    {
        ArgumentNullException.ThrowIfNull(t);
        return state switch
        {
            ParticipationState.Accepted => t["Accepted"],
            ParticipationState.Declined => t["Declined"],
            _ => t["Waiting for an answer"],
        };
    }

    /// <summary>The Bootstrap badge colour of a state.</summary>
    public static string BadgeClass(ParticipationState state) => state switch
    {
        ParticipationState.Accepted => "text-bg-success",
        ParticipationState.Declined => "text-bg-danger",
        _ => "text-bg-light border",
    };

    /// <summary>The state as the API writes it: invited, accepted, declined.</summary>
    public static string Code(ParticipationState state) => state.ToString().ToLowerInvariant();
}
