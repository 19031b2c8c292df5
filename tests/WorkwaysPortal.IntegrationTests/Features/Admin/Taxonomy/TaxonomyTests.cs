using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.IntegrationTests.Security;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Admin.Taxonomy;

/// <summary>
/// <c>/Admin/Taxonomy</c>: staff edit country groups, corridors and the names of capabilities and sectors;
/// every edit is audited and seen at once by every instance (the taxonomy is kept between tests, so each
/// test puts back what it changed).
/// </summary>
public sealed class TaxonomyTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    [Fact]
    public async Task A_renamed_capability_shows_at_once_in_the_pickers_of_every_instance_and_the_cached_directory()
    {
        var staff = await PersonAsync("staff@example.org", Roles.Staff);
        await OrganizationAsync("Red Regional");
        await using var other = new ConfiguredPortal(Database.ConnectionString);
        using var otherClient = new PortalClient(other);
        var anonymous = NewClient();
        // Both instances have the old names in memory, and the directory is in the output cache.
        Assert.Contains("Legal aid and regularization advice", await otherClient.GetPageAsync("/Gaps"), StringComparison.Ordinal);
        Assert.Contains("Legal aid and regularization advice", await anonymous.GetPageAsync("/Organizations"), StringComparison.Ordinal);

        try
        {
            using var saved = await staff.Client.SubmitAsync(
                "/Admin/Taxonomy/Label?kind=capability&code=legal-aid", [new("Input.NameEn", "Legal aid"), new("Input.NameEs", "Asesoría jurídica")]);

            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Contains(">Legal aid</option>", await anonymous.GetPageAsync("/Gaps"), StringComparison.Ordinal);
            Assert.Contains(">Legal aid</option>", await anonymous.GetPageAsync("/Organizations"), StringComparison.Ordinal);
            Assert.Contains(">Legal aid</option>", await otherClient.GetPageAsync("/Gaps"), StringComparison.Ordinal);
            Assert.Contains(">Asesoría jurídica</option>", WebUtility.HtmlDecode(await anonymous.GetPageAsync("/Gaps?culture=es")), StringComparison.Ordinal);
            var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync());
            Assert.Equal((AuditActions.TaxonomyLabelChanged, AuditSubjects.Taxonomy, "capability:legal-aid", "staff@example.org"), (audit.Action, audit.SubjectType, audit.SubjectId, audit.ActorName));
        }
        finally
        {
            await Data.QueryAsync(db => db.Capabilities.Where(c => c.Code == "legal-aid").ExecuteUpdateAsync(s => s
                .SetProperty(c => c.NameEn, "Legal aid and regularization advice")
                .SetProperty(c => c.NameEs, "Asistencia jurídica y asesoría para la regularización")));
        }
    }

    [Fact]
    public async Task A_new_country_group_and_corridor_are_offered_by_find_partners_at_once_and_audited()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        try
        {
            using var group = await admin.Client.SubmitAsync(
                "/Admin/Taxonomy/Group", [new("Input.NameEn", "Andean Test Group"), new("Input.NameEs", "Grupo Andino de Prueba"), new("Countries", "PE"), new("Countries", "CO")]);
            using var corridor = await admin.Client.SubmitAsync("/Admin/Taxonomy", [new("origin", "PE"), new("destination", "CL")], "/Admin/Taxonomy?handler=AddCorridor");

            Assert.Equal(HttpStatusCode.Redirect, group.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, corridor.StatusCode);
            var find = WebUtility.HtmlDecode(await NewClient().GetPageAsync("/Partners/Find"));
            Assert.Contains("Andean Test Group", find, StringComparison.Ordinal);
            Assert.Contains("value=\"PE-CL\"", find, StringComparison.Ordinal);
            var stored = await Data.QueryAsync(db => db.CountryGroups.SingleAsync(g => g.Code == "andean-test-group"));
            Assert.Equal(["CO", "PE"], stored.CountryCodes);

            using var removed = await admin.Client.SubmitAsync("/Admin/Taxonomy", [new("origin", "PE"), new("destination", "CL")], "/Admin/Taxonomy?handler=RemoveCorridor");
            Assert.DoesNotContain("value=\"PE-CL\"", await NewClient().GetPageAsync("/Partners/Find"), StringComparison.Ordinal);
            Assert.Equal(
                [AuditActions.TaxonomyGroupSaved, AuditActions.TaxonomyCorridorAdded, AuditActions.TaxonomyCorridorRemoved],
                await Data.QueryAsync(db => db.AuditEventsBesideSignIns().OrderBy(e => e.Id).Select(e => e.Action).ToListAsync()));
        }
        finally
        {
            await Data.QueryAsync(db => db.CountryGroups.Where(g => g.Code == "andean-test-group").ExecuteDeleteAsync());
            await Data.QueryAsync(db => db.Corridors.Where(c => c.OriginCode == "PE" && c.DestinationCode == "CL").ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task A_group_needs_its_names_and_two_countries_and_changes_nothing_otherwise()
    {
        var staff = await PersonAsync("staff@example.org", Roles.Staff);

        using var response = await staff.Client.SubmitAsync("/Admin/Taxonomy/Group?code=northern-triangle", [new("Input.NameEn", ""), new("Input.NameEs", "Triángulo"), new("Countries", "GT")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Enter the name in English.", Html.FieldError(html, "Input.NameEn"));
        Assert.Equal("Choose at least two countries.", Html.FieldError(html, "Countries"));
        var group = await Data.QueryAsync(db => db.CountryGroups.SingleAsync(g => g.Code == "northern-triangle"));
        Assert.Equal(["GT", "HN", "SV"], group.CountryCodes);
        Assert.Equal(0, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync()));
    }

    [Fact]
    public async Task An_unknown_term_is_a_404()
    {
        var staff = await PersonAsync("staff@example.org", Roles.Staff);

        foreach (var url in new[] { "/Admin/Taxonomy/Group?code=nothing", "/Admin/Taxonomy/Label?kind=sector&code=nothing", "/Admin/Taxonomy/Label?kind=country&code=GT", "/Admin/Taxonomy/Label" })
        {
            using var response = await staff.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
