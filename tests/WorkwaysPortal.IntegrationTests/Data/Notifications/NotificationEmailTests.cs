using System.Reflection;
using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Domain.Notifications;

namespace WorkwaysPortal.IntegrationTests.Data.Notifications;

/// <summary>The text of notification emails (no database needed).</summary>
public sealed class NotificationEmailTests
{
    private static readonly Uri Link = new("http://127.0.0.1:5080/Proposals/4");

    public static TheoryData<string> Kinds() =>
        [.. typeof(NotificationKinds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_is_written_in_English_then_Spanish_with_the_link(string kind)
    {
        var email = NotificationEmail.Compose(kind, "Nurse placement", "Because.", Link);

        var english = email.Body.IndexOf("Open it in Workways Portal: http://127.0.0.1:5080/Proposals/4", StringComparison.Ordinal);
        var spanish = email.Body.IndexOf("Ábrala en el Portal Workways: http://127.0.0.1:5080/Proposals/4", StringComparison.Ordinal);
        Assert.True(english > 0 && spanish > english, email.Body);
        Assert.Contains(" / ", email.Subject, StringComparison.Ordinal);
        Assert.EndsWith(": Nurse placement", email.Subject, StringComparison.Ordinal);
        Assert.Contains("Because.", email.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Proposal approved: Nurse placement", "Open it in Workways Portal: ", "Ábrala")]
    [InlineData("es", "Propuesta aprobada: Nurse placement", "Ábrala en el Portal Workways: ", "Open it")]
    [InlineData("fr", "Proposition approuvée: Nurse placement", "Ouvrez-la dans le Portail Workways: ", "Open it")]
    [InlineData("pt", "Proposta aprovada: Nurse placement", "Abra no Portal Workways: ", "Ábrala")]
    public void Someone_who_chose_a_language_gets_the_email_in_that_language_only(string language, string subject, string open, string other)
    {
        var email = NotificationEmail.Compose(NotificationKinds.ProposalApproved, "Nurse placement", null, Link, language);

        Assert.Equal(subject, email.Subject);
        Assert.Contains(open + Link.AbsoluteUri, email.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(other, email.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_is_written_in_French_and_in_Portuguese(string kind)
    {
        var french = NotificationEmail.Compose(kind, "Nurse placement", "Because.", Link, "fr");
        var portuguese = NotificationEmail.Compose(kind, "Nurse placement", "Because.", Link, "pt");

        Assert.Contains("Ouvrez-la dans le Portail Workways: " + Link.AbsoluteUri, french.Body, StringComparison.Ordinal);
        Assert.EndsWith("\n-- \nPortail Workways\n", french.Body, StringComparison.Ordinal);
        Assert.Contains("Abra no Portal Workways: " + Link.AbsoluteUri, portuguese.Body, StringComparison.Ordinal);
        Assert.All([french, portuguese], email => Assert.DoesNotContain("Open it", email.Body, StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_with_line_breaks_stays_on_one_subject_line()
    {
        var email = NotificationEmail.Compose(NotificationKinds.ProposalApproved, "Nurse\r\nBcc: victim@example.org", null, Link);

        Assert.Equal("Proposal approved / Propuesta aprobada: Nurse Bcc: victim@example.org", email.Subject);
        Assert.DoesNotContain('\n', email.Subject);
    }

    [Fact]
    public void A_long_subject_is_cut_to_fit_the_outbox()
    {
        var email = NotificationEmail.Compose(NotificationKinds.ProposalSubmitted, new string('x', 400), null, Link);

        Assert.Equal(300, email.Subject.Length);
        Assert.EndsWith("…", email.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_reason_no_reason_line_is_written()
    {
        var email = NotificationEmail.Compose(NotificationKinds.ProposalApproved, "Nurse placement", null, Link);

        Assert.DoesNotContain("Reason:", email.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Motivo:", email.Body, StringComparison.Ordinal);
    }
}
