using WorkwaysPortal.Domain.Alerts;

namespace WorkwaysPortal.Web.Features.Alerts;

/// <summary>What the shared "save this search" fields show: the criteria (hidden), the name and the frequency.</summary>
public sealed record SaveFieldsView(
    SavedCriteria Criteria, string? Name, AlertFrequency Frequency, string Prefix, string? NameError = null, SavedSearchKind Kind = SavedSearchKind.Partners);
