using WorkwaysPortal.Domain.Gaps;

namespace WorkwaysPortal.Web.Features.Gaps;

public static class GapsFeature
{
    /// <summary>A gap is the raising organization's to change (a session's gap, staff's); the form's choices and checks.</summary>
    public static IServiceCollection AddGaps(this IServiceCollection services) =>
        services.AddOwnedRecordRule<Gap>(g => g.RaisedByOrganizationId).AddScoped<GapForm>();
}
