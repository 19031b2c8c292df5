using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.UnitTests.Organizations;

public sealed class OrganizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Delegate = Guid.NewGuid();
    private static readonly Guid Moderator = Guid.NewGuid();

    private static OrganizationProfile Profile(string name = "  Grupo de Monitoreo  ") => new(
        name, " GMIES ", "civil-society", ["sv", "GT", "SV", " "], ["Capacity-Building"], ["vocational-training"], ["es"],
        " https://example.org ", " Capacitación. ", new OrganizationContact(" ", "info@example.org", null));

    [Fact]
    public void A_registered_organization_is_pending_with_its_delegate_as_member()
    {
        var organization = Organization.Register(Profile(), Delegate, Now);

        Assert.Equal(VerificationStatus.Pending, organization.Status);
        Assert.True(organization.IsMember(Delegate));
        Assert.False(organization.IsMember(Moderator));
        Assert.Equal(Now, organization.CreatedAt);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData(" JavaScript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("//evil.example")]
    [InlineData("ftp://example.org")]
    public void A_website_that_is_not_http_or_https_is_refused_whatever_the_path(string website)
    {
        var profile = Profile() with { Website = website };

        Assert.Equal(UserMessages.WebsiteNotHttp, Assert.Throws<DomainRuleException>(() => Organization.Register(profile, Delegate, Now)).Message);
        Assert.Throws<DomainRuleException>(() => Organization.Imported(profile, Now));
        var existing = Organization.Register(Profile(), Delegate, Now);
        Assert.Throws<DomainRuleException>(() => existing.UpdateProfile(profile, Now));
        Assert.Equal("https://example.org", existing.Website);
    }

    [Fact]
    public void The_profile_is_normalized_trimmed_deduplicated_and_coded()
    {
        var organization = Organization.Register(Profile(), Delegate, Now);

        Assert.Equal("Grupo de Monitoreo", organization.Name);
        Assert.Equal("grupo de monitoreo", organization.NameKey);
        Assert.Equal("GMIES", organization.Acronym);
        Assert.Equal(["SV", "GT"], organization.Countries);
        Assert.Equal(["capacity-building"], organization.Offers);
        Assert.Equal("https://example.org", organization.Website);
        Assert.Equal("Capacitación.", organization.Description);
        Assert.Null(organization.ContactName);
        Assert.Equal("info@example.org", organization.ContactEmail);
    }

    [Fact]
    public void An_imported_organization_is_verified_at_once()
    {
        var organization = Organization.Imported(Profile(), Now);

        Assert.Equal(VerificationStatus.Verified, organization.Status);
        Assert.Empty(organization.Members);
    }

    [Fact]
    public void Verifying_records_who_and_when()
    {
        var organization = Organization.Register(Profile(), Delegate, Now);

        organization.Verify(Moderator, Now.AddHours(1));

        Assert.Equal(VerificationStatus.Verified, organization.Status);
        Assert.Equal(Moderator, organization.DecidedBy);
        Assert.Equal(Now.AddHours(1), organization.DecidedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rejecting_requires_a_reason(string reason)
    {
        var organization = Organization.Register(Profile(), Delegate, Now);

        var error = Assert.Throws<DomainRuleException>(() => organization.Reject(Moderator, reason, Now));

        Assert.Equal(UserMessages.RejectionReasonRequired, error.Message);
        Assert.Equal(VerificationStatus.Pending, organization.Status);
    }

    [Fact]
    public void A_reviewed_organization_cannot_be_reviewed_again()
    {
        var verified = Organization.Register(Profile(), Delegate, Now);
        verified.Verify(Moderator, Now);
        var rejected = Organization.Register(Profile(), Delegate, Now);
        rejected.Reject(Moderator, "Not about migration.", Now);

        Assert.Throws<DomainRuleException>(() => verified.Verify(Moderator, Now));
        Assert.Throws<DomainRuleException>(() => verified.Reject(Moderator, "Changed my mind.", Now));
        Assert.Throws<DomainRuleException>(() => rejected.Verify(Moderator, Now));
        Assert.Equal("Not about migration.", rejected.StatusReason);
    }

    [Fact]
    public void Correcting_a_rejected_organization_sends_it_back_to_pending()
    {
        var organization = Organization.Register(Profile(), Delegate, Now);
        organization.Reject(Moderator, "Incomplete.", Now);

        organization.UpdateProfile(Profile("Grupo de Monitoreo Independiente"), Now.AddDays(1));

        Assert.Equal(VerificationStatus.Pending, organization.Status);
        Assert.Null(organization.DecidedBy);
        Assert.Equal(Now.AddDays(1), organization.UpdatedAt);
    }

    [Fact]
    public void Editing_a_verified_organization_keeps_it_verified()
    {
        var organization = Organization.Register(Profile(), Delegate, Now);
        organization.Verify(Moderator, Now);

        organization.UpdateProfile(Profile("Renamed"), Now);

        Assert.Equal(VerificationStatus.Verified, organization.Status);
    }

    [Fact]
    public void A_reimport_without_contact_keeps_the_known_contact()
    {
        var organization = Organization.Imported(Profile(), Now);

        organization.RefreshFromImport(Profile() with { Contact = OrganizationContact.None, Description = "Updated." }, Now);

        Assert.Equal("info@example.org", organization.ContactEmail);
        Assert.Equal("Updated.", organization.Description);
    }

    [Fact]
    public void Adding_a_member_twice_keeps_one_membership()
    {
        var organization = Organization.Register(Profile(), Delegate, Now);

        organization.AddMember(Delegate, Now);
        organization.AddMember(Moderator, Now);

        Assert.Equal(2, organization.Members.Count);
    }
}
