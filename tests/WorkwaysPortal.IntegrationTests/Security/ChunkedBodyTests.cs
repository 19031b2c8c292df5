using System.Net;
using System.Text;
using WorkwaysPortal.IntegrationTests.Operations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// Bodies sent in chunks, without a length, to a portal served by Kestrel (the in-memory test server
/// does not enforce body limits): they are counted as they arrive, so a large one is refused with 413
/// and problem details or the error page, never a 5xx, and none slips past an endpoint's own limit.
/// </summary>
public sealed class ChunkedBodyTests(PortalDatabaseFixture database) : PortalTest(database)
{
    public static TheoryData<string, int, string> Bodies => new()
    {
        // The matching search reads at most 16 KB; everything else at most 1 MB.
        { "/api/v1/matches/search", 200 * 1024, "application/json" },
        { "/api/v1/matches/search", 1100 * 1024, "application/json" },
        { "/api/v1/auth/token", 1100 * 1024, "application/json" },
        { "/Account/Login", 1100 * 1024, "application/x-www-form-urlencoded" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_chunked_body_over_the_limit_is_a_413_not_a_5xx(string path, int size, string contentType)
    {
        using var portal = KestrelPortal.Start(Database.ConnectionString);
        using var http = new HttpClient();
        var text = contentType == "application/json"
            ? "{\"text\":\"" + new string('x', size) + "\"}"
            : "Input.Email=" + new string('x', size);
        using var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(text)));
        content.Headers.ContentType = new(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, portal.At(path)) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>A stream that does not say how long it is, so the client sends it in chunks.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
