using System.Globalization;
using System.Net;
using System.Text;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>
/// Base of the security tests: a small world with an owner (delegate of a pending organization with a
/// gap, an initiative, a draft proposal and a notification), an outsider (delegate of another
/// organization), a moderator, a staff member, an administrator and an anonymous visitor, and the
/// means to call any enumerated endpoint as any of them.
/// </summary>
public abstract class SecurityTest(PortalDatabaseFixture database) : ProposalTest(database)
{
    protected sealed record World(
        Person Owner, Person Outsider, Person Moderator, Person Staff, Person Admin, PortalClient Anonymous,
        int OwnerOrganization, int OutsiderOrganization, int PartnerOrganization, int Gap, int Initiative, int Proposal, long Notification, int Conversation)
    {
        /// <summary>Each identity by name, the anonymous visitor first.</summary>
        public IEnumerable<(string Name, PortalClient Client, string Role)> Identities =>
        [
            ("anonymous", Anonymous, ""), ("outsider", Outsider.Client, Roles.Delegate), ("owner", Owner.Client, Roles.Delegate),
            ("moderator", Moderator.Client, Roles.Moderator), ("staff", Staff.Client, Roles.Staff), ("admin", Admin.Client, Roles.Admin),
        ];

        /// <summary>The id of the owner's object of that kind.</summary>
        public long IdOf(Subject subject) => subject switch
        {
            Subject.Organization => OwnerOrganization,
            Subject.Gap => Gap,
            Subject.Initiative => Initiative,
            Subject.Proposal => Proposal,
            Subject.Notification => Notification,
            Subject.Conversation => Conversation,
            _ => NoSuchId,
        };
    }

    /// <summary>An id no object has.</summary>
    protected const int NoSuchId = 987654;

    protected async Task<World> WorldAsync()
    {
        var owner = await PersonAsync("owner@example.org");
        var outsider = await PersonAsync("outsider@example.org");
        var moderator = await PersonAsync("moderator@example.org", Roles.Moderator);
        var staff = await PersonAsync("staff@example.org", Roles.Staff);
        var admin = await PersonAsync("admin@example.org", Roles.Admin);

        // Pending: only its delegates (and moderators) see it, so it is the owner's alone.
        var ownerOrganization = await Data.PendingAsync(TestData.Profile("Owner Organization", offers: ["legal-aid"]), owner.Id);
        var outsiderOrganization = await OrganizationAsync("Outsider Organization", "government", null, outsider.Id);
        var partner = await OrganizationAsync("Partner Organization", "trade-union");
        var gap = await GapAsync(ownerOrganization.Id, "Owner gap");
        var initiative = await Data.InitiativeAsync(ownerOrganization.Id, WorkTestData.NewInitiative("Owner initiative"));
        var proposal = await ProposalAsync(ownerOrganization.Id, owner.Id, [partner.Id], title: "Owner draft");
        var notification = await Data.QueryAsync(async db =>
        {
            var n = Notification.For(owner.Id, NotificationKinds.ProposalSubmitted, "Owner draft", DateTimeOffset.UtcNow, proposalId: proposal);
            db.Notifications.Add(n);
            await db.SaveChangesAsync();
            return n.Id;
        });

        // A conversation between the owner's organization and the partner: its delegates' (the owner's) alone.
        var conversation = await Data.QueryAsync(async db =>
        {
            var c = WorkwaysPortal.Domain.Conversations.Conversation.Start(ownerOrganization.Id, partner.Id, owner.Id, DateTimeOffset.UtcNow);
            c.Write(ownerOrganization.Id, owner.Id, "Owner", "Owner message", DateTimeOffset.UtcNow);
            db.Conversations.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });

        return new World(
            owner, outsider, moderator, staff, admin, NewClient(), ownerOrganization.Id, outsiderOrganization.Id, partner.Id,
            gap.Id, initiative.Id, proposal, notification, conversation);
    }

    /// <summary>The enumerated endpoints of the shared portal, each with its rule (null when the table has none).</summary>
    protected IReadOnlyList<(PortalEndpoint Endpoint, AccessRule? Rule)> Endpoints() =>
        [.. PortalEndpoint.All(App.Services).Select(e => (e, AccessTable.For(e)))];

    /// <summary>The address of an endpoint with every id (route or, for a subject named by the handler, query) set to <paramref name="id"/>.</summary>
    protected static string UrlOf(PortalEndpoint endpoint, AccessRule rule, long id)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(rule);
        var value = id.ToString(CultureInfo.InvariantCulture);
        var query = rule.Query;
        if (rule.Subject != Subject.None && endpoint.Parameters.Count == 0)
        {
            query = string.IsNullOrEmpty(query) ? "id=" + value : query + "&id=" + value;
        }

        return endpoint.Url(_ => value, query);
    }

    /// <summary>The antiforgery token of a form this client was shown (the sign-in page renders one for anyone).</summary>
    protected static async Task<string> TokenAsync(PortalClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return PortalClient.AntiforgeryToken(await client.GetPageAsync("/Account/Login"));
    }

    /// <summary>
    /// Calls an endpoint the way its clients do: a GET; a form post (pages) with <c>__RequestVerificationToken</c>
    /// when <paramref name="token"/> is given; a JSON post (API) with the <c>RequestVerificationToken</c> header.
    /// </summary>
    protected static async Task<HttpResponseMessage> CallAsync(
        PortalClient client, PortalEndpoint endpoint, string url, string? token, IEnumerable<KeyValuePair<string, string>>? fields = null, string json = "{}")
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(endpoint);
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), new Uri(url, UriKind.Relative));
        if (endpoint.ChangesState)
        {
            if (endpoint.IsApi)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
                if (token is not null)
                {
                    request.Headers.Add("RequestVerificationToken", token);
                }
            }
            else
            {
                var form = (fields ?? []).ToList();
                if (token is not null)
                {
                    form.Add(new("__RequestVerificationToken", token));
                }

                request.Content = new FormUrlEncodedContent(form);
            }
        }

        return await client.Http.SendAsync(request);
    }

    protected Task<DatabaseSnapshot> SnapshotAsync() => DatabaseSnapshot.TakeAsync(Database.ConnectionString);

    /// <summary>Whether a page answer sends the visitor to the sign-in page.</summary>
    protected static bool IsSignInRedirect(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode == HttpStatusCode.Redirect
               && (location.StartsWith("/Account/Login", StringComparison.Ordinal) || location.Contains("://localhost/Account/Login", StringComparison.Ordinal));
    }
}
