using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account.Manage;

/// <summary>Changing the address: confirmed again through a link to the new one; the old one is told.</summary>
public sealed class EmailTests(PortalDatabaseFixture database) : PortalTest(database), IDisposable
{
    private readonly Mailbox _mailbox = new(database.App);

    [Fact]
    public async Task The_new_address_becomes_the_accounts_when_its_link_is_opened_and_the_old_one_is_told()
    {
        var client = await SignedInAsync("old@example.org");

        using var asked = await client.SubmitAsync("/Account/Manage/Email", [new("Input.NewEmail", "new@example.org"), new("Input.CurrentPassword", TestData.Password)]);
        Assert.Equal("old@example.org", await Data.QueryAsync(db => db.Users.Select(u => u.Email).SingleAsync()));
        var link = Mailbox.LinkTo(Assert.Single(await _mailbox.ToAsync("new@example.org")), "/Account/ConfirmEmailChange");
        using var confirmed = await client.SubmitAsync(link, []);

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var user = await Data.QueryAsync(db => db.Users.AsNoTracking().SingleAsync());
        Assert.Equal("new@example.org", user.Email);
        Assert.Equal("new@example.org", user.UserName);
        Assert.True(user.EmailConfirmed);
        Assert.Equal("The email address of your Workways Portal account was changed", Assert.Single(await _mailbox.ToAsync("old@example.org")).Subject);
        Assert.Contains("title=\"new@example.org\"", await client.GetPageAsync("/Account/Manage"), StringComparison.Ordinal);
        await NewClient().SignInAsync("new@example.org", TestData.Password);
    }

    [Fact]
    public async Task An_address_of_another_account_gets_the_same_answer_and_no_link()
    {
        await Data.UserAsync("taken@example.org");
        var client = await SignedInAsync("ana@example.org");

        using var taken = await client.SubmitAsync("/Account/Manage/Email", [new("Input.NewEmail", "taken@example.org"), new("Input.CurrentPassword", TestData.Password)]);
        var takenMessage = Html.StatusMessage(await client.GetPageAsync("/Account/Manage/Email"));
        using var free = await client.SubmitAsync("/Account/Manage/Email", [new("Input.NewEmail", "free@example.org"), new("Input.CurrentPassword", TestData.Password)]);
        var freeMessage = Html.StatusMessage(await client.GetPageAsync("/Account/Manage/Email"));

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(taken.StatusCode, free.StatusCode);
        Assert.Equal(freeMessage?.Replace("free@", "taken@", StringComparison.Ordinal), takenMessage);
        Assert.Empty(await _mailbox.ToAsync("taken@example.org"));
        Assert.Single(await _mailbox.ToAsync("free@example.org"));
    }

    [Fact]
    public async Task The_current_password_is_needed()
    {
        var client = await SignedInAsync("ana@example.org");

        using var response = await client.SubmitAsync("/Account/Manage/Email", [new("Input.NewEmail", "new@example.org"), new("Input.CurrentPassword", "not my password")]);

        Assert.Equal("The password is not correct.", Html.FieldError(await response.Content.ReadAsStringAsync(), "Input.CurrentPassword"));
        Assert.Empty(await _mailbox.DeliverAsync());
    }

    public void Dispose() => _mailbox.Dispose();
}
