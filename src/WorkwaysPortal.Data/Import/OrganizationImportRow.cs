using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Data.Import;

/// <summary>One organization read from an import file, with the row it came from (for error messages).</summary>
public sealed record OrganizationImportRow(int Row, OrganizationProfile Profile);
