using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.IntegrationTests.Security;

/// <summary>Who may call an endpoint.</summary>
public enum Access
{
    /// <summary>Anyone, signed in or not (what they see may still depend on who they are).</summary>
    Public,

    /// <summary>Any signed-in account; anonymous callers are sent to sign in (pages) or get 401 (API).</summary>
    SignedIn,

    /// <summary>Only the roles of one authorization policy; every other account gets 403.</summary>
    Role,
}

/// <summary>What the route's id (or the handler's <c>id</c>) names, for object-level checks.</summary>
public enum Subject
{
    None,
    Organization,
    Gap,
    Initiative,
    Proposal,
    Notification,
    Conversation,
}

/// <summary>
/// The expected access of one route (or one method and handler of it). <see cref="Subject"/> says whose
/// object the id names: for public and signed-in endpoints, someone who is not its owner gets 403 or
/// 404 (ASVS 8.2.2). <see cref="Query"/> is what a request needs beyond the id (an export's format).
/// </summary>
public sealed record AccessRule(Access Access, string? Policy = null, Subject Subject = Subject.None, string? Query = null)
{
    public AccessRule Of(Subject subject) => this with { Subject = subject };

    public AccessRule With(string query) => this with { Query = query };

    /// <summary>The roles the rule's policy admits (the expectation, written here, not read from the app).</summary>
    public IReadOnlyList<string> AllowedRoles => Policy switch
    {
        null => Roles.All,
        Policies.Moderation => [Roles.Moderator, Roles.Admin],
        Policies.Staff => [Roles.Staff, Roles.Admin],
        Policies.Oversight => [Roles.Moderator, Roles.Staff, Roles.Admin],
        Policies.Admin => [Roles.Admin],
        _ => throw new InvalidOperationException($"No expectation for the policy {Policy}: add it to AccessRule.AllowedRoles."),
    };
}

/// <summary>
/// The access expected of every endpoint the portal maps, keyed by route pattern as the endpoint data
/// source spells it (<c>Organizations/{id:int}/Edit</c>), or by <c>METHOD route?handler=Name</c> where
/// one handler differs. An endpoint that is in neither this table nor one of the <see cref="Folders"/>
/// fails <c>AccessControlTests</c>: a new page or endpoint must say here who may use it.
/// </summary>
public static class AccessTable
{
    private static readonly AccessRule Public = new(Access.Public);
    private static readonly AccessRule SignedIn = new(Access.SignedIn);

    private static AccessRule RoleOf(string policy) => new(Access.Role, policy);

    /// <summary>
    /// Folders whose every page, present or future, belongs to one policy (Razor Pages conventions or
    /// the pages' own attributes). The consultation sessions pages are staff work.
    /// </summary>
    public static IReadOnlyList<(string Folder, AccessRule Rule)> Folders { get; } =
    [
        ("Moderation", RoleOf(Policies.Moderation)),
        ("Staff", RoleOf(Policies.Staff)),
        ("Sessions", RoleOf(Policies.Staff)),

        // Administration: accounts are administrators' alone; the audit trail and the taxonomy are staff's too.
        ("Admin/Users", RoleOf(Policies.Admin)),
        ("Admin", RoleOf(Policies.Staff)),
    ];

