using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.UnitTests.Organizations;

/// <summary>A moderator's review of an organization: who may review it, and asking its delegates for more.</summary>
public sealed class OrganizationReviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Registrant = Guid.NewGuid();
    private static readonly Guid Moderator = Guid.NewGuid();

    private static readonly OrganizationProfile Profile =
        new("Red Regional", null, "civil-society", ["GT"], [], [], ["es"], "https://example.org", "Works with migrants.", OrganizationContact.None);

    private static Organization Pending() => Organization.Register(Profile, Registrant, Now);

    /// <summary>Every review action, as the moderator <paramref name="who"/> takes it.</summary>
    public static TheoryData<string> Actions => ["verify", "reject", "ask"];

    private static void Take(Organization organization, string action, Guid who)
    {
        switch (action)
        {
            case "verify":
                organization.Verify(who, Now);
                break;
            case "reject":
                organization.Reject(who, "Not about migration.", Now);
                break;
            default:
                organization.RequestInformation(who, "Which countries do you work in?");
                break;
        }
    }

    [Fact]
    public void A_registered_organization_remembers_who_registered_it_and_an_imported_one_nobody()
    {
        Assert.Equal(Registrant, Pending().RegisteredBy);
        Assert.Null(Organization.Imported(Profile, Now).RegisteredBy);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void A_moderator_who_is_one_of_its_delegates_cannot_review_it(string action)
    {
        var organization = Pending();
        organization.AddMember(Moderator, Now);

        var error = Assert.Throws<DomainRuleException>(() => Take(organization, action, Moderator));

        Assert.Equal(UserMessages.OrganizationConflictOfInterest, error.Message);
        Assert.Equal(VerificationStatus.Pending, organization.Status);
        Assert.Null(organization.DecidedBy);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void The_registrant_cannot_review_their_own_organization_even_as_a_moderator(string action) =>
        Assert.Equal(
            UserMessages.OrganizationConflictOfInterest,
            Assert.Throws<DomainRuleException>(() => Take(Pending(), action, Registrant)).Message);

    [Theory]
    [MemberData(nameof(Actions))]
    public void Another_moderator_reviews_it(string action)
    {
        var organization = Pending();
        organization.AddMember(Guid.NewGuid(), Now);

        Take(organization, action, Moderator);

        Assert.Equal(action switch { "verify" => VerificationStatus.Verified, "reject" => VerificationStatus.Rejected, _ => VerificationStatus.Pending }, organization.Status);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void A_reviewed_organization_is_not_reviewed_or_questioned_again(string action)
    {
        var organization = Pending();
        organization.Verify(Moderator, Now);

        Assert.Equal(UserMessages.AlreadyReviewed, Assert.Throws<DomainRuleException>(() => Take(organization, action, Guid.NewGuid())).Message);
    }

    [Fact]
    public void Asking_for_information_gives_the_trimmed_message_and_changes_nothing()
    {
        var organization = Pending();
        var updated = organization.UpdatedAt;

        var message = organization.RequestInformation(Moderator, "  Which countries do you work in?\n ");

        Assert.Equal("Which countries do you work in?", message);
        Assert.Equal(VerificationStatus.Pending, organization.Status);
        Assert.Null(organization.DecidedBy);
        Assert.Equal(updated, organization.UpdatedAt);
    }

    [Theory]
    [InlineData("", UserMessages.InformationMessageRequired)]
    [InlineData("   ", UserMessages.InformationMessageRequired)]
    [InlineData("Bell\u0007", UserMessages.TextNotPlain)]
    public void Asking_for_information_needs_a_message_of_plain_text(string message, string expected) =>
        Assert.Equal(expected, Assert.Throws<DomainRuleException>(() => Pending().RequestInformation(Moderator, message)).Message);

    [Fact]
    public void Asking_for_information_refuses_a_message_over_the_limit_and_says_the_limit()
    {
        var error = Assert.Throws<DomainRuleException>(() => Pending().RequestInformation(Moderator, new string('x', Organization.ReasonMaxLength + 1)));

        Assert.Equal(UserMessages.InformationMessageTooLong, error.Message);
        Assert.Equal([Organization.ReasonMaxLength], error.Arguments);
        Assert.Equal(Organization.ReasonMaxLength, Pending().RequestInformation(Moderator, new string('x', Organization.ReasonMaxLength)).Length);
    }
}
