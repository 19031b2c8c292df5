using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Auditing;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Organizations.Team;

/// <summary>
/// An organization's team, for whoever manages it (<see cref="TeamOperations.Manage"/>): its delegates
/// with their emails, the invitations still pending, and the ways to invite a colleague, remove a
/// delegate or leave. A moderator gives an orphaned organization its first delegate here.
/// </summary>
public sealed class IndexModel(
    PortalDbContext db, IAuthorizationService authorization, OrganizationNotifier notifier, IOptions<MailOptions> mail, TimeProvider clock,
    IStringLocalizer<SharedResource> t)
    : TeamPageModel(db, authorization, t)
{
    public sealed class InviteInput
    {
        [Display(Name = "Email of the colleague to invite")]
        public string? Email { get; set; }

        [Display(Name = "Language of the invitation")]
        public string Language { get; set; } = PortalLanguages.Default;
    }

    public sealed class AssignInput
    {
        [Required(ErrorMessage = "Enter the email address of their account.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(256, ErrorMessage = "The email can have at most {1} characters.")]
        [Display(Name = "Email of the new delegate's account")]
        public string Email { get; set; } = "";
    }

    [BindProperty] public InviteInput Invite { get; set; } = new();
    [BindProperty] public AssignInput Assign { get; set; } = new();

    /// <summary>A request to join waiting for an answer, with who asks.</summary>
    public sealed record WaitingRequest(int Id, string DisplayName, string? Email, string? Message, DateTimeOffset CreatedAt);

    public IReadOnlyList<PendingInvitation> Invitations { get; private set; } = [];
    public IReadOnlyList<WaitingRequest> Requests { get; private set; } = [];

    /// <summary>The user acts for the organization: they invite, revoke and remove.</summary>
    public bool MayInvite { get; private set; }

    /// <summary>The user is a moderator and nobody acts for the organization: they may give it a delegate.</summary>
    public bool MayAssign { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct) ?? Page();

    /// <summary>A delegate invites a colleague: the invitation (only its token's hash) and its email, in one transaction.</summary>
    public async Task<IActionResult> OnPostInviteAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, Operations.Edit, ct) is { } refusal)
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        if (FormErrors.IsValidFor(ModelState, nameof(Invite)))
        {
            var pending = await PendingInvitationsAsync(now, ct);
            var sentToday = await Db.OrganizationInvitations.CountAsync(i => i.OrganizationId == id && i.CreatedAt > now.AddDays(-1), ct);
            FormErrors.Add(ModelState, OrganizationInvitation.Check(Invite.Email, Members.Select(m => m.Email), pending.Select(i => i.Email), sentToday), T, nameof(Invite));
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, ct) ?? Page();
        }

        var language = PortalLanguages.IsSupported(Invite.Language) ? Invite.Language.ToLowerInvariant() : PortalLanguages.Default;
        var (token, hash) = InvitationToken.New();
        var invitation = OrganizationInvitation.Create(id, Invite.Email!, hash, language, User.Id(), now);
        await Db.AddAuditedAsync(invitation, invitationId => OrganizationAudit.Event(User, now, AuditActions.InvitationSent, id, details: new { invitationId }), ct);
        var inviter = await Db.Users.Where(u => u.Id == User.Id()).Select(u => u.DisplayName).FirstAsync(ct);
        var link = mail.Value.Link(Url.Page("/Organizations/Team/Accept", new { token })!);
        var email = InvitationEmail.Compose(language, Organization.Name, inviter, link, invitation.ExpiresAt);
        Db.OutboxEmails.Add(OutboxEmail.Create(invitation.Email, email.Subject, email.Body, now));
        await Db.SaveChangesAsync(ct);

        TempData["StatusMessage"] = T["An invitation was sent to {0}. The link works once, for {1} days.", invitation.Email, OrganizationInvitation.Lifetime.Days].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>Accepts a request to join: the person becomes a delegate and is told.</summary>
    public Task<IActionResult> OnPostAcceptRequestAsync(int id, int request, CancellationToken ct) => AnswerAsync(id, request, true, null, ct);

    /// <summary>Declines a request to join, with an optional reason the person is told.</summary>
    public Task<IActionResult> OnPostDeclineRequestAsync(int id, int request, string? reason, CancellationToken ct) => AnswerAsync(id, request, false, reason, ct);

    /// <summary>A moderator makes the owner of an existing account the first delegate of an orphaned organization.</summary>
    public async Task<IActionResult> OnPostAssignAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, TeamOperations.AssignDelegate, ct) is { } refusal)
        {
            return refusal;
        }

        var account = FormErrors.IsValidFor(ModelState, nameof(Assign)) ? await AccountAsync(Assign.Email, ct) : null;
        if (ModelState.IsValid && account is null)
        {
            ModelState.AddModelError("Assign.Email", T["No account has this email address."]);
        }

        var now = clock.GetUtcNow();
        if (account is not null && await SaveAsync(
                async () =>
                {
                    Organization.AssignDelegate(account.Value, now);
                    Db.AuditEvents.Add(OrganizationAudit.Event(User, now, AuditActions.DelegateAssigned, id, details: new { userId = account }));
                    await notifier.ToAsync(Db, Organization, NotificationKinds.DelegateAssigned, [account.Value], null, ct);
                },
                ct))
        {
            TempData["StatusMessage"] = T["{0} is now a delegate of {1}.", Assign.Email.Trim(), Organization.Name].Value;
            return RedirectToPage(new { id });
        }

        return await ShowAsync(id, ct) ?? Page();
    }

    /// <summary>Whoever manages the team answers one of its requests to join, once; audited, and the person is told.</summary>
    private async Task<IActionResult> AnswerAsync(int id, int requestId, bool accept, string? reason, CancellationToken ct)
    {
        if (await LoadAsync(id, TeamOperations.Manage, ct) is { } refusal)
        {
            return refusal;
        }

        var request = await Db.JoinRequests.FirstOrDefaultAsync(r => r.Id == requestId && r.OrganizationId == id && r.State == JoinRequestState.Pending, ct);
        if (request is null)
        {
            TempData["StatusMessage"] = T["This request to join has already been answered."].Value;
            return RedirectToPage(new { id });
        }

        var now = clock.GetUtcNow();
        var name = await Db.Users.Where(u => u.Id == request.UserId).Select(u => u.DisplayName).FirstAsync(ct);
        var answered = await SaveAsync(
            async () =>
            {
                var details = new { joinRequestId = request.Id, userId = request.UserId };
                if (accept)
                {
                    request.Accept(User.Id(), now);
                    Organization.Admit(request.UserId, now);
                    Db.AuditEvents.Add(OrganizationAudit.Event(User, now, AuditActions.JoinAccepted, id, details: details));
                }
                else
                {
                    request.Decline(User.Id(), reason, now);
                    Db.AuditEvents.Add(OrganizationAudit.Event(User, now, AuditActions.JoinDeclined, id, request.DecisionReason, details));
                }

                var kind = accept ? NotificationKinds.JoinAccepted : NotificationKinds.JoinDeclined;
                await notifier.ToAsync(Db, Organization, kind, [request.UserId], request.DecisionReason, ct);
            },
            ct);
        if (!answered)
        {
            return await ShowAsync(id, ct) ?? Page();
        }

        TempData["StatusMessage"] = (accept ? T["{0} is now a delegate of {1}.", name, Organization.Name] : T["The request of {0} was declined.", name]).Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> ShowAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, TeamOperations.Manage, ct) is { } refusal)
        {
            return refusal;
        }

        MayInvite = (await Authorization.AuthorizeAsync(User, Organization, Operations.Edit)).Succeeded;
        MayAssign = (await Authorization.AuthorizeAsync(User, Organization, TeamOperations.AssignDelegate)).Succeeded;
        Invitations = await PendingInvitationsAsync(clock.GetUtcNow(), ct);
        Requests = await (
                from r in Db.JoinRequests.AsNoTracking()
                where r.OrganizationId == id && r.State == JoinRequestState.Pending
                join u in Db.Users on r.UserId equals u.Id
                orderby r.CreatedAt, r.Id
                select new WaitingRequest(r.Id, u.DisplayName, u.Email, r.Message, r.CreatedAt))
            .ToListAsync(ct);
        return null;
    }

    private async Task<Guid?> AccountAsync(string email, CancellationToken ct)
    {
        var normalized = email.Trim().Normalize().ToUpperInvariant();
        return await Db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
    }
}
