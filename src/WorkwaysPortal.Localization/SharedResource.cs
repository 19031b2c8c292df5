namespace WorkwaysPortal.Localization;

/// <summary>
/// Marker for the portal's texts. Keys are the English text; Resources/SharedResource.{es,fr,pt}.resx hold
/// the Spanish, French and Portuguese. A missing translation shows the English key (a test checks there are none).
/// </summary>
public sealed class SharedResource
{
    private SharedResource()
    {
    }
}
