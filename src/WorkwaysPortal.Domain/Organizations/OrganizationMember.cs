namespace WorkwaysPortal.Domain.Organizations;

/// <summary>A user who may edit an organization and act for it (its delegate).</summary>
public sealed class OrganizationMember
{
    private OrganizationMember()
    {
    }

    internal OrganizationMember(Guid userId, DateTimeOffset since)
    {
        UserId = userId;
        Since = since;
    }

    public int OrganizationId { get; private set; }
    public Guid UserId { get; private set; }
    public DateTimeOffset Since { get; private set; }
}
