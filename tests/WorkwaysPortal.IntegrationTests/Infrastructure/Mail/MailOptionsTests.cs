using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Testing;
using WorkwaysPortal.Web.Infrastructure.Mail;

namespace WorkwaysPortal.IntegrationTests.Infrastructure.Mail;

public sealed class MailOptionsTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private sealed class MisconfiguredPortal(string connectionString, string key, string value) : PortalFactory(connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(key, value);
        }
    }

    [Fact]
    public void The_defaults_are_valid_and_write_to_a_pickup_folder()
    {
        var options = new MailOptions();

        Assert.True(new MailOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal("mail-pickup", options.PickupDirectory);
        Assert.Equal(TimeSpan.FromSeconds(5), options.PollInterval);
        Assert.IsType<PickupDirectoryTransport>(new MailTransportFactory(options, "/srv/portal").Create());
        Assert.Equal("/srv/portal/mail-pickup", ((PickupDirectoryTransport)new MailTransportFactory(options, "/srv/portal").Create()).Directory);
    }

    [Fact]
    public void An_SMTP_host_selects_SMTP_delivery()
    {
        var options = new MailOptions { Smtp = new SmtpOptions { Host = "smtp.example.org" } };

        Assert.IsType<SmtpMailTransport>(new MailTransportFactory(options, "/srv/portal").Create());
    }

    [Theory]
    [InlineData("From", "not an address", "Mail:From")]
    [InlineData("PublicBaseUrl", "/relative", "Mail:PublicBaseUrl")]
    [InlineData("PublicBaseUrl", "ftp://example.org", "Mail:PublicBaseUrl")]
    [InlineData("PollInterval", "0", "Mail:PollInterval")]
    [InlineData("MaxAttempts", "0", "Mail:MaxAttempts")]
    [InlineData("BatchSize", "0", "Mail:BatchSize")]
    [InlineData("SmtpPort", "0", "Mail:Smtp:Port")]
    [InlineData("SmtpPassword", "s3cret-passw0rd", "Mail:Smtp:UserName")]
    public void Settings_that_cannot_work_are_refused_with_the_key_to_fix(string setting, string value, string key)
    {
        var options = new MailOptions();
        switch (setting)
        {
            case "From": options.From = value; break;
            case "PublicBaseUrl": options.PublicBaseUrl = value; break;
            case "PollInterval": options.PollInterval = TimeSpan.Zero; break;
            case "MaxAttempts": options.MaxAttempts = 0; break;
            case "BatchSize": options.BatchSize = 0; break;
            case "SmtpPort": options.Smtp = new SmtpOptions { Host = "smtp.example.org", Port = 0 }; break;
            default: options.Smtp = new SmtpOptions { Host = "smtp.example.org", Password = value }; break;
        }

        var result = new MailOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-passw0rd", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void The_portal_does_not_start_with_an_invalid_mail_configuration()
    {
        using var portal = new MisconfiguredPortal(Database.ConnectionString, "Mail:PublicBaseUrl", "not-a-url");

        var error = Assert.Throws<OptionsValidationException>(() => portal.CreateClient());

        Assert.Contains("Mail:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }
}
