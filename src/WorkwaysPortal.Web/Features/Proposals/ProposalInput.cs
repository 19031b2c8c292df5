using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Features.Proposals;

/// <summary>
/// The proposal form, shared by New and Edit. Partners are rows (organization + what it would
/// bring); empty rows are ignored, and errors stay next to the row they concern.
/// </summary>
public sealed partial class ProposalInput
{
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "Why this partnership")]
    public string? Rationale { get; set; }

    [Display(Name = "What your organization would bring")]
    public string? ProposerContribution { get; set; }

    public List<PartnerInput> Partners { get; set; } = [];

    [Display(Name = "Gap it addresses")]
    public int? GapId { get; set; }

    [Display(Name = "Initiative it builds on")]
    public int? InitiativeId { get; set; }

    /// <summary>The proposal's version when the form was opened, so a change by someone else meanwhile is not overwritten.</summary>
    public uint? Version { get; set; }

    public sealed class PartnerInput
    {
        [Display(Name = "Organization")]
        public int? OrganizationId { get; set; }

        [Display(Name = "What they would bring")]
        public string? Contribution { get; set; }
    }

    public static ProposalInput From(ProposalView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new ProposalInput
        {
            Title = view.Title,
            Rationale = view.Rationale,
            ProposerContribution = view.ProposerContribution,
            Partners = [.. view.Partners.Select(p => new PartnerInput { OrganizationId = p.OrganizationId, Contribution = p.Contribution })],
            GapId = view.Gap?.Id,
            InitiativeId = view.Initiative?.Id,
            Version = view.Version,
        };
    }

    /// <summary>The rows that name an organization, in form order.</summary>
    private List<int> FilledRows() =>
        [.. Partners.Select((p, row) => (p, row)).Where(x => x.p.OrganizationId is not null).Select(x => x.row)];

    public ProposalDetails ToDetails() => new(
        Title ?? "", Rationale ?? "", ProposerContribution ?? "",
        [.. FilledRows().Select(row => new ProposalPartner(Partners[row].OrganizationId!.Value, Partners[row].Contribution))],
        GapId, InitiativeId);

    /// <summary>What only the form can get wrong: a contribution on a row without an organization.</summary>
    public void Validate(ModelStateDictionary modelState, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(t);
        for (var row = 0; row < Partners.Count; row++)
        {
            if (Partners[row].OrganizationId is null && !string.IsNullOrWhiteSpace(Partners[row].Contribution))
            {
                modelState.AddModelError($"Input.Partners[{row}].OrganizationId", t["Choose the organization that would bring this."]);
            }
        }
    }

    /// <summary>The model-state key of an API field name, with partner positions turned back into form rows.</summary>
    public string KeyOf(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var partner = PartnerField().Match(field);
        if (partner.Success)
        {
            var rows = FilledRows();
            var index = int.Parse(partner.Groups["index"].Value, CultureInfo.InvariantCulture);
            var row = index < rows.Count ? rows[index] : index;
            var name = partner.Groups["name"].Value == "contribution" ? nameof(PartnerInput.Contribution) : nameof(PartnerInput.OrganizationId);
            return $"Input.Partners[{row}].{name}";
        }

        return field switch
        {
            "title" => "Input.Title",
            "rationale" => "Input.Rationale",
            "proposerContribution" => "Input.ProposerContribution",
            "partners" => "Input.Partners",
            "gapId" => "Input.GapId",
            "initiativeId" => "Input.InitiativeId",
            _ => string.Empty,
        };
    }

    /// <summary>How many partner rows the form shows: the filled ones and two empty ones, at least three, at most the limit.</summary>
    public void PadPartnerRows()
    {
        var wanted = Math.Clamp(FilledRows().Count + 2, 3, PartnershipProposal.MaxPartners);
        while (Partners.Count < wanted)
        {
            Partners.Add(new PartnerInput());
        }
    }

    [GeneratedRegex(@"^partners\[(?<index>\d+)\]\.(?<name>organizationId|contribution)$")]
    private static partial Regex PartnerField();
}
