using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkwaysPortal.Data.Sessions;
using WorkwaysPortal.Documents.Sessions;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Sessions;

namespace WorkwaysPortal.Web.Features.Sessions;

/// <summary>A gap or an initiative a session may link to.</summary>
public sealed record LinkChoice(int Id, string Title);

/// <summary>What the session form partial needs.</summary>
public sealed record SessionFormView(SessionInput Input, TaxonomySnapshot Taxonomy, IReadOnlyList<LinkChoice> Gaps, IReadOnlyList<LinkChoice> Initiatives);

/// <summary>
/// What New and Edit share: the choices the form offers, the draft read from a report, and reading
/// what was posted into <see cref="SessionDetails"/> with the errors next to their fields.
/// </summary>
public sealed class SessionForm(PortalDbContext db, TaxonomyCatalog catalog, IHttpContextAccessor http, IStringLocalizer<SharedResource> t)
{
    /// <summary>The gaps and initiatives the staff member may see, which alone a session may link.</summary>
    private IQueryable<Domain.Gaps.Gap> VisibleGaps => Visibility.Gaps(db, Viewer);

    private IQueryable<Domain.Initiatives.Initiative> VisibleInitiatives => Visibility.Initiatives(db, Viewer);

    private Viewer Viewer => http.HttpContext?.User.AsViewer() ?? Viewer.Anonymous;

    /// <summary>The form with blank rows to add more, and the gaps and initiatives it can link.</summary>
    public async Task<SessionFormView> ViewAsync(SessionInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var gaps = await VisibleGaps.AsNoTracking().OrderBy(g => g.Title).Select(g => new LinkChoice(g.Id, g.Title)).ToListAsync(ct);
        var initiatives = await VisibleInitiatives.AsNoTracking().OrderBy(i => i.Title).Select(i => new LinkChoice(i.Id, i.Title)).ToListAsync(ct);
        return new SessionFormView(input.WithBlankRows(), await catalog.GetAsync(ct), gaps, initiatives);
    }

    /// <summary>The form filled from a report's draft, organizations written as the directory names them.</summary>
    public async Task<SessionInput> DraftAsync(ReportDraft draft, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var names = draft.Participants.Select(p => p.OrganizationName).OfType<string>();
        var resolved = await SessionDirectory.ResolveAsync(db, names, ct);
        return SessionInput.From(draft, resolved.ToDictionary(r => r.Key, r => r.Value.Name, StringComparer.Ordinal));
    }

    /// <summary>
    /// Reads the posted form: blank rows dropped, organizations found in the directory, the Domain's rules
    /// applied. Returns null, with the errors in <paramref name="modelState"/> next to their fields, when it
    /// cannot be saved.
    /// </summary>
    public async Task<SessionDetails?> ReadAsync(SessionInput input, ModelStateDictionary modelState, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);

        // Rows move up when blank ones are dropped: the posted values of the lists no longer line up with
        // their positions, so only the binding errors of single fields (a date that is no date) are kept.
        var kept = modelState
            .Where(e => e.Value is { Errors.Count: > 0 } && !e.Key.Contains('[', StringComparison.Ordinal))
            .Select(e => (e.Key, Message: e.Value!.Errors[0].ErrorMessage))
            .ToList();
        input.Compact();
        modelState.Clear();
        foreach (var (key, message) in kept)
        {
            modelState.AddModelError(key, message);
        }

        var taxonomy = await catalog.GetAsync(ct);
        var mentioned = SessionInput.Lines(input.Organizations);
        var resolved = await SessionDirectory.ResolveAsync(
            db, input.Participants.Select(p => p.Organization ?? "").Concat(mentioned), ct);

        var organizationIds = new List<int>();
        foreach (var name in mentioned)
        {
            if (resolved.TryGetValue(name, out var organization))
            {
                organizationIds.Add(organization.Id);
            }
            else
            {
                Add(modelState, "Input.Organizations", UserMessages.UnknownOrganizationName, name);
            }
        }

        var gapIds = input.GapIds.Distinct().ToList();
        if (await VisibleGaps.CountAsync(g => gapIds.Contains(g.Id), ct) != gapIds.Count)
        {
            Add(modelState, "Input.GapIds", UserMessages.UnknownValue, string.Join(", ", gapIds));
        }

        var initiativeIds = input.InitiativeIds.Distinct().ToList();
        if (await VisibleInitiatives.CountAsync(i => initiativeIds.Contains(i.Id), ct) != initiativeIds.Count)
        {
            Add(modelState, "Input.InitiativeIds", UserMessages.UnknownValue, string.Join(", ", initiativeIds));
        }

        var details = new SessionDetails(
            input.Title ?? "",
            input.Consultation ?? "",
            input.HeldOn ?? default,
            input.Languages,
            input.Introduction,
            [
                .. input.Agenda.Select(a => new AgendaItem(
                    a.Title ?? "",
                    [.. a.Responsible.Select(r => new AgendaResponsible(r.Person ?? "", r.Role, r.Note))])),
            ],
            [
                .. input.Participants.Select(p =>
                {
                    var known = p.Organization is { } name && resolved.TryGetValue(name.Trim(), out var o) ? o : null;
                    return new SessionParticipant(
                        p.Name ?? "", known?.Id, known?.Name ?? p.Organization, p.Country, p.Role, SessionInput.Paragraphs(p.Points));
                }),
            ],
            [.. input.Themes.Select(x => new DiscussionTheme(x.Heading ?? "", x.Text ?? ""))],
            SessionInput.Lines(input.Agreements),
            input.ProblemStatement,
            input.Notes,
            gapIds,
            initiativeIds,
            organizationIds);

        foreach (var error in SessionRules.Check(details, taxonomy))
        {
            Add(modelState, FieldKey(error.Field), error.Message, error.Arguments);
        }

        return modelState.IsValid ? details : null;
    }

    /// <summary>The Domain's field path (<c>participants[1].name</c>) as the form's (<c>Input.Participants[1].Name</c>).</summary>
    public static string FieldKey(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return "Input." + string.Join('.', field.Split('.').Select(s => char.ToUpperInvariant(s[0]) + s[1..]));
    }

    /// <summary>One message per field: the first rule broken, or the value that could not even be read.</summary>
    private void Add(ModelStateDictionary modelState, string key, string message, params object[] arguments)
    {
        if (modelState.GetFieldValidationState(key) != ModelValidationState.Invalid)
        {
            modelState.AddModelError(key, t[message, arguments]);
        }
    }
}

/// <summary>Names of the directory's organizations, by id, as the session pages show them.</summary>
public static class SessionOrganizations
{
    public static Task<Dictionary<int, string>> NamesAsync(PortalDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Organizations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Name })
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    /// <summary>Whether the organization is a verified one of the directory (an initiative can be led only by one).</summary>
    public static Task<bool> IsVerifiedAsync(PortalDbContext db, int id, CancellationToken ct) =>
        db.Organizations.AnyAsync(o => o.Id == id && o.Status == VerificationStatus.Verified, ct);
}
