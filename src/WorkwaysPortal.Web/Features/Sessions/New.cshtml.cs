using WorkwaysPortal.Data.Auditing;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Sessions;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>
/// Staff record a session, from scratch or starting from the text of a report: the report fills the
/// form as a draft (handler <c>Parse</c>), which is saved only when staff have reviewed it and press Save.
/// A pasted report may be large, so this page accepts form values up to <see cref="MaxFormValue"/>
/// and the parser answers with a field error beyond its own limit.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[RequestFormLimits(ValueLengthLimit = MaxFormValue)]
[RequestSizeLimit(MaxFormValue)]
public sealed class NewModel(
    PortalDbContext db, SessionForm form, TaxonomyCatalog catalog, TimeProvider clock, IStringLocalizer<SharedResource> t,
    ILogger<NewModel> logger) : PageModel
{
    public const int MaxFormValue = 8 * 1024 * 1024;

    [BindProperty] public SessionInput Input { get; set; } = new();

    /// <summary>The pasted text of a report (the Parse handler only).</summary>
    [BindProperty] public string? Report { get; set; }

    public SessionFormView Form { get; private set; } = null!;

    /// <summary>The form shows a draft read from a report, not saved yet.</summary>
    public bool IsDraft { get; private set; }

    /// <summary>The text looked like no report at all: everything went to the notes.</summary>
    public bool NothingRecognised { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new SessionInput { Languages = ["en", "es"] };
        Form = await form.ViewAsync(Input, ct);
    }

    public async Task<IActionResult> OnPostParseAsync(CancellationToken ct)
    {
        var result = ReportParser.Parse(Report, await catalog.GetAsync(ct));
        ModelState.Clear();
        if (result.Error is { } error)
        {
            ModelState.AddModelError(nameof(Report), t[error.Message, error.Arguments]);
            if (Report?.Length > ReportParser.MaxLength)
            {
                Report = null;
            }

            Input = new SessionInput { Languages = ["en", "es"] };
        }
        else
        {
            var draft = result.Draft!;
            Input = await form.DraftAsync(draft, ct);
            IsDraft = true;
            NothingRecognised = !draft.RecognisedSections;
            Report = null;
            logger.LogInformation(
                "Report read into a draft session: {Participants} participants, {Themes} themes, {Agreements} agreements, {NotesLength} characters of notes",
                draft.Participants.Count, draft.Themes.Count, draft.Agreements.Count, draft.Notes.Length);
        }

        Form = await form.ViewAsync(Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var details = await form.ReadAsync(Input, ModelState, ct);
        if (details is null)
        {
            Form = await form.ViewAsync(Input, ct);
            return Page();
        }

        var now = clock.GetUtcNow();
        var session = ConsultationSession.Record(details, User.Id(), now);

        var id = await db.AddAuditedAsync(session, id => SessionAudit.Event(User, now, AuditActions.SessionRecorded, id), ct);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Session {SessionId} recorded with {Participants} participants", id, session.Participants.Count);

        TempData["StatusMessage"] = t["The session was saved."].Value;
        return RedirectToPage("Details", new { id });
    }
}
