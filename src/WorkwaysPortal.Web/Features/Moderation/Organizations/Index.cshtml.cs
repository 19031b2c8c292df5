namespace WorkwaysPortal.Web.Features.Moderation.Organizations;

/// <summary>The former organizations-only queue: now one queue for everything (<c>/Moderation</c>), filtered to organizations.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Moderation/Index", new { kind = Moderation.IndexModel.Organizations });
}
