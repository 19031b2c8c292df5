using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Proposals;

public sealed class ProposalsApiTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private sealed record Cast(Person Author, Person Partner, Person Outsider, Person Moderator, int ProposerId, int PartnerId, int OutsiderOrgId);

    private async Task<Cast> CastAsync()
    {
        var author = await PersonAsync("author@example.org");
        var partner = await PersonAsync("partner@example.org");
        var outsider = await PersonAsync("outsider@example.org");
        var moderator = await PersonAsync("marta@example.org", Roles.Moderator);
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var invited = await OrganizationAsync("Invited Agency", delegates: partner.Id);
        var other = await OrganizationAsync("Outsider Org", delegates: outsider.Id);
        return new Cast(author, partner, outsider, moderator, proposer.Id, invited.Id, other.Id);
    }

    /// <summary>An API client that never signed in with the cookie: it authenticates with a bearer token from <c>POST /api/v1/auth/token</c>.</summary>
    private async Task<HttpClient> BearerAsync(string email)
    {
        var client = NewClient().Http;
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = TestData.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private static object Body(int proposerId, params int[] partners) => new
    {
        proposerOrganizationId = proposerId,
        title = "Nurses into jobs",
        rationale = "Trained nurses, open positions.",
        proposerContribution = "Courses.",
        partners = partners.Select(id => new { organizationId = id, contribution = "Placement." }).ToArray(),
    };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        // Read as a string (kept by the content), so that a test may read the body more than once.
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (await JsonAsync(response)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_bearer_client_creates_a_draft_and_gets_201_with_its_location()
    {
        var cast = await CastAsync();
        var api = await BearerAsync(cast.Author.Email);

        using var response = await api.PostAsJsonAsync("/api/v1/proposals", Body(cast.ProposerId, cast.PartnerId));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await JsonAsync(response);
        var id = json.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/proposals/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("draft", json.GetProperty("state").GetString());
        Assert.Equal("Proposer Network", json.GetProperty("proposer").GetProperty("name").GetString());
        var partner = Assert.Single(json.GetProperty("partners").EnumerateArray());
        Assert.Equal((cast.PartnerId, "Invited Agency", "Placement."), (partner.GetProperty("organizationId").GetInt32(), partner.GetProperty("name").GetString(), partner.GetProperty("contribution").GetString()));
        Assert.Equal(AuditActions.ProposalDrafted, Assert.Single(json.GetProperty("history").EnumerateArray()).GetProperty("action").GetString());
    }

    [Fact]
    public async Task Creating_with_submit_true_submits_in_the_same_transaction()
    {
        var cast = await CastAsync();
        var api = await BearerAsync(cast.Author.Email);

        using var response = await api.PostAsJsonAsync("/api/v1/proposals", new
        {
            proposerOrganizationId = cast.ProposerId,
            title = "Now",
            rationale = "Why.",
            partners = new[] { new { organizationId = cast.PartnerId } },
            submit = true,
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await JsonAsync(response)).GetProperty("id").GetInt32();
        Assert.Equal(ProposalState.AwaitingPartners, (await StoredAsync(id)).State);
        Assert.Equal([AuditActions.ProposalDrafted, AuditActions.ProposalSubmitted], (await AuditOfAsync(id)).Select(e => e.Action));
    }

    [Fact]
    public async Task A_cookie_call_without_the_antiforgery_token_is_refused_and_writes_nothing()
    {
        var cast = await CastAsync();

        using var response = await cast.Author.Client.Http.PostAsJsonAsync("/api/v1/proposals", Body(cast.ProposerId, cast.PartnerId));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await ProposalCountAsync());
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task A_cookie_call_with_the_antiforgery_header_is_accepted()
    {
        var cast = await CastAsync();
        var token = PortalClient.AntiforgeryToken(await cast.Author.Client.GetPageAsync("/Proposals"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/proposals") { Content = JsonContent.Create(Body(cast.ProposerId, cast.PartnerId)) };
        request.Headers.Add("RequestVerificationToken", token);

        using var response = await cast.Author.Client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, await ProposalCountAsync());
    }

    [Fact]
    public async Task Anonymous_and_bad_bearer_calls_are_401_even_with_a_cookie()
    {
        var cast = await CastAsync();
        using var badBearer = new HttpRequestMessage(HttpMethod.Post, "/api/v1/proposals") { Content = JsonContent.Create(Body(cast.ProposerId, cast.PartnerId)) };
        badBearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        using var anonymous = await NewClient().Http.PostAsJsonAsync("/api/v1/proposals", Body(cast.ProposerId, cast.PartnerId));
        using var withCookie = await cast.Author.Client.Http.SendAsync(badBearer);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withCookie.StatusCode);
        Assert.Equal(0, await ProposalCountAsync());
    }

    [Fact]
    public async Task A_bearer_token_does_not_sign_in_to_the_pages()
    {
        var cast = await CastAsync();
        var api = await BearerAsync(cast.Author.Email);

        using var page = await api.GetAsync("/Proposals");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task A_delegate_cannot_propose_for_an_organization_they_do_not_belong_to()
    {
        var cast = await CastAsync();
        var api = await BearerAsync(cast.Outsider.Email);

        using var forged = await api.PostAsJsonAsync("/api/v1/proposals", Body(cast.ProposerId, cast.PartnerId));
        using var unknown = await api.PostAsJsonAsync("/api/v1/proposals", Body(999_999, cast.PartnerId));

        await AssertProblemAsync(forged, HttpStatusCode.Forbidden);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        Assert.Equal(0, await ProposalCountAsync());
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task Bad_input_is_400_with_field_errors_and_writes_nothing()
    {
        var cast = await CastAsync();
        var api = await BearerAsync(cast.Author.Email);

        using var response = await api.PostAsJsonAsync("/api/v1/proposals", new
        {
            proposerOrganizationId = cast.ProposerId,
            title = "",
            partners = new[] { new { organizationId = cast.PartnerId }, new { organizationId = 424_242 } },
            gapId = 515_151,
            submit = true,
        });
        using var noBody = await api.PostAsync("/api/v1/proposals", new StringContent("", Encoding.UTF8, "application/json"));
        using var malformed = await api.PostAsync("/api/v1/proposals", new StringContent("{\"title\": [", Encoding.UTF8, "application/json"));
        using var wrongType = await api.PostAsync("/api/v1/proposals", new StringContent("{\"proposerOrganizationId\": \"x\"}", Encoding.UTF8, "application/json"));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.Equal("A title is required.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("Explain why this partnership makes sense before submitting it.", errors.GetProperty("rationale")[0].GetString());
        Assert.Equal("Organization 424242 is not a verified organization of the directory.", errors.GetProperty("partners[1].organizationId")[0].GetString());
        Assert.True(errors.TryGetProperty("gapId", out _));
        Assert.Equal(HttpStatusCode.BadRequest, noBody.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(0, await ProposalCountAsync());
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task Field_errors_follow_the_callers_language()
    {
        var cast = await CastAsync();
        var api = await BearerAsync(cast.Author.Email);

        using var response = await api.PostAsJsonAsync("/api/v1/proposals?culture=es", new { proposerOrganizationId = cast.ProposerId, title = "", partners = new[] { new { organizationId = cast.PartnerId } } });

        Assert.Equal("El título es obligatorio.", (await JsonAsync(response)).GetProperty("errors").GetProperty("title")[0].GetString());
    }

    [Fact]
    public async Task Get_shows_a_proposal_only_to_those_who_may_see_it()
    {
        var cast = await CastAsync();
        var draft = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId]);
        var submitted = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted);
        var author = await BearerAsync(cast.Author.Email);
        var partner = await BearerAsync(cast.Partner.Email);
        var moderator = await BearerAsync(cast.Moderator.Email);
        var outsider = await BearerAsync(cast.Outsider.Email);
        var anonymous = NewClient().Http;

        async Task<HttpStatusCode> StatusAsync(HttpClient client, int id)
        {
            using var response = await client.GetAsync(new Uri($"/api/v1/proposals/{id}", UriKind.Relative));
            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(author, draft));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(partner, draft));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(moderator, draft));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(outsider, draft));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anonymous, draft));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(author, submitted));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(partner, submitted));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(moderator, submitted));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(cast.Moderator.Client.Http, submitted));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(outsider, submitted));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anonymous, submitted));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(author, 999_999));
    }

    public static TheoryData<ProposalState, string> EveryStateAndStep()
    {
        var data = new TheoryData<ProposalState, string>();
        foreach (var state in Enum.GetValues<ProposalState>())
        {
            foreach (var step in new[] { "submit", "withdraw", "resubmit", "approve", "reject", "request-changes" })
            {
                data.Add(state, step);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStateAndStep))]
    public async Task Each_step_moves_as_the_workflow_says_or_is_409_and_changes_nothing(ProposalState state, string step)
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], state);
        var action = step switch
        {
            "submit" => ProposalAction.Submit,
            "withdraw" => ProposalAction.Withdraw,
            "resubmit" => ProposalAction.Resubmit,
            "approve" => ProposalAction.Approve,
            "reject" => ProposalAction.Reject,
            _ => ProposalAction.RequestChanges,
        };
        var moderatorStep = ProposalWorkflow.ActorOf(action) == ProposalActor.Moderator;
        var api = await BearerAsync(moderatorStep ? cast.Moderator.Email : cast.Author.Email);
        var before = await StoredAsync(id);

        using var response = await api.PostAsJsonAsync($"/api/v1/proposals/{id}/{step}", new { reason = "Because." });

        var after = await StoredAsync(id);
        if (ProposalWorkflow.Step(state, action)?.Target(before.EveryPartnerAccepted) is { } next)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(ProposalText(next), (await JsonAsync(response)).GetProperty("state").GetString());
            Assert.Equal(next, after.State);
            var audit = Assert.Single(await AuditOfAsync(id));
            Assert.Equal((AuditActions.For(action), "Because."), (audit.Action, audit.Reason));
        }
        else
        {
            // Moderators never see drafts, so for them a draft does not exist.
            await AssertProblemAsync(response, moderatorStep && state == ProposalState.Draft ? HttpStatusCode.NotFound : HttpStatusCode.Conflict);
            Assert.Equal((before.State, before.Version), (after.State, after.Version));
            Assert.Empty(await AuditOfAsync(id));
        }
    }

    private static string ProposalText(ProposalState state) => Web.Features.Proposals.ProposalText.Code(state);

    [Fact]
    public async Task The_wrong_role_or_organization_gets_403_or_404_and_nothing_changes()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted);
        var author = await BearerAsync(cast.Author.Email);
        var partner = await BearerAsync(cast.Partner.Email);
        var moderator = await BearerAsync(cast.Moderator.Email);
        var outsider = await BearerAsync(cast.Outsider.Email);

        using var authorApproves = await author.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { });
        using var partnerWithdraws = await partner.PostAsJsonAsync($"/api/v1/proposals/{id}/withdraw", new { });
        using var moderatorWithdraws = await moderator.PostAsJsonAsync($"/api/v1/proposals/{id}/withdraw", new { });
        using var outsiderRejects = await outsider.PostAsJsonAsync($"/api/v1/proposals/{id}/reject", new { reason = "No." });

        await AssertProblemAsync(authorApproves, HttpStatusCode.Forbidden);
        await AssertProblemAsync(partnerWithdraws, HttpStatusCode.Forbidden);
        await AssertProblemAsync(moderatorWithdraws, HttpStatusCode.Forbidden);
        await AssertProblemAsync(outsiderRejects, HttpStatusCode.NotFound);
        Assert.Equal(ProposalState.Submitted, (await StoredAsync(id)).State);
        Assert.Empty(await AuditOfAsync(id));
    }

    [Fact]
    public async Task A_moderator_cannot_decide_a_proposal_of_their_own_organization()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId, cast.OutsiderOrgId], ProposalState.Submitted);
        await Data.QueryAsync(async db =>
        {
            var organization = await db.Organizations.FindAsync(cast.OutsiderOrgId);
            organization!.AddMember(cast.Moderator.Id, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var moderator = await BearerAsync(cast.Moderator.Email);

        using var response = await moderator.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { });

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("another moderator must decide it", (await JsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(ProposalState.Submitted, (await StoredAsync(id)).State);
    }

    [Theory]
    [InlineData("reject")]
    [InlineData("request-changes")]
    public async Task Refusals_need_a_reason(string step)
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted);
        var moderator = await BearerAsync(cast.Moderator.Email);

        using var noBody = await moderator.PostAsync(new Uri($"/api/v1/proposals/{id}/{step}", UriKind.Relative), null);
        using var blank = await moderator.PostAsJsonAsync($"/api/v1/proposals/{id}/{step}", new { reason = "  " });
        using var tooLong = await moderator.PostAsJsonAsync($"/api/v1/proposals/{id}/{step}", new { reason = new string('x', PartnershipProposal.ReasonMaxLength + 1) });

        foreach (var response in new[] { noBody, blank, tooLong })
        {
            await AssertProblemAsync(response, HttpStatusCode.BadRequest);
            Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("reason", out _));
        }

        Assert.Equal(ProposalState.Submitted, (await StoredAsync(id)).State);
        Assert.Empty(await AuditOfAsync(id));
    }

    [Fact]
    public async Task Approving_through_the_api_marks_the_gap_being_addressed()
    {
        var cast = await CastAsync();
        var gap = await GapAsync(cast.PartnerId);
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted, gap.Id);
        var moderator = await BearerAsync(cast.Moderator.Email);

        using var response = await moderator.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal(("approved", "marta"), (json.GetProperty("state").GetString(), json.GetProperty("decidedBy").GetString()));
        Assert.Equal(GapStatus.BeingAddressed, (await Data.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Gaps))).Status);
    }

    [Fact]
    public async Task Concurrent_api_decisions_give_one_200_and_one_409()
    {
        var cast = await CastAsync();
        var pablo = await PersonAsync("pablo@example.org", Roles.Moderator);
        var marta = await BearerAsync(cast.Moderator.Email);
        var other = await BearerAsync(pablo.Email);
        for (var round = 0; round < 8; round++)
        {
            var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.Submitted);
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var approve = Task.Run(async () => { await start.Task; return await marta.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { }); });
            var reject = Task.Run(async () => { await start.Task; return await other.PostAsJsonAsync($"/api/v1/proposals/{id}/request-changes", new { reason = "More." }); });

            start.SetResult();
            var responses = await Task.WhenAll(approve, reject);

            var statuses = responses.Select(r => r.StatusCode).ToList();
            Assert.Single(statuses, HttpStatusCode.OK);
            Assert.Single(statuses, HttpStatusCode.Conflict);
            var winner = statuses[0] == HttpStatusCode.OK ? "marta" : "pablo";
            var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
            Assert.Equal($"This proposal has already been decided by {winner}.", (await JsonAsync(loser)).GetProperty("detail").GetString());
            Assert.Single(await AuditOfAsync(id));
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task The_token_endpoint_refuses_wrong_passwords_and_holds_back_like_the_sign_in_page()
    {
        await Data.UserAsync("someone@example.org");
        var client = NewClient().Http;

        using var missing = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "" });
        using var unknown = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "nobody@example.org", password = "whatever1234" });
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "someone@example.org", password = "wrong password" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var locked = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "someone@example.org", password = TestData.Password });

        await AssertProblemAsync(missing, HttpStatusCode.BadRequest);
        Assert.True((await JsonAsync(missing)).GetProperty("errors").TryGetProperty("password", out _));
        await AssertProblemAsync(unknown, HttpStatusCode.Unauthorized);
        await AssertProblemAsync(locked, HttpStatusCode.Unauthorized);
        Assert.Contains("has to wait", (await JsonAsync(locked)).GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partners_delegate_accepts_over_the_api_and_the_proposal_reaches_moderation()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.AwaitingPartners);
        var partner = await BearerAsync(cast.Partner.Email);

        using var response = await partner.PostAsJsonAsync($"/api/v1/proposals/{id}/accept", new { message = "Glad to." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal("submitted", json.GetProperty("state").GetString());
        var answer = json.GetProperty("partners")[0];
        Assert.Equal(("accepted", "Glad to."), (answer.GetProperty("answer").GetString(), answer.GetProperty("message").GetString()));
        var audit = Assert.Single(await AuditOfAsync(id));
        Assert.Equal((AuditActions.ProposalAccepted, "Glad to.", cast.Partner.Id), (audit.Action, audit.Reason, audit.ActorId));
    }

    [Fact]
    public async Task Answering_for_another_organization_is_403_a_hidden_proposal_404_and_a_second_answer_409()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.AwaitingPartners);
        var partner = await BearerAsync(cast.Partner.Email);
        var author = await BearerAsync(cast.Author.Email);
        var outsider = await BearerAsync(cast.Outsider.Email);

        using var forOther = await author.PostAsJsonAsync($"/api/v1/proposals/{id}/accept", new { organizationId = cast.PartnerId });
        using var forOwnNonPartner = await author.PostAsJsonAsync($"/api/v1/proposals/{id}/accept", new { organizationId = cast.ProposerId });
        using var hidden = await outsider.PostAsJsonAsync($"/api/v1/proposals/{id}/decline", new { organizationId = cast.OutsiderOrgId });
        using var declined = await partner.PostAsJsonAsync($"/api/v1/proposals/{id}/decline", new { organizationId = cast.PartnerId, message = "Not now." });
        using var again = await partner.PostAsJsonAsync($"/api/v1/proposals/{id}/accept", new { organizationId = cast.PartnerId });

        await AssertProblemAsync(forOther, HttpStatusCode.Forbidden);
        await AssertProblemAsync(forOwnNonPartner, HttpStatusCode.Forbidden);
        await AssertProblemAsync(hidden, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        await AssertProblemAsync(again, HttpStatusCode.Conflict);
        var stored = await StoredAsync(id);
        Assert.Equal((ProposalState.AwaitingPartners, PartnerAnswer.Declined, "Not now."), (stored.State, stored.Targets.Single().Answer, stored.Targets.Single().AnswerMessage));
    }

    [Fact]
    public async Task Approving_before_every_partner_accepted_is_refused_and_the_last_partner_cannot_be_dropped()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId], ProposalState.AwaitingPartners);
        var moderator = await BearerAsync(cast.Moderator.Email);
        var author = await BearerAsync(cast.Author.Email);

        using var approve = await moderator.PostAsJsonAsync($"/api/v1/proposals/{id}/approve", new { });
        using var drop = await author.PostAsJsonAsync($"/api/v1/proposals/{id}/drop-partner", new { organizationId = cast.PartnerId });
        using var noPartner = await author.PostAsJsonAsync($"/api/v1/proposals/{id}/drop-partner", new { });

        await AssertProblemAsync(approve, HttpStatusCode.Conflict);
        await AssertProblemAsync(drop, HttpStatusCode.Conflict);
        await AssertProblemAsync(noPartner, HttpStatusCode.BadRequest);
        Assert.Equal(ProposalState.AwaitingPartners, (await StoredAsync(id)).State);
        Assert.Empty(await AuditOfAsync(id));
    }

    [Fact]
    public async Task The_proposer_drops_a_partner_who_declined_and_the_others_acceptance_sends_it_to_moderation()
    {
        var cast = await CastAsync();
        var id = await ProposalAsync(cast.ProposerId, cast.Author.Id, [cast.PartnerId, cast.OutsiderOrgId], ProposalState.AwaitingPartners);
        var partner = await BearerAsync(cast.Partner.Email);
        var outsider = await BearerAsync(cast.Outsider.Email);
        var author = await BearerAsync(cast.Author.Email);

        using var accepted = await partner.PostAsJsonAsync($"/api/v1/proposals/{id}/accept", new { });
        using var declined = await outsider.PostAsJsonAsync($"/api/v1/proposals/{id}/decline", new { });
        using var partnerDrops = await partner.PostAsJsonAsync($"/api/v1/proposals/{id}/drop-partner", new { organizationId = cast.OutsiderOrgId });
        using var dropped = await author.PostAsJsonAsync($"/api/v1/proposals/{id}/drop-partner", new { organizationId = cast.OutsiderOrgId });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (accepted.StatusCode, declined.StatusCode, dropped.StatusCode));
        await AssertProblemAsync(partnerDrops, HttpStatusCode.Forbidden);
        var stored = await StoredAsync(id);
        Assert.Equal((ProposalState.Submitted, cast.PartnerId), (stored.State, stored.Targets.Single().OrganizationId));
        Assert.Equal(
            [AuditActions.ProposalAccepted, AuditActions.ProposalDeclined, AuditActions.ProposalPartnerDropped],
            (await AuditOfAsync(id)).Select(e => e.Action));
    }
}
