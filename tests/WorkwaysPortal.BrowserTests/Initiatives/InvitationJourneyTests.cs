using System.Globalization;
using System.Text.RegularExpressions;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Initiatives;

/// <summary>
/// An initiative's participant is an invitation until accepted (issue 13), in headless Chromium: the lead's
/// delegate invites an organization; its delegate opens the notification, is refused a decline without the
/// confirmation, then accepts; the lead's delegate sees the answer, and the organization's public page
/// lists the initiative — with no browser error and no serious accessibility violation on any page.
/// </summary>
public sealed class InvitationJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_invited_organization_accepts_and_only_then_shows_the_initiative_on_its_page()
    {
        var leadDelegate = await Data.UserAsync("lead@example.org");
        var invitedDelegate = await Data.UserAsync("invited@example.org");
        var lead = await Data.VerifiedAsync(TestData.Profile("Ministry of Labour", "government"), leadDelegate.Id);
        var invited = await Data.VerifiedAsync(TestData.Profile("Employers Council Guatemala"), invitedDelegate.Id);
        var leading = await SignedInAsync(leadDelegate.Email!);
        var answering = await SignedInAsync(invitedDelegate.Email!);
        var anonymous = await NewVisitorAsync();
        var page = leading.Page;

        await leading.OpenAsync($"/Organizations/{lead.Id}/Initiatives/New");
        await page.FillAsync("input[name='Input.Title']", "Seasonal work visas");
        await page.FillAsync("textarea[name='Input.Description']", "Regular pathways for seasonal agricultural work.");
        await page.SelectOptionAsync("select[name='Input.ParticipantOrganizationIds']", invited.Id.ToString(CultureInfo.InvariantCulture));
        await page.ClickAsync("main form button[type='submit']");
        await page.WaitForURLAsync(url => Regex.IsMatch(new Uri(url).AbsolutePath, "^/Initiatives/[0-9]+$"));
        await leading.CheckPageAsync();
        var initiativePath = new Uri(page.Url).AbsolutePath;
        await Expect(page.GetByTestId("invitation").Filter(new() { HasText = "Employers Council Guatemala" })).ToHaveAttributeAsync("data-state", "invited");
        await Expect(page.GetByTestId("participants")).ToHaveCountAsync(0);

        // Not on the invited organization's public page until it accepts.
        await anonymous.OpenAsync($"/Organizations/{invited.Id}");
        await Expect(anonymous.Page.GetByTestId("organization-initiatives")).Not.ToContainTextAsync("Seasonal work visas");

        // The invited delegate follows the notification to the initiative's page.
        await answering.OpenAsync("/Notifications");
        var notification = answering.Page.GetByTestId("notification").Filter(new() { HasText = "Seasonal work visas" });
        await notification.GetByRole(Microsoft.Playwright.AriaRole.Button).ClickAsync();
        await answering.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == initiativePath);
        await answering.CheckPageAsync();
        var form = answering.Page.GetByTestId("invitation-answer-form");

        // Declining needs the confirmation; without it nothing is answered.
        await form.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Decline", Exact = true }).ClickAsync();
        await Expect(answering.Page.GetByText("Tick the box to confirm that you decline the invitation.")).ToBeVisibleAsync();
        await answering.CheckPageAsync();

        await answering.Page.GetByTestId("invitation-answer-form").GetByLabel("Message to the lead organization (optional)").FillAsync("Glad to take part.");
        await answering.Page.GetByTestId("invitation-answer-form").GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Accept", Exact = true }).ClickAsync();
        await answering.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == initiativePath);
        await answering.CheckPageAsync();
        await Expect(answering.Page.GetByTestId("invitation-answer-form")).ToHaveCountAsync(0);
        await Expect(answering.Page.GetByTestId("participants")).ToContainTextAsync("Employers Council Guatemala");

        // The lead's delegate sees the answer and its message; the public page of the organization lists the initiative.
        await leading.OpenAsync(initiativePath);
        var answered = page.GetByTestId("invitation").Filter(new() { HasText = "Employers Council Guatemala" });
        await Expect(answered).ToHaveAttributeAsync("data-state", "accepted");
        await Expect(answered).ToContainTextAsync("Glad to take part.");
        await anonymous.OpenAsync($"/Organizations/{invited.Id}");
        await Expect(anonymous.Page.GetByTestId("organization-initiatives")).ToContainTextAsync("Seasonal work visas");
    }
}
