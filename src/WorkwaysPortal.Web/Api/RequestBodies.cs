namespace WorkwaysPortal.Web.Api;

/// <summary>
/// Reads a request body an endpoint parses itself, whether or not the client said its length: a body
/// sent in chunks is counted as it arrives, so it cannot slip past the endpoint's limit, and a body the
/// server cut off or the client broke is a refusal, never an exception.
/// </summary>
public static class RequestBodies
{
    /// <returns>The body, or null with the status to answer (413 too large, 400 unreadable).</returns>
    public static async Task<(byte[]? Body, int Status)> ReadAtMostAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);
        }

        var buffer = new byte[maxBytes + 1];
        var length = 0;
        try
        {
            int read;
            while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
            {
                length += read;
            }
        }
        catch (BadHttpRequestException e)
        {
            return (null, e.StatusCode);
        }
        catch (IOException)
        {
            return (null, StatusCodes.Status400BadRequest);
        }

        return length > maxBytes ? (null, StatusCodes.Status413PayloadTooLarge) : (buffer[..length], StatusCodes.Status200OK);
    }
}
