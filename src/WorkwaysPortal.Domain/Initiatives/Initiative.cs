using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Domain.Initiatives;

/// <summary>
/// Something an organization runs or plans, e.g. "Regularized work-visa processing through labour
/// ministries in El Salvador, Honduras and Guatemala". Its lead organization's delegates maintain it.
/// </summary>
public sealed class Initiative
{
    public const int TitleMaxLength = WorkRules.TitleMaxLength;
    public const int DescriptionMaxLength = WorkRules.DescriptionMaxLength;

    private Initiative()
    {
    }

    public int Id { get; private set; }
    public int LeadOrganizationId { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string[] Countries { get; private set; } = [];
    public string[] Capabilities { get; private set; } = [];
    public int[] GcmObjectives { get; private set; } = [];

    /// <summary>Other organizations taking part (ids of the directory).</summary>
    public int[] ParticipantOrganizationIds { get; private set; } = [];

    public InitiativeStatus Status { get; private set; }
    public DateOnly? StartsOn { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public Guid? CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public static Initiative Record(int leadOrganizationId, InitiativeDetails details, Guid? createdBy, DateTimeOffset now)
    {
        var initiative = new Initiative { LeadOrganizationId = leadOrganizationId, CreatedBy = createdBy, CreatedAt = now };
        initiative.Update(details, now);
        return initiative;
    }

    public void Update(InitiativeDetails details, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (string.IsNullOrWhiteSpace(details.Title))
        {
            throw new DomainRuleException(UserMessages.TitleRequired);
        }

        Title = PlainText.Tidy(details.Title);
        Description = PlainText.Tidy(details.Description ?? "");
        Countries = Codes.Normalize(details.Countries, upper: true);
        Capabilities = Codes.Normalize(details.Capabilities, upper: false);
        GcmObjectives = [.. details.GcmObjectives.Distinct().Order()];
        ParticipantOrganizationIds = [.. details.ParticipantOrganizationIds.Where(id => id != LeadOrganizationId).Distinct().Order()];
        Status = details.Status;
        StartsOn = details.StartsOn;
        EndsOn = details.EndsOn;
        UpdatedAt = now;
    }

    /// <summary>Whether an organization leads or takes part in this initiative.</summary>
    public bool Involves(int organizationId) => LeadOrganizationId == organizationId || ParticipantOrganizationIds.Contains(organizationId);
}
