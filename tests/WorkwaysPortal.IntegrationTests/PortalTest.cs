using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests;

/// <summary>
/// Base of the page and API tests: a clean database before each test, the shared portal, a fresh
/// cookie-keeping client and helpers to build data.
/// </summary>
[Collection(PortalDatabaseCollection.Name)]
public abstract class PortalTest(PortalDatabaseFixture database) : IAsyncLifetime
{
    private readonly List<PortalClient> _clients = [];

    protected PortalDatabaseFixture Database { get; } = database;
    protected PortalFactory App => Database.AppIn(PortalEnvironment);

    /// <summary>The environment the portal runs in for these tests.</summary>
    protected virtual string PortalEnvironment => PortalFactory.Testing;
    protected TestData Data => new(App);

    /// <summary>A new anonymous visitor (own cookies).</summary>
    protected PortalClient NewClient()
    {
        var client = new PortalClient(App);
        _clients.Add(client);
        return client;
    }

    protected async Task<PortalClient> SignedInAsync(string email, params string[] roles)
    {
        await Data.UserAsync(email, roles);
        var client = NewClient();
        await client.SignInAsync(email, TestData.Password);
        return client;
    }

    public Task InitializeAsync() => Database.ResetAsync();

    public Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        return Task.CompletedTask;
    }
}