    public static IReadOnlyDictionary<string, AccessRule> Routes { get; } = new Dictionary<string, AccessRule>(StringComparer.Ordinal)
    {
        // Home, accounts, errors, language
        [""] = Public,
        ["Account/ConfirmEmail"] = Public,
        ["Account/ConfirmEmailChange"] = Public,
        ["Account/ConfirmationNeeded"] = SignedIn,
        ["Account/ForgotPassword"] = Public,
        ["Account/Invitation"] = Public,
        ["Account/Login"] = Public,
        ["Account/LoginWith2fa"] = Public,
        ["Account/LoginWithRecoveryCode"] = Public,
        ["Account/Logout"] = Public,
        ["Account/Manage"] = SignedIn,
        ["Account/Manage/Email"] = SignedIn,
        ["Account/Manage/Password"] = SignedIn,
        ["Account/Manage/Sessions"] = SignedIn,
        ["Account/Manage/PersonalData"] = SignedIn,
        ["Account/Manage/Delete"] = SignedIn,
        ["Account/Manage/TwoFactor"] = SignedIn,
        ["Account/Manage/EnableAuthenticator"] = SignedIn,
        ["Account/Manage/Passkeys"] = SignedIn,

        // Saved searches and alerts (issue 13): the handlers' id names one of the user's saved searches
        // (someone else's answers 404, tested in SavedSearchTests); the unsubscribe link needs no sign-in.
        ["Account/Manage/Alerts"] = SignedIn,
        ["Alerts/Save"] = SignedIn,
        ["Alerts/Unsubscribe"] = Public,
        ["Account/Register"] = Public,
        ["Account/ResetPassword"] = Public,
        ["Error"] = Public,
        ["Language"] = Public,
        ["Privacy"] = Public,

        // Organizations
        ["Organizations"] = Public,
        ["GET Organizations?handler=Export"] = Public.With("format=csv"),
        ["Organizations/{id:int}"] = Public.Of(Subject.Organization),
        ["Organizations/Mine"] = SignedIn,
        ["Organizations/Register"] = SignedIn,
        ["Organizations/{id:int}/Edit"] = SignedIn.Of(Subject.Organization),
        ["Organizations/{id:int}/Team"] = SignedIn.Of(Subject.Organization),
        ["Organizations/{id:int}/Team/Remove"] = SignedIn.Of(Subject.Organization),
        ["Organizations/{id:int}/Team/Leave"] = SignedIn.Of(Subject.Organization),
        ["Organizations/{id:int}/Team/Revoke"] = SignedIn.Of(Subject.Organization),
        ["Organizations/Invitations/Accept"] = Public,
        ["Organizations/{id:int}/Join"] = SignedIn.Of(Subject.Organization),

        // Initiatives and gaps
        ["Initiatives"] = Public,
        ["GET Initiatives?handler=Export"] = Public.With("format=csv"),
        // The page's Accept and Decline handlers answer 404 to anyone but an invited organization's delegates.
        ["Initiatives/{id:int}"] = Public.Of(Subject.Initiative),
        ["Initiatives/{id:int}/Edit"] = SignedIn.Of(Subject.Initiative),
        ["Organizations/{organizationId:int}/Initiatives/New"] = SignedIn.Of(Subject.Organization),
        ["Gaps"] = Public,
        ["GET Gaps?handler=Export"] = Public.With("format=csv"),
        ["Gaps/{id:int}"] = Public.Of(Subject.Gap),
        ["Gaps/{id:int}/Edit"] = SignedIn.Of(Subject.Gap),
        ["Gaps/{id:int}/Close"] = SignedIn.Of(Subject.Gap),
        ["Gaps/{id:int}/Reopen"] = SignedIn.Of(Subject.Gap),
        ["Organizations/{organizationId:int}/Gaps/New"] = SignedIn.Of(Subject.Organization),

        // Partners and proposals
        ["Partners/Find"] = Public,
        ["Proposals"] = SignedIn,
        ["Proposals/Export"] = RoleOf(Policies.Oversight).With("format=csv"),
        ["Organizations/{id:int}/Proposals/New"] = SignedIn.Of(Subject.Organization),
        ["Proposals/{id:int}"] = Public.Of(Subject.Proposal),
        ["Proposals/{id:int}/Edit"] = SignedIn.Of(Subject.Proposal),
        ["Proposals/{id:int}/Withdraw"] = SignedIn.Of(Subject.Proposal),

        // Conversations between organizations (issue 13): the delegates of the two sides alone (404 for anyone else).
        ["Organizations/{id:int}/Contact"] = SignedIn.Of(Subject.Organization),
        ["Conversations"] = SignedIn,
        ["Conversations/{id:int}"] = SignedIn.Of(Subject.Conversation),
        ["Moderation/Messages"] = RoleOf(Policies.Moderation),

        // Notifications: the handler's id names one of the user's notifications.
        ["Notifications"] = SignedIn,
        ["POST Notifications?handler=Open"] = SignedIn.Of(Subject.Notification),

        // Moderation and staff (also covered by the folders above)
        ["Moderation"] = RoleOf(Policies.Moderation),
        ["Moderation/Organizations"] = RoleOf(Policies.Moderation),
        ["Moderation/Organizations/Review/{id:int}"] = RoleOf(Policies.Moderation).Of(Subject.Organization),
        ["Moderation/Proposals/Review/{id:int}"] = RoleOf(Policies.Moderation).Of(Subject.Proposal),
        ["Staff/Dashboard"] = RoleOf(Policies.Staff),
        ["Admin"] = RoleOf(Policies.Staff),
        ["Admin/Users"] = RoleOf(Policies.Admin),
        ["Admin/Users/Details"] = RoleOf(Policies.Admin),
        ["Admin/Users/Invite"] = RoleOf(Policies.Admin),
        ["Admin/Users/Lock"] = RoleOf(Policies.Admin),
        ["Admin/Users/TakeRole"] = RoleOf(Policies.Admin),

        // JSON API: reads are public (what is public); writes need a signed-in caller.
        ["api/v1/organizations"] = Public,
        ["api/v1/organizations/{id:int}"] = Public.Of(Subject.Organization),
        ["api/v1/organizations/{id:int}/matches"] = Public.Of(Subject.Organization),
        ["api/v1/gaps"] = Public,
        ["api/v1/gaps/{id:int}"] = Public.Of(Subject.Gap),
        ["api/v1/gaps/{id:int}/matches"] = Public.Of(Subject.Gap),
        ["api/v1/initiatives"] = Public,
        ["api/v1/initiatives/{id:int}"] = Public.Of(Subject.Initiative),

        // Initiative invitations (issue 13): only an invited organization's delegates answer (404 for anyone else).
        ["POST api/v1/initiatives/{id:int}/accept"] = SignedIn.Of(Subject.Initiative),
        ["POST api/v1/initiatives/{id:int}/decline"] = SignedIn.Of(Subject.Initiative),
        ["api/v1/matches/search"] = Public,
        ["api/v1/auth/token"] = Public,
        ["api/v1/proposals"] = SignedIn,
        ["GET api/v1/proposals/{id:int}"] = Public.Of(Subject.Proposal),
        ["POST api/v1/proposals/{id:int}/submit"] = SignedIn.Of(Subject.Proposal),
        ["POST api/v1/proposals/{id:int}/withdraw"] = SignedIn.Of(Subject.Proposal),
        ["POST api/v1/proposals/{id:int}/resubmit"] = SignedIn.Of(Subject.Proposal),
        ["POST api/v1/proposals/{id:int}/approve"] = SignedIn.Of(Subject.Proposal),
        ["POST api/v1/proposals/{id:int}/reject"] = SignedIn.Of(Subject.Proposal),
        ["POST api/v1/proposals/{id:int}/request-changes"] = SignedIn.Of(Subject.Proposal),

        // Partner consent (issue 13): a partner organization's delegates answer, the proposer drops a partner.
        ["POST api/v1/proposals/{id:int}/accept"] = SignedIn.Of(Subject.Proposal),
        ["POST api/v1/proposals/{id:int}/decline"] = SignedIn.Of(Subject.Proposal),
        ["POST api/v1/proposals/{id:int}/drop-partner"] = SignedIn.Of(Subject.Proposal),

        // Conversations (issue 13): the caller's own, and writing to an organization they can see.
        ["api/v1/conversations"] = SignedIn,
        ["api/v1/conversations/{id:int}"] = SignedIn.Of(Subject.Conversation),
        ["POST api/v1/conversations/{id:int}/messages"] = SignedIn.Of(Subject.Conversation),
        ["POST api/v1/organizations/{id:int}/contact"] = SignedIn.Of(Subject.Organization),

        // Operations: health checks. (The benchmark baseline and the shutdown drill are not the
        // portal's: tests and scripts/load-test.sh add them from tests/WorkwaysPortal.TestHost.)
        ["health/live"] = Public,
        ["health/ready"] = Public,

        // MapStaticAssets' fallback for files added after the build (Development and Testing only).
        ["{**path:file}"] = Public,
    };

    /// <summary>
    /// POSTs that need no antiforgery token (ASVS 3.5.1's documented exceptions): they change nothing a
    /// forged request could exploit.
    /// </summary>
    public static IReadOnlyDictionary<string, string> TokenFreePosts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["POST api/v1/matches/search"] = "read-only search; anonymous, rate-limited (RateLimiting:MatchSearch)",
        ["POST api/v1/auth/token"] = "the credentials are the request body and the token is the response; no cookie is read or set; rate-limited (RateLimiting:SignIn)",
        ["POST Error"] = "renders the error page for a refused POST (status code pages re-execute with the request's method)",
    };

    /// <summary>The rule for an endpoint: its own key, then its route, then its folder; null when none.</summary>
    public static AccessRule? For(PortalEndpoint endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (Routes.TryGetValue(endpoint.Key, out var exact) || Routes.TryGetValue(endpoint.Route, out exact))
        {
            return exact;
        }

        foreach (var (folder, rule) in Folders)
        {
            if (endpoint.Route == folder || endpoint.Route.StartsWith(folder + "/", StringComparison.Ordinal))
            {
                return rule;
            }
        }

        return null;
    }
}
