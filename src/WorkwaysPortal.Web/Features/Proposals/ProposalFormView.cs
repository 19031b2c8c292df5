using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>What the proposal form shows: the input and the choices of partners, gaps and initiatives.</summary>
public sealed record ProposalFormView(
    ProposalInput Input, string ProposerName, IReadOnlyList<ProposalFormView.Choice> Organizations,
    IReadOnlyList<ProposalFormView.Choice> Gaps, IReadOnlyList<ProposalFormView.Choice> Initiatives)
{
    /// <summary>The longest lists the form offers; what is already chosen is always offered too.</summary>
    public const int MaxChoices = 1000;

    public sealed record Choice(int Id, string Name);

    public static async Task<ProposalFormView> LoadAsync(
        PortalDbContext db, int proposerOrganizationId, string proposerName, ProposalInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.PadPartnerRows();
        var chosen = input.Partners.Where(p => p.OrganizationId is not null).Select(p => p.OrganizationId!.Value).ToList();
        var organizations = await ProposalReferences.Partners(db)
            .Where(o => o.Id != proposerOrganizationId)
            .OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Take(MaxChoices)
            .Select(o => new Choice(o.Id, o.Name))
            .ToListAsync(ct);
        var missing = chosen.Except(organizations.Select(o => o.Id)).ToList();
        if (missing.Count > 0)
        {
            organizations.AddRange(await ProposalReferences.Partners(db).Where(o => missing.Contains(o.Id)).Select(o => new Choice(o.Id, o.Name)).ToListAsync(ct));
            organizations = [.. organizations.OrderBy(o => o.Name, StringComparer.CurrentCulture)];
        }

        var gaps = await ProposalReferences.PublicGaps(db)
            .Where(g => g.Id == input.GapId || g.Status != Domain.Gaps.GapStatus.Closed)
            .OrderBy(g => g.Title).ThenBy(g => g.Id)
            .Take(MaxChoices)
            .Select(g => new Choice(g.Id, g.Title))
            .ToListAsync(ct);
        var initiatives = await ProposalReferences.PublicInitiatives(db)
            .OrderBy(i => i.Title).ThenBy(i => i.Id)
            .Take(MaxChoices)
            .Select(i => new Choice(i.Id, i.Title))
            .ToListAsync(ct);
        return new ProposalFormView(input, proposerName, organizations, gaps, initiatives);
    }
}
