using System.ComponentModel.DataAnnotations;
using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Web.Features.Organizations;

namespace WorkwaysPortal.Web.Features.Moderation.Organizations;

/// <summary>
/// A moderator verifies a pending organization or rejects it with a reason; both are audited, and the
/// organization's delegates are notified in the same transaction.
/// </summary>
public sealed class ReviewModel(
    PortalDbContext db, TaxonomyCatalog catalog, OrganizationNotifier notifier, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class RejectInput
    {
        [Required(ErrorMessage = "A reason is required to reject an organization.")]
        [StringLength(Organization.ReasonMaxLength, ErrorMessage = "The reason can have at most {1} characters.")]
        [Display(Name = "Reason")]
        public string Reason { get; set; } = "";
    }

    [BindProperty] public RejectInput Input { get; set; } = new();
    public Organization Organization { get; private set; } = null!;
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct) =>
        await ShowAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVerifyAsync([FromRoute] int id, CancellationToken ct)
    {
        ModelState.Clear();
        return await DecideAsync(id, AuditActions.OrganizationVerified, null, o => o.Verify(User.Id(), clock.GetUtcNow()), ct);
    }

    public async Task<IActionResult> OnPostRejectAsync([FromRoute] int id, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, ct) ? Page() : NotFound();
        }

        var reason = Input.Reason.Trim();
        return await DecideAsync(id, AuditActions.OrganizationRejected, reason, o => o.Reject(User.Id(), reason, clock.GetUtcNow()), ct);
    }

    private async Task<IActionResult> DecideAsync(int id, string action, string? reason, Action<Organization> decide, CancellationToken ct)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return NotFound();
        }

        try
        {
            decide(organization);
            db.AuditEvents.Add(AuditEvent.Record(
                clock.GetUtcNow(), User.Id(), User.Identity?.Name ?? "", action, "organization",
                organization.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), reason));
            await notifier.AddAsync(db, organization, ct);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DomainRuleException or DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, t["This organization has already been reviewed."]);
            return await ShowAsync(id, ct) ? Page() : NotFound();
        }

        TempData["StatusMessage"] = (action == AuditActions.OrganizationVerified
            ? t["{0} is verified and now appears in the directory.", organization.Name]
            : t["{0} was rejected. Its delegates can see the reason.", organization.Name]).Value;
        return RedirectToPage("/Moderation/Index");
    }

    private async Task<bool> ShowAsync([FromRoute] int id, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return false;
        }

        Organization = organization;
        Taxonomy = await catalog.GetAsync(ct);
        return true;
    }
}
