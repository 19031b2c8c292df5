using Microsoft.AspNetCore.Http;
using Serilog.Events;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.IntegrationTests.Infrastructure;

public sealed class RequestLoggingTests
{
    [Fact]
    public void A_request_the_visitor_abandoned_is_not_logged_as_an_error()
    {
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };

        Assert.Equal(LogEventLevel.Information, RequestLogging.Level(context, 12, new OperationCanceledException(aborted.Token)));
        Assert.Equal(LogEventLevel.Information, RequestLogging.Level(context, 12, null));
    }

    [Fact]
    public void A_failure_of_the_portal_is_an_error_even_when_the_visitor_has_gone()
    {
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();
        var gone = new DefaultHttpContext { RequestAborted = aborted.Token };
        var waiting = new DefaultHttpContext();

        Assert.Equal(LogEventLevel.Error, RequestLogging.Level(gone, 12, new InvalidOperationException("bug")));
        Assert.Equal(LogEventLevel.Error, RequestLogging.Level(waiting, 12, new OperationCanceledException()));
        waiting.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        Assert.Equal(LogEventLevel.Error, RequestLogging.Level(waiting, 12, null));
        waiting.Response.StatusCode = StatusCodes.Status404NotFound;
        Assert.Equal(LogEventLevel.Information, RequestLogging.Level(waiting, 12, null));
    }
}
