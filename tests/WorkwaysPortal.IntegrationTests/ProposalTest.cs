using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests;

/// <summary>
/// Base of the proposal and moderation tests: organizations with delegates, proposals put in any
/// state of the workflow directly in the database (no audit events, so a test counts only what the
/// portal records), gaps, and signed-in clients that know their user id.
/// </summary>
public abstract class ProposalTest(PortalDatabaseFixture database) : PortalTest(database)
{
    public static readonly Guid SeedModerator = Guid.Parse("00000000-0000-0000-0000-00000000a0d0");
    public const string SeedModeratorName = "Seed Moderator";
    public static readonly Guid SeedPartner = Guid.Parse("00000000-0000-0000-0000-00000000a0d1");
    public const string SeedPartnerName = "Seed Partner";

    protected sealed record Person(PortalClient Client, Guid Id, string Email);

    /// <summary>A user (delegate role plus <paramref name="roles"/>) signed in on a client of their own.</summary>
    protected async Task<Person> PersonAsync(string email, params string[] roles)
    {
        var user = await Data.UserAsync(email, roles);
        var client = NewClient();
        await client.SignInAsync(email, TestData.Password);
        return new Person(client, user.Id, email);
    }

    /// <summary>A verified organization of the directory, with the given delegates.</summary>
    protected async Task<Organization> OrganizationAsync(string name, string sector = "civil-society", string[]? countries = null, params Guid[] delegates)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTimeOffset.UtcNow;
        var organization = Organization.Imported(TestData.Profile(name, sector, countries), now);
        foreach (var id in delegates)
        {
            organization.AddMember(id, now);
        }

        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization;
    }

    protected async Task<Gap> GapAsync(int? raisedBy, string title = "Technical and labour training for migrants")
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var gap = Gap.Raise(raisedBy, new GapDetails(title, "Agriculture and services.", ["vocational-training"], ["GT"], [18], GapPriority.High), null, DateTimeOffset.UtcNow);
        db.Gaps.Add(gap);
        await db.SaveChangesAsync();
        return gap;
    }

    /// <summary>
    /// A proposal brought to <paramref name="state"/> through the Domain's own workflow: every partner
    /// accepts before it reaches moderation (none has answered while it awaits partners).
    /// </summary>
    protected async Task<int> ProposalAsync(
        int proposerId, Guid author, int[] partners, ProposalState state = ProposalState.Draft, int? gapId = null,
        string title = "Training for migrant nurses", string rationale = "Together we place trained nurses.",
        DateTimeOffset? at = null)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = at ?? DateTimeOffset.UtcNow;
        var proposal = PartnershipProposal.Draft(
            proposerId,
            new ProposalDetails(title, rationale, "Vocational training.", [.. partners.Select(id => new ProposalPartner(id, "Job placement."))], gapId, null),
            author,
            now);
        var accepted = partners.Distinct().Select(_ => ProposalAction.Accept).ToArray();
        ProposalAction[] steps = state switch
        {
            ProposalState.Draft => [],
            ProposalState.AwaitingPartners => [ProposalAction.Submit],
            ProposalState.Submitted => [ProposalAction.Submit, .. accepted],
            ProposalState.ChangesRequested => [ProposalAction.Submit, .. accepted, ProposalAction.RequestChanges],
            ProposalState.Approved => [ProposalAction.Submit, .. accepted, ProposalAction.Approve],
            ProposalState.Rejected => [ProposalAction.Submit, .. accepted, ProposalAction.Reject],
            _ => [ProposalAction.Submit, ProposalAction.Withdraw],
        };
        var answering = new Queue<int>(partners.Distinct());
        foreach (var step in steps)
        {
            var (id, name, partner) = ProposalWorkflow.ActorOf(step) switch
            {
                ProposalActor.Moderator => (SeedModerator, SeedModeratorName, (int?)null),
                ProposalActor.Partner => (SeedPartner, SeedPartnerName, answering.Dequeue()),
                _ => (author, "Author", null),
            };
            proposal.Apply(step, id, name, ProposalWorkflow.ActorOf(step) == ProposalActor.Partner ? null : "Seed reason.", now, partner);
        }

        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        return proposal.Id;
    }

    protected Task<PartnershipProposal> StoredAsync(int id) =>
        Data.QueryAsync(db => db.Proposals.AsNoTracking().Include(p => p.Targets).SingleAsync(p => p.Id == id));

    protected Task<int> ProposalCountAsync() => Data.QueryAsync(db => db.Proposals.CountAsync());

    /// <summary>The audit actions recorded about a proposal, oldest first.</summary>
    protected Task<List<AuditEvent>> AuditOfAsync(int id)
    {
        var subject = id.ToString(CultureInfo.InvariantCulture);
        return Data.QueryAsync(db => db.AuditEventsBesideSignIns().AsNoTracking()
            .Where(e => e.SubjectType == AuditSubjects.Proposal && e.SubjectId == subject)
            .OrderBy(e => e.Id)
            .ToListAsync());
    }

    protected Task<int> AuditCountAsync() => Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync());
}
