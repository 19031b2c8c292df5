namespace WorkwaysPortal.Data.Import;

/// <summary>What an import changed: organizations created and organizations refreshed.</summary>
public sealed record OrganizationImportResult(int Created, int Updated);
