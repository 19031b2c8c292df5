using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations;

public sealed class RegisterTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private static List<KeyValuePair<string, string>> Form(string name = "Asociación de Retornados") =>
    [
        new("Input.Name", name),
        new("Input.Acronym", "AR"),
        new("Input.Sector", "migrant-organization"),
        new("Input.Countries", "GT"),
        new("Input.Countries", "HN"),
        new("Input.Offers", "reintegration"),
        new("Input.Seeks", "vocational-training"),
        new("Input.Languages", "es"),
        new("Input.Website", "https://retornados.example.org"),
        new("Input.Description", "Acompaña a personas migrantes retornadas en su reintegración."),
        new("Input.ContactEmail", "info@retornados.example.org"),
    ];

    [Fact]
    public async Task A_registered_organization_is_pending_visible_to_its_delegate_and_hidden_from_the_public()
    {
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.SubmitAsync("/Organizations/Register", Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var organization = await Data.QueryAsync(db => db.Organizations.Include(o => o.Members).SingleAsync());
        Assert.Equal(VerificationStatus.Pending, organization.Status);
        Assert.Equal(["GT", "HN"], organization.Countries);
        Assert.Single(organization.Members);
        Assert.Equal($"/Organizations/{organization.Id}", response.Headers.Location?.OriginalString);

        var ownPage = await client.GetPageAsync($"/Organizations/{organization.Id}");
        Assert.Contains("Pending review", ownPage, StringComparison.Ordinal);
        Assert.Contains("Pending review", await client.GetPageAsync("/Organizations/Mine"), StringComparison.Ordinal);

        var visitor = NewClient();
        using var publicPage = await visitor.GetAsync($"/Organizations/{organization.Id}");
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
        Assert.DoesNotContain("Asociación de Retornados", await visitor.GetPageAsync("/Organizations"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_and_invalid_fields_are_reported_next_to_each_field_and_nothing_is_saved()
    {
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.SubmitAsync("/Organizations/Register",
        [
            new("Input.Name", ""),
            new("Input.Sector", "not-a-sector"),
            new("Input.Countries", "ZZ"),
            new("Input.Website", "javascript:alert(1)"),
            new("Input.Description", ""),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-valmsg-for=\"Input.Name\"", html, StringComparison.Ordinal);
        Assert.Contains("A name is required.", html, StringComparison.Ordinal);
        Assert.Contains("&quot;not-a-sector&quot; is not a known sector.", html, StringComparison.Ordinal);
        Assert.Contains("&quot;ZZ&quot; is not a known country code.", html, StringComparison.Ordinal);
        Assert.Contains("The website must be an http:// or https:// address.", html, StringComparison.Ordinal);
        Assert.Contains("A description is required.", html, StringComparison.Ordinal);
        Assert.Equal(0, await Data.QueryAsync(db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task A_name_already_in_the_directory_is_refused_whatever_its_accents_and_case()
    {
        await Data.VerifiedAsync(TestData.Profile("Asociacion de Retornados"));
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.SubmitAsync("/Organizations/Register", Form("ASOCIACIÓN DE RETORNADOS"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("An organization with this name is already registered.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Data.QueryAsync(db => db.Organizations.CountAsync()));
    }

    [Theory]
    [InlineData("El\u200B Salvador Retornados")]
    [InlineData("Retornados \u202Edetnruter")]
    [InlineData("Two\nlines")]
    public async Task A_name_with_invisible_characters_or_a_line_break_is_refused_next_to_the_field(string name)
    {
        var client = await SignedInAsync("delegate@example.org");

        using var response = await client.SubmitAsync("/Organizations/Register", Form(name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "This text must be one line, without invisible or direction-changing characters.",
            Html.FieldError(await response.Content.ReadAsStringAsync(), "Input.Name"));
        Assert.Equal(0, await Data.QueryAsync(db => db.Organizations.CountAsync()));
    }

    [Fact]
    public async Task Markup_in_a_description_is_shown_as_text()
    {
        var client = await SignedInAsync("delegate@example.org");
        var form = Form();
        form.RemoveAll(f => f.Key == "Input.Description");
        form.Add(new("Input.Description", "<script>alert('x')</script><img src=x onerror=alert(1)>"));

        using var response = await client.SubmitAsync("/Organizations/Register", form);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", page, StringComparison.Ordinal);
    }
}
