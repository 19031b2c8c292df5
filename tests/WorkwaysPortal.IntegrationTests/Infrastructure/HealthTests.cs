using System.Net;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Infrastructure;

public sealed class HealthTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string url)
    {
        using var response = await NewClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
