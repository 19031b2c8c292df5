namespace WorkwaysPortal.Web.Features;

/// <summary>What the portal stores about people, why, for how long and who sees it; open to everyone.</summary>
public sealed class PrivacyModel : PageModel
{
    public void OnGet()
    {
    }
}
