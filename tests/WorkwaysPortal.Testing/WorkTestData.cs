using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Initiatives;

namespace WorkwaysPortal.Testing;

/// <summary>Initiatives and gaps built directly in the database, as a delegate would record them.</summary>
public static class WorkTestData
{
    public static InitiativeDetails NewInitiative(
        string title, string description = "Runs work-visa processing with labour ministries.", string[]? countries = null,
        string[]? capabilities = null, int[]? gcmObjectives = null, InitiativeStatus status = InitiativeStatus.Active,
        int[]? participants = null, DateOnly? startsOn = null, DateOnly? endsOn = null) =>
        new(title, description, countries ?? ["GT"], capabilities ?? [], gcmObjectives ?? [], status, startsOn, endsOn, participants ?? []);

    public static GapDetails NewGap(
        string title, string description = "Migrants need technical and labour training.", string[]? requires = null,
        string[]? countries = null, int[]? gcmObjectives = null, GapPriority priority = GapPriority.Medium) =>
        new(title, description, requires ?? ["vocational-training"], countries ?? ["GT"], gcmObjectives ?? [], priority);

    /// <summary>
    /// An initiative whose participants are invited (no notifications, no audit events), or have all
    /// accepted already when <paramref name="accepted"/> (as "Seed Partner").
    /// </summary>
    public static Task<Initiative> InitiativeAsync(
        this TestData data, int leadOrganizationId, InitiativeDetails details, DateTimeOffset? at = null, bool accepted = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.QueryAsync(async db =>
        {
            var now = at ?? DateTimeOffset.UtcNow;
            var initiative = Initiative.Record(leadOrganizationId, details, null, now);
            foreach (var organizationId in accepted ? initiative.Participants.Select(p => p.OrganizationId).ToList() : [])
            {
                initiative.Answer(organizationId, accept: true, null, "Seed Partner", null, now);
            }

            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
            return initiative;
        });
    }

    public static Task<Gap> GapAsync(this TestData data, int? organizationId, GapDetails details, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.QueryAsync(async db =>
        {
            var gap = Gap.Raise(organizationId, details, null, at ?? DateTimeOffset.UtcNow);
            db.Gaps.Add(gap);
            await db.SaveChangesAsync();
            return gap;
        });
    }
}
