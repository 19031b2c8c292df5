using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Conversations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.IntegrationTests.Security;
using WorkwaysPortal.Localization;
using Xunit.Abstractions;

namespace WorkwaysPortal.BrowserTests.Layout;

/// <summary>
/// No page scrolls sideways (issue 14): every GET page of the endpoint inventory (<see cref="AccessTable"/>,
/// the list the security tests use), as every demo role that may open it and as an anonymous visitor, at a
/// phone's 390 pixels and a desktop's 1280, in every language of the portal. One browser context per role,
/// language and width, one tab reused for all its pages; no axe here (the journeys run it).
/// </summary>
public sealed class OverflowTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture)
{
    private const string Anonymous = "anonymous";

    private static readonly int[] Widths = [390, 1280];

    /// <summary>Browser contexts visiting at once: the portal answers one while Chromium lays out another.</summary>
    private const int ContextsAtOnce = 3;

    // Whether the document is wider than the window and, if so, the element reaching farthest right outside
    // any box that clips or scrolls its content (which cannot widen the page), with its place in the page.
    private const string MeasureScript = """
        () => {
            const root = document.documentElement;
            const width = root.clientWidth;
            if (root.scrollWidth <= width) return null;
            const clipped = el => {
                for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
                    if (getComputedStyle(a).overflowX !== 'visible') return true;
                }
                return false;
            };
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + [...el.classList].slice(0, 3).map(c => '.' + c).join('');
            let widest = null, right = width;
            for (const el of document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.right > right + 0.5 && !clipped(el)) { widest = el; right = r.right; }
            }
            // An absolutely positioned element escapes a scrolling box that is not its containing block.
            for (const el of widest ? [] : document.body.querySelectorAll('*')) {
                const r = el.getBoundingClientRect();
                if (r.right > right + 0.5) { widest = el; right = r.right; }
            }
            let path = '';
            for (let el = widest, depth = 0; el && el !== document.body && depth < 4; el = el.parentElement, depth++) {
                path = name(el) + (path ? ' > ' + path : '');
            }
            const text = widest ? (widest.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60) : '';
            return JSON.stringify({ scrollWidth: root.scrollWidth, clientWidth: width, element: path, right: Math.round(right), text });
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task No_page_scrolls_sideways_for_any_role_at_390_or_1280_pixels_in_any_language()
    {
        var clock = Stopwatch.StartNew();
        var ids = await IdsAsync();
        var pages = PortalEndpoint.All(Fixture.App.Services)
            .Where(e => e.IsPage && e.Method == "GET" && e.Handler is null)
            .Select(e => (Endpoint: e, Rule: AccessTable.For(e) ?? throw new InvalidOperationException($"{e.Key} is not in AccessTable.")))
            .ToList();
        Assert.True(pages.Count > 60, $"Only {pages.Count} pages found: the inventory is broken.");

        var roles = new (string Name, string? Email)[]
        {
            (Anonymous, null),
            (Roles.Delegate, DemoAccounts.DelegateEmail),
            (Roles.Moderator, DemoAccounts.ModeratorEmail),
            (Roles.Staff, DemoAccounts.StaffEmail),
            (Roles.Admin, DemoAccounts.AdminEmail),
        };

        // Each role's pages: those it is shown (200, HTML), asked once without a browser; a page that refuses
        // it (403, 404) or is not a page (the summary's stylesheet) is left out at every width and language.
        var plans = new List<(string Role, string? State, IReadOnlyList<string> Addresses)>();
        var leftOut = new List<string>();
        foreach (var (role, email) in roles)
        {
            var visitor = await NewVisitorAsync();
            if (email is not null)
            {
                await SignInWithFormAsync(visitor, email, DemoAccounts.Password);
            }

            var addresses = new List<string>();
            foreach (var address in pages.Where(p => MayOpen(p.Rule, role)).Select(p => Address(p.Endpoint, ids)))
            {
                var answer = await visitor.Context.APIRequest.GetAsync(address);
                if (answer.Status == 200 && answer.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal))
                {
                    addresses.Add(address);
                }
                else
                {
                    leftOut.Add($"{address} ({role}: {answer.Status})");
                }
            }

            plans.Add((role, email is null ? null : await visitor.Context.StorageStateAsync(), addresses));
        }

        var overflows = new List<string>();
        var visits = 0;
        using var gate = new SemaphoreSlim(ContextsAtOnce);
        var runs = from plan in plans
                   from language in PortalLanguages.Supported
                   from width in Widths
                   select VisitAllAsync(plan.Role, plan.State, plan.Addresses, language, width);
        await Task.WhenAll(runs);

        async Task VisitAllAsync(string role, string? state, IReadOnlyList<string> addresses, string language, int width)
        {
            await gate.WaitAsync();
            try
            {
                await using var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
                {
                    BaseURL = Fixture.App.Address.ToString(),
                    Locale = "en-US",
                    ViewportSize = new ViewportSize { Width = width, Height = width < 576 ? 844 : 900 },
                    StorageState = state,
                });
                context.SetDefaultNavigationTimeout(30_000);
                await context.AddCookiesAsync([new Cookie
                {
                    Name = ".AspNetCore.Culture",
                    Value = Uri.EscapeDataString($"c={language}|uic={language}"),
                    Url = Fixture.App.Address.ToString(),
                }]);
                var page = await context.NewPageAsync();
                foreach (var address in addresses)
                {
                    var response = await page.GotoAsync(address, new() { WaitUntil = WaitUntilState.Load });
                    Interlocked.Increment(ref visits);
                    if (address == addresses[0])
                    {
                        // The culture cookie took: the pages are in the language of this context.
                        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
                    }

                    var measured = await page.EvaluateAsync<string?>(MeasureScript);
                    if (measured is not null)
                    {
                        var overflow = JsonSerializer.Deserialize<Overflow>(measured, Json)!;
                        lock (overflows)
                        {
                            overflows.Add(string.Create(
                                CultureInfo.InvariantCulture,
                                $"{address} as {role}, {width} px, {language} ({response?.Status}): {overflow.ScrollWidth} px wide in {overflow.ClientWidth}; widest: {overflow.Element} (to {overflow.Right} px) \"{overflow.Text}\""));
                        }
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        }

        output.WriteLine($"{visits} page visits in {clock.Elapsed.TotalSeconds:0} s ({ContextsAtOnce} browser contexts at once); {pages.Count} pages in the inventory.");
        output.WriteLine($"Left out (not shown to that role): {string.Join(", ", leftOut)}");
        var shown = plans.Sum(p => p.Addresses.Count);
        Assert.True(shown > 150, $"Only {shown} role and page pairs showed a page (200): the addresses or the sign-ins are wrong.");
        overflows.Sort(StringComparer.Ordinal);
        Assert.True(overflows.Count == 0, $"{overflows.Count} page visit(s) scroll sideways:\n" + string.Join("\n", overflows));
    }

    private static bool MayOpen(AccessRule rule, string role) => rule.Access switch
    {
        Access.Public => true,
        Access.SignedIn => role != Anonymous,
        _ => rule.AllowedRoles.Contains(role),
    };

    /// <summary>The page's address with the demo records its parameters name (the delegate's organization and its work).</summary>
    private static string Address(PortalEndpoint endpoint, DemoIds ids)
    {
        var route = endpoint.Route;
        var path = endpoint.Url(parameter => (route, parameter) switch
        {
            (_, "organizationId") => ids.Organization,
            _ when route.StartsWith("Sessions/", StringComparison.Ordinal) => ids.Session,
            _ when route.StartsWith("Moderation/Organizations/Review", StringComparison.Ordinal) => ids.PendingOrganization,
            _ when route.StartsWith("Moderation/Proposals/Review", StringComparison.Ordinal) => ids.SubmittedProposal,
            _ when route.StartsWith("Organizations/", StringComparison.Ordinal) => ids.Organization,
            _ when route.StartsWith("Gaps/", StringComparison.Ordinal) => ids.Gap,
            _ when route.StartsWith("Initiatives/", StringComparison.Ordinal) => ids.Initiative,
            _ when route.StartsWith("Proposals/", StringComparison.Ordinal) => ids.Proposal,
            _ when route.StartsWith("Conversations/", StringComparison.Ordinal) => ids.Conversation,
            _ => throw new InvalidOperationException($"No demo record for {{{parameter}}} of {route}: add one to OverflowTests.Address."),
        });

        // Pages about one account or one term of the taxonomy say which in the query.
        var query = route switch
        {
            "Admin/Users/Details" or "Admin/Users/Lock" => $"user={ids.DelegateUser}",
            "Admin/Users/TakeRole" => $"user={ids.ModeratorUser}&role={Roles.Moderator}",
            "Admin/Taxonomy/Group" => $"code={ids.CountryGroup}",
            "Admin/Taxonomy/Label" => $"kind=capability&code={ids.Capability}",
            "Organizations/{id:int}/Team/Remove" => $"member={ids.DelegateUser}",
            "Partners/Find" => $"seeks={ids.Capability}",
            _ => null,
        };
        return query is null ? path : path + "?" + query;
    }

    private async Task<DemoIds> IdsAsync()
    {
        return await Data.QueryAsync(async db =>
        {
            var gmies = await db.Organizations.Where(o => o.Name == DemoData.GmiesName).Select(o => o.Id).SingleAsync();
            var pending = await db.Organizations.Where(o => o.Name == DemoData.PendingOrganizationName).Select(o => o.Id).SingleAsync();
            var other = await db.Organizations.Where(o => o.Name == DemoData.RrocmName).Select(o => o.Id).SingleAsync();
            var delegateUser = await db.Users.Where(u => u.Email == DemoAccounts.DelegateEmail).Select(u => u.Id).SingleAsync();
            var moderatorUser = await db.Users.Where(u => u.Email == DemoAccounts.ModeratorEmail).Select(u => u.Id).SingleAsync();

            // A conversation of the delegate's organization, with a message, for the conversation page.
            var conversation = Conversation.Start(gmies, other, delegateUser, DateTimeOffset.UtcNow);
            conversation.Write(gmies, delegateUser, "Demo Delegate (GMIES)", "¿Podemos hablar de la formación técnica para personas migrantes?", DateTimeOffset.UtcNow);
            db.Conversations.Add(conversation);
            await db.SaveChangesAsync();

            return new DemoIds(
                Organization: Text(gmies),
                PendingOrganization: Text(pending),
                Gap: Text(await db.Gaps.Where(g => g.RaisedByOrganizationId == gmies).OrderBy(g => g.Id).Select(g => g.Id).FirstAsync()),
                Initiative: Text(await db.Initiatives.Where(i => i.LeadOrganizationId == gmies).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync()),
                Proposal: Text(await db.Proposals.Where(p => p.ProposerOrganizationId == gmies && p.State == ProposalState.ChangesRequested).Select(p => p.Id).FirstAsync()),
                SubmittedProposal: Text(await db.Proposals.Where(p => p.State == ProposalState.Submitted).Select(p => p.Id).FirstAsync()),
                Conversation: Text(conversation.Id),
                Session: Text(await db.Sessions.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync()),
                DelegateUser: delegateUser.ToString(),
                ModeratorUser: moderatorUser.ToString(),
                CountryGroup: await db.CountryGroups.OrderBy(g => g.Code).Select(g => g.Code).FirstAsync(),
                Capability: await db.Capabilities.OrderBy(c => c.Code).Select(c => c.Code).FirstAsync());
        });

        static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);
    }

    private sealed record DemoIds(
        string Organization, string PendingOrganization, string Gap, string Initiative, string Proposal, string SubmittedProposal,
        string Conversation, string Session, string DelegateUser, string ModeratorUser, string CountryGroup, string Capability);

    private sealed record Overflow(int ScrollWidth, int ClientWidth, string Element, int Right, string Text);
}
