using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Taxonomy;
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
            var form = await staff.Client.GetPageAsync("/Admin/Taxonomy/Label?kind=capability&code=legal-aid");
            Assert.Contains("name=\"Input.Names[pt]\" value=\"Assistência jurídica e orientação para a regularização\"", WebUtility.HtmlDecode(form), StringComparison.Ordinal);

            // Portuguese left empty: Portuguese readers see the English name.
            using var saved = await staff.Client.SubmitAsync(
                "/Admin/Taxonomy/Label?kind=capability&code=legal-aid",
                [new("Input.Names[en]", "Legal aid"), new("Input.Names[es]", "Asesoría jurídica"), new("Input.Names[fr]", "Aide juridique"), new("Input.Names[pt]", "")]);

            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Contains(">Legal aid</option>", await anonymous.GetPageAsync("/Gaps"), StringComparison.Ordinal);
            Assert.Contains(">Legal aid</option>", await anonymous.GetPageAsync("/Organizations"), StringComparison.Ordinal);
            Assert.Contains(">Legal aid</option>", await otherClient.GetPageAsync("/Gaps"), StringComparison.Ordinal);
            Assert.Contains(">Asesoría jurídica</option>", WebUtility.HtmlDecode(await anonymous.GetPageAsync("/Gaps?culture=es")), StringComparison.Ordinal);
            Assert.Contains(">Aide juridique</option>", WebUtility.HtmlDecode(await anonymous.GetPageAsync("/Gaps?culture=fr")), StringComparison.Ordinal);
            Assert.Contains(">Legal aid</option>", WebUtility.HtmlDecode(await anonymous.GetPageAsync("/Gaps?culture=pt")), StringComparison.Ordinal);
            var stored = await Data.QueryAsync(db => db.Capabilities.SingleAsync(c => c.Code == "legal-aid"));
            Assert.Equal(["en", "es", "fr"], stored.Names.All.Keys);
            var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync());
            Assert.Equal((AuditActions.TaxonomyLabelChanged, AuditSubjects.Taxonomy, "capability:legal-aid", "staff@example.org"), (audit.Action, audit.SubjectType, audit.SubjectId, audit.ActorName));
            using var details = System.Text.Json.JsonDocument.Parse(audit.Details!);
            Assert.Equal("Aide juridique", details.RootElement.GetProperty("after").GetProperty("fr").GetString());
            Assert.Equal("Assistência jurídica e orientação para a regularização", details.RootElement.GetProperty("before").GetProperty("pt").GetString());
        }
        finally
        {
            var seed = SeedTaxonomy.Capabilities.Single(c => c.Code == "legal-aid").Names;
            await Data.QueryAsync(db => db.Capabilities.Where(c => c.Code == "legal-aid").ExecuteUpdateAsync(s => s.SetProperty(c => c.Names, seed)));
        }
    }

    [Fact]
    public async Task A_new_country_group_and_corridor_are_offered_by_find_partners_at_once_and_audited()
    {
        var admin = await PersonAsync("admin@example.org", Roles.Admin);
        try
        {
            using var group = await admin.Client.SubmitAsync(
                "/Admin/Taxonomy/Group",
                [new("Input.Names[en]", "Andean Test Group"), new("Input.Names[es]", "Grupo Andino de Prueba"), new("Input.Names[fr]", "Groupe andin d'essai"), new("Input.Names[pt]", "Grupo Andino de Teste"), new("Countries", "PE"), new("Countries", "CO")]);
            using var corridor = await admin.Client.SubmitAsync("/Admin/Taxonomy", [new("origin", "PE"), new("destination", "CL")], "/Admin/Taxonomy?handler=AddCorridor");

            Assert.Equal(HttpStatusCode.Redirect, group.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, corridor.StatusCode);
            var find = WebUtility.HtmlDecode(await NewClient().GetPageAsync("/Partners/Find"));
            Assert.Contains("Andean Test Group", find, StringComparison.Ordinal);
            Assert.Contains("value=\"PE-CL\"", find, StringComparison.Ordinal);
            Assert.Contains("Groupe andin d'essai", WebUtility.HtmlDecode(await NewClient().GetPageAsync("/Partners/Find?culture=fr")), StringComparison.Ordinal);
            var stored = await Data.QueryAsync(db => db.CountryGroups.SingleAsync(g => g.Code == "andean-test-group"));
            Assert.Equal(["CO", "PE"], stored.CountryCodes);
            Assert.Equal("Grupo Andino de Teste", stored.NameIn("pt"));

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
    public async Task A_group_and_a_corridor_may_name_any_country_of_the_world()
    {
        var staff = await PersonAsync("staff@example.org", Roles.Staff);
        try
        {
            using var group = await staff.Client.SubmitAsync(
                "/Admin/Taxonomy/Group", [new("Input.Names[en]", "Sahel Route"), new("Countries", "SN"), new("Countries", "ML"), new("Countries", "ES")]);
            using var corridor = await staff.Client.SubmitAsync("/Admin/Taxonomy", [new("origin", "SN"), new("destination", "ES")], "/Admin/Taxonomy?handler=AddCorridor");

            Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (group.StatusCode, corridor.StatusCode));
            Assert.Equal(["ES", "ML", "SN"], (await Data.QueryAsync(db => db.CountryGroups.SingleAsync(g => g.Code == "sahel-route"))).CountryCodes);
            var find = WebUtility.HtmlDecode(await NewClient().GetPageAsync("/Partners/Find?culture=fr"));
            Assert.Contains("value=\"SN-ES\"", find, StringComparison.Ordinal);
            Assert.Contains(">Sénégal</option>", find, StringComparison.Ordinal);
            // The Americas first, then the other regions, one optgroup per sub-region.
            Assert.True(
                find.IndexOf("<optgroup label=\"Amérique du Nord\">", StringComparison.Ordinal) < find.IndexOf("<optgroup label=\"Europe du Sud\">", StringComparison.Ordinal)
                && find.IndexOf("<optgroup label=\"Europe du Sud\">", StringComparison.Ordinal) < find.IndexOf("<optgroup label=\"Afrique de l'Ouest\">", StringComparison.Ordinal));
        }
        finally
        {
            await Data.QueryAsync(db => db.CountryGroups.Where(g => g.Code == "sahel-route").ExecuteDeleteAsync());
            await Data.QueryAsync(db => db.Corridors.Where(c => c.OriginCode == "SN" && c.DestinationCode == "ES").ExecuteDeleteAsync());
        }
    }

    [Fact]
    public async Task A_group_needs_its_names_and_two_countries_and_changes_nothing_otherwise()
    {
        var staff = await PersonAsync("staff@example.org", Roles.Staff);

        using var response = await staff.Client.SubmitAsync("/Admin/Taxonomy/Group?code=northern-triangle", [new("Input.Names[en]", ""), new("Input.Names[es]", "Triángulo"), new("Countries", "GT")]);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Enter the name in English.", Html.FieldError(html, "Input.Names[en]"));
        Assert.Equal("Choose at least two countries.", Html.FieldError(html, "Countries"));
        var group = await Data.QueryAsync(db => db.CountryGroups.SingleAsync(g => g.Code == "northern-triangle"));
        Assert.Equal(["GT", "HN", "SV"], group.CountryCodes);
        Assert.Equal("Triángulo Norte de Centroamérica", group.NameIn("es"));
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
