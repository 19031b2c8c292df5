using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Text;

namespace WorkwaysPortal.Domain.Proposals;

/// <summary>
/// The input rules of a partnership proposal, wherever it comes from (pages or API), checked before
/// the Domain is asked to write it. Field names are the camelCase names of the API; a partner's
/// fields are named after its position in <see cref="ProposalDetails.Partners"/>
/// (<c>partners[1].organizationId</c>). Whether partners, gaps and initiatives exist is for the
/// data layer to check.
/// </summary>
public static class ProposalRules
{
    public static IReadOnlyList<FieldError> Check(int proposerOrganizationId, ProposalDetails details, bool forSubmission)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(details.Title))
        {
            errors.Add(new("title", UserMessages.TitleRequired));
        }
        else if (details.Title.Trim().Length > PartnershipProposal.TitleMaxLength)
        {
            errors.Add(new("title", UserMessages.TitleTooLong, PartnershipProposal.TitleMaxLength));
        }
        else if (!PlainText.IsAllowed(details.Title))
        {
            errors.Add(new("title", UserMessages.TextNotPlain));
        }
        else if (!PlainText.IsAllowedLine(details.Title))
        {
            errors.Add(new("title", UserMessages.TextNotOneLine));
        }

        if (forSubmission && string.IsNullOrWhiteSpace(details.Rationale))
        {
            errors.Add(new("rationale", UserMessages.ProposalRationaleRequired));
        }

        Text(errors, "rationale", details.Rationale);
        Text(errors, "proposerContribution", details.ProposerContribution);

        var partners = details.Partners ?? [];
        for (var i = 0; i < partners.Count; i++)
        {
            var partner = partners[i];
            if (partner.OrganizationId == proposerOrganizationId)
            {
                errors.Add(new($"partners[{i}].organizationId", UserMessages.ProposalPartnerIsProposer));
            }
            else if (partner.OrganizationId <= 0)
            {
                errors.Add(new($"partners[{i}].organizationId", UserMessages.UnknownPartner, partner.OrganizationId));
            }

            Text(errors, $"partners[{i}].contribution", partner.Contribution);
        }

        var distinct = partners.Select(p => p.OrganizationId).Where(id => id != proposerOrganizationId).Distinct().Count();
        if (distinct == 0 && !errors.Any(e => e.Field.StartsWith("partners[", StringComparison.Ordinal)))
        {
            errors.Add(new("partners", UserMessages.ProposalNeedsPartner));
        }
        else if (distinct > PartnershipProposal.MaxPartners)
        {
            errors.Add(new("partners", UserMessages.TooManyPartners, PartnershipProposal.MaxPartners));
        }

        return errors;
    }

    private static void Text(List<FieldError> errors, string field, string? value)
    {
        if (value is not null && value.Trim().Length > PartnershipProposal.TextMaxLength)
        {
            errors.Add(new(field, UserMessages.TextTooLong, PartnershipProposal.TextMaxLength));
        }
        else if (!PlainText.IsAllowed(value))
        {
            errors.Add(new(field, UserMessages.TextNotPlain));
        }
    }
}
