using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace WorkwaysPortal.BrowserTests.Infrastructure;

/// <summary>
/// One person at a browser: their own context (cookies), one tab, and a record of everything that
/// went wrong in it: console errors, uncaught script errors, failed requests and error statuses of the
/// portal's own resources. <see cref="CheckPageAsync"/> runs axe on the page shown and fails on what it
/// or the record finds; <see cref="AssertEveryPageCheckedAndClean"/> proves no page went unchecked.
/// </summary>
public sealed class Visitor : IAsyncDisposable
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>Only violations are read, so axe need not send back every passing element.</summary>
    private static readonly AxeRunOptions OnlyViolations = new() { ResultTypes = [ResultType.Violations] };

    private readonly Lock _gate = new();
    private readonly List<string> _problems = [];
    private readonly List<string> _visited = [];
    private readonly HashSet<string> _checked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _expectedStatuses = new(StringComparer.Ordinal);
    private readonly Uri _origin;

    private Visitor(IBrowserContext context, IPage page, Uri origin)
    {
        Context = context;
        Page = page;
        _origin = origin;
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsExpectedStatusMessage(message))
            {
                Record($"console error: {message.Text} (at {message.Location})");
            }
        };
        page.PageError += (_, error) => Record($"uncaught script error: {error}");
        page.RequestFailed += (_, request) =>
            Record($"request failed: {request.Method} {request.Url} [{request.ResourceType}]: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && IsSameOrigin(response.Url) && !IsExpectedStatus(response.Url, response.Status))
            {
                Record($"HTTP {response.Status}: {response.Request.Method} {response.Url} [{response.Request.ResourceType}]");
            }
        };
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                lock (_gate)
                {
                    _visited.Add(PathOf(frame.Url));
                }
            }
        };
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }

    /// <summary>A new visitor with no cookies, an English browser and a desktop-sized window.</summary>
    public static async Task<Visitor> OpenAsync(IBrowser browser, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(origin);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = origin.ToString(),
            Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },

            // No transitions (Bootstrap turns them off for reduced motion): axe then reads a button's colours as they
            // end, not halfway through the change that a click or a key press starts.
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(30_000);
        return new Visitor(context, await context.NewPageAsync(), origin);
    }

    /// <summary>Opens a portal address (e.g. <c>/Organizations</c>) and checks the page.</summary>
    public async Task<IResponse> OpenAsync(string path)
    {
        var response = await Page.GotoAsync(path)
            ?? throw new InvalidOperationException($"Opening {path} gave no response.");
        await CheckPageAsync();
        return response;
    }

    /// <summary>
    /// Declares that <paramref name="path"/> will answer <paramref name="status"/> (e.g. 403 for a page
    /// the visitor may not see), so that answer is not counted as a problem.
    /// </summary>
    public void ExpectStatus(string path, int status)
    {
        lock (_gate)
        {
            _expectedStatuses[path] = status;
        }
    }

    /// <summary>
    /// Waits for the page shown to finish loading, runs axe on it and fails on any serious or critical
    /// violation, or on any problem recorded so far (console errors, failed requests…).
    /// </summary>
    public async Task CheckPageAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        var url = Page.Url;
        var result = await RunAxeAsync(Page);
        lock (_gate)
        {
            _checked.Add(PathOf(url));
        }

        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        if (blocking.Count > 0)
        {
            Assert.Fail(DescribeViolations(url, blocking));
        }

        AssertNoProblems();
    }

    /// <summary>Fails if anything went wrong in the browser so far.</summary>
    public void AssertNoProblems()
    {
        lock (_gate)
        {
            if (_problems.Count > 0)
            {
                Assert.Fail($"The browser reported {_problems.Count} problem(s):\n  " + string.Join("\n  ", _problems));
            }
        }
    }

    /// <summary>Fails if anything went wrong, or if a page was shown that <see cref="CheckPageAsync"/> never checked.</summary>
    public void AssertEveryPageCheckedAndClean()
    {
        AssertNoProblems();
        lock (_gate)
        {
            var notChecked = _visited.Where(p => p != "about:blank" && !_checked.Contains(p)).Distinct().ToList();
            if (notChecked.Count > 0)
            {
                Assert.Fail("These pages were shown but never checked for accessibility: " + string.Join(", ", notChecked));
            }
        }
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    /// <summary>
    /// Runs axe-core's rules over the page. <c>page.RunAxe()</c> opens a fresh browser page for axe's
    /// final step on every call, which costs 4–6 s per check on a two-core machine; axe's single-page
    /// ("legacy") run applies the same rules in under a second. Its only loss, results from
    /// cross-origin iframes, does not apply: the portal has no iframes.
    /// </summary>
    private static async Task<AxeResult> RunAxeAsync(IPage page)
    {
#pragma warning disable CS0618 // RunAxeLegacy is marked for future removal; switch back to RunAxe() then.
        return await page.RunAxeLegacy(options: OnlyViolations);
#pragma warning restore CS0618
    }

    private static string DescribeViolations(string url, List<AxeResultItem> violations)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"axe found {violations.Count} serious or critical accessibility violation(s) on {url}:");
        foreach (var violation in violations)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {violation.Id} ({violation.Impact}): {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                var why = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? [])
                    .Select(check => check.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m));
                text.Append(CultureInfo.InvariantCulture, $"\n    at {node.Target}{(why is null ? "" : " — " + why)}");
            }
        }

        return text.ToString();
    }

    private void Record(string problem)
    {
        lock (_gate)
        {
            _problems.Add(problem);
        }
    }

    private bool IsSameOrigin(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && Uri.Compare(uri, _origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private bool IsExpectedStatus(string url, int status)
    {
        lock (_gate)
        {
            return _expectedStatuses.TryGetValue(PathOf(url), out var expected) && expected == status;
        }
    }

    /// <summary>Chromium also logs "Failed to load resource" for a page that answers an error status.</summary>
    private bool IsExpectedStatusMessage(IConsoleMessage message) =>
        message.Text.StartsWith("Failed to load resource: the server responded with a status of ", StringComparison.Ordinal)
        && IsExpectedStatus(LocationUrl(message.Location), StatusIn(message.Text));

    private static string LocationUrl(string location)
    {
        // "http://127.0.0.1:1234/path:0:0" → "http://127.0.0.1:1234/path"
        var end = location.Length;
        for (var i = 0; i < 2; i++)
        {
            var colon = location.LastIndexOf(':', end - 1);
            if (colon <= 0 || !location[(colon + 1)..end].All(char.IsDigit))
            {
                break;
            }

            end = colon;
        }

        return location[..end];
    }

    private static int StatusIn(string text)
    {
        var digits = new string(text.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : 0;
    }

    private static string PathOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.PathAndQuery : url;
}
