using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Data;

/// <summary>
/// A user action on a proposal is one transaction: when the database refuses any part of it (here
/// a trigger refuses the audit event), nothing of it remains — no proposal, no partner, no gap change.
/// </summary>
public sealed class ProposalTransactionTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private async Task<T> WithAuditRefusedAsync<T>(string action, Func<Task<T>> act)
    {
        await ExecuteAsync($"""
            CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'refused by the test'; END $$;
            CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_events
                FOR EACH ROW WHEN (NEW.action = '{action}') EXECUTE FUNCTION test_refuse_audit();
            """);
        try
        {
            return await act();
        }
        finally
        {
            await ExecuteAsync("DROP TRIGGER test_refuse_audit ON audit_events; DROP FUNCTION test_refuse_audit();");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task A_proposal_whose_submission_cannot_be_audited_is_not_created_at_all()
    {
        var author = await PersonAsync("author@example.org");
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency");
        var url = $"/Organizations/{proposer.Id}/Proposals/New";

        using var response = await WithAuditRefusedAsync("proposal.submitted", () => author.Client.SubmitAsync(url,
        [
            new("Input.Title", "Half made?"), new("Input.Rationale", "No."),
            new("Input.Partners[0].OrganizationId", partner.Id.ToString(CultureInfo.InvariantCulture)),
        ], $"{url}?handler=Submit"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(0, await ProposalCountAsync());
        Assert.Equal(0, await Data.QueryAsync(db => db.ProposalTargets.CountAsync()));
        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task An_approval_that_cannot_be_audited_leaves_the_proposal_and_its_gap_as_they_were()
    {
        var author = await PersonAsync("author@example.org");
        var moderator = await PersonAsync("marta@example.org", Roles.Moderator);
        var proposer = await OrganizationAsync("Proposer Network", delegates: author.Id);
        var partner = await OrganizationAsync("Partner Agency");
        var gap = await GapAsync(partner.Id);
        var id = await ProposalAsync(proposer.Id, author.Id, [partner.Id], ProposalState.Submitted, gap.Id);
        var url = $"/Moderation/Proposals/Review/{id}";

        using var response = await WithAuditRefusedAsync("proposal.approved", () => moderator.Client.SubmitAsync(url, [], $"{url}?handler=Approve"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(ProposalState.Submitted, (await StoredAsync(id)).State);
        Assert.Equal(GapStatus.Open, (await Data.QueryAsync(db => db.Gaps.SingleAsync())).Status);
        Assert.Equal(0, await AuditCountAsync());
    }
}
