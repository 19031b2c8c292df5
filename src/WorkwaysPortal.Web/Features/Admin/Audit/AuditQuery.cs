using System.Globalization;
using System.Reflection;
using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Domain.Auditing;

namespace WorkwaysPortal.Web.Features.Admin.Audit;

/// <summary>
/// The filters of the audit trail viewer, read leniently from the address like every list's: the actor
/// (part of the account name), the entity (a subject type, and optionally its id), one action, and a
/// range of days (UTC, both ends included).
/// </summary>
public sealed record AuditFilter(string? Actor, string? Entity, string? EntityId, string? Action, DateOnly? From, DateOnly? To, int Page)
{
    /// <summary>Every audited action (the constants of <see cref="AuditActions"/>), in order.</summary>
    public static IReadOnlyList<string> Actions { get; } =
    [
        .. typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Every kind of subject (the constants of <see cref="AuditSubjects"/>), plus the command-line tool's <c>import</c>.</summary>
    public static IReadOnlyList<string> Entities { get; } =
    [
        .. typeof(AuditSubjects).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal),
    ];

    public static AuditFilter Read(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = long.TryParse(query["page"], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p)
            ? (int)Math.Clamp(p, 1, ListLimits.MaxPage)
            : 1;
        var entity = query["entity"].ToString();
        var action = query["action"].ToString();
        return new AuditFilter(
            Text(query["actor"]),
            Entities.Contains(entity) ? entity : null,
            Text(query["entityId"]),
            Actions.Contains(action) ? action : null,
            Day(query["from"]),
            Day(query["to"]),
            page);
    }

    public bool Any => Actor is not null || Entity is not null || EntityId is not null || Action is not null || From is not null || To is not null;

    /// <summary>The filters by their names in the address (empty ones included), as the pages' links and the export's audit event carry them.</summary>
    public (string Name, string? Value)[] Values() =>
    [
        ("actor", Actor), ("entity", Entity), ("entityId", EntityId), ("action", Action),
        ("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ];

    private static string? Text(string? value)
    {
        var text = new string([.. (value ?? "").Where(c => !char.IsControl(c))]).Trim();
        return text.Length == 0 ? null : text.Length > ListLimits.MaxTextLength ? text[..ListLimits.MaxTextLength] : text;
    }

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

/// <summary>One audit event as the viewer and its download show it.</summary>
public sealed record AuditRow(
    long Id, DateTimeOffset OccurredAt, string ActorName, Guid? ActorId, string Action, string SubjectType, string SubjectId, string? Reason, string? Details);

/// <summary>The audit trail, newest first, filtered: one page for the viewer, every row for the download.</summary>
public static class AuditQuery
{
    public static IQueryable<AuditRow> Matching(PortalDbContext db, AuditFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var events = db.AuditEvents.AsNoTracking();
        if (filter.Actor is { } actor)
        {
            var pattern = "%" + actor.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            events = events.Where(e => EF.Functions.ILike(e.ActorName, pattern));
        }

        if (filter.Entity is { } entity)
        {
            events = events.Where(e => e.SubjectType == entity);
        }

        if (filter.EntityId is { } entityId)
        {
            events = events.Where(e => e.SubjectId == entityId);
        }

        if (filter.Action is { } action)
        {
            events = events.Where(e => e.Action == action);
        }

        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.OccurredAt < end);
        }

        return events
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Select(e => new AuditRow(e.Id, e.OccurredAt, e.ActorName, e.ActorId, e.Action, e.SubjectType, e.SubjectId, e.Reason, e.Details));
    }

    public static async Task<ListPage<AuditRow>> PageAsync(PortalDbContext db, AuditFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var matching = Matching(db, filter);
        var total = await matching.CountAsync(ct);
        var page = Math.Min(filter.Page, ListLimits.PageCount(total, ListLimits.DefaultPageSize));
        var items = await matching.Skip((page - 1) * ListLimits.DefaultPageSize).Take(ListLimits.DefaultPageSize).ToListAsync(ct);
        return new ListPage<AuditRow>(items, total, page, ListLimits.DefaultPageSize);
    }
}
