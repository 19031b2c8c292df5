using System.ComponentModel.DataAnnotations;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Web.Features.Organizations;

namespace WorkwaysPortal.Web.Features.Moderation.Organizations;

/// <summary>
/// A moderator reviews a pending organization: who registered it, its profile and website; then
/// verifies it, rejects it with a reason, or asks its delegates for more information. Each is audited
/// and the delegates are notified in the same transaction. A moderator who is one of its delegates may
/// look but not decide (the Domain refuses: 403).
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

    public sealed class InformationInput
    {
        [Required(ErrorMessage = "Write what the delegates should tell you.")]
        [StringLength(Organization.ReasonMaxLength, ErrorMessage = "The message can have at most {1} characters.")]
        [Display(Name = "What do you need to know?")]
        public string Message { get; set; } = "";
    }

    /// <summary>The account that registered the organization, as moderators see it.</summary>
    public sealed record Registrant(string DisplayName, string? Email, bool EmailConfirmed);

    [BindProperty] public RejectInput Input { get; set; } = new();
    [BindProperty] public InformationInput Information { get; set; } = new();
    public Organization Organization { get; private set; } = null!;
    public Registrant? RegisteredBy { get; private set; }
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;

    /// <summary>The moderator is one of its delegates: another moderator must review it.</summary>
    public bool HasConflictOfInterest { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct) =>
        await ShowAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostVerifyAsync([FromRoute] int id, CancellationToken ct)
    {
        ModelState.Clear();
        return DecideAsync(id, AuditActions.OrganizationVerified, null, o => o.Verify(User.Id(), clock.GetUtcNow()), ct);
    }

    public async Task<IActionResult> OnPostRejectAsync([FromRoute] int id, CancellationToken ct)
    {
        if (!FormErrors.IsValidFor(ModelState, nameof(Input)))
        {
            return await ShowAsync(id, ct) ? Page() : NotFound();
        }

        var reason = Input.Reason.Trim();
        return await DecideAsync(id, AuditActions.OrganizationRejected, reason, o => o.Reject(User.Id(), reason, clock.GetUtcNow()), ct);
    }

    /// <summary>Asks the delegates for more information; the organization stays in the queue.</summary>
    public async Task<IActionResult> OnPostAskForInformationAsync([FromRoute] int id, CancellationToken ct)
    {
        if (!FormErrors.IsValidFor(ModelState, nameof(Information)))
        {
            return await ShowAsync(id, ct) ? Page() : NotFound();
        }

        return await DecideAsync(id, AuditActions.OrganizationInformationRequested, null, null, ct);
    }

    /// <param name="decide">The decision; null to ask for information instead.</param>
    private async Task<IActionResult> DecideAsync(int id, string action, string? reason, Action<Organization>? decide, CancellationToken ct)
    {
        var organization = await db.Organizations.Include(o => o.Members).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return NotFound();
        }

        try
        {
            if (decide is null)
            {
                reason = organization.RequestInformation(User.Id(), Information.Message);
                await notifier.ToDelegatesAsync(db, organization, NotificationKinds.OrganizationInformationRequested, reason, ct);
            }
            else
            {
                decide(organization);
                await notifier.AddDecisionAsync(db, organization, ct);
            }

            db.AuditEvents.Add(OrganizationAudit.Event(User, clock.GetUtcNow(), action, organization.Id, reason));
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DomainRuleException or DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var (message, arguments) = e is DomainRuleException rule ? (rule.Message, rule.Arguments.ToArray()) : (UserMessages.AlreadyReviewed, Array.Empty<object>());
            var aboutTheReview = message is UserMessages.OrganizationConflictOfInterest or UserMessages.AlreadyReviewed;
            ModelState.AddModelError(decide is null && !aboutTheReview ? "Information.Message" : string.Empty, t[message, arguments]);
            if (!await ShowAsync(id, ct))
            {
                return NotFound();
            }

            if (message == UserMessages.OrganizationConflictOfInterest)
            {
                Response.StatusCode = StatusCodes.Status403Forbidden;
            }

            return Page();
        }

        TempData["StatusMessage"] = (action switch
        {
            AuditActions.OrganizationVerified => t["{0} is verified and now appears in the directory.", organization.Name],
            AuditActions.OrganizationRejected => t["{0} was rejected. Its delegates can see the reason.", organization.Name],
            _ => t["Your question was sent to the delegates of {0}.", organization.Name],
        }).Value;
        return RedirectToPage("/Moderation/Index");
    }

    private async Task<bool> ShowAsync(int id, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking().Include(o => o.Members).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return false;
        }

        Organization = organization;
        HasConflictOfInterest = organization.IsMember(User.Id());
        RegisteredBy = await db.Users.AsNoTracking()
            .Where(u => u.Id == organization.RegisteredBy)
            .Select(u => new Registrant(u.DisplayName, u.Email, u.EmailConfirmed))
            .FirstOrDefaultAsync(ct);
        Taxonomy = await catalog.GetAsync(ct);
        return true;
    }
}
