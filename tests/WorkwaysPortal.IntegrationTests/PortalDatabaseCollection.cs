using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests;

/// <summary>Every integration test shares one PostgreSQL cluster and runs one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PortalDatabaseCollection : ICollectionFixture<PortalDatabaseFixture>
{
    public const string Name = "Portal database";
}
